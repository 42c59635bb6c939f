// The broken loop as a run-time plugin, for `loopspec check --plugin` tests.
#include "broken_loop.hpp"
#include "loopspec/plugin.hpp"

LOOPSPEC_PLUGIN("broken", loopspec::harness::broken::kFeatures, loopspec::harness::broken::make_broken_loop);
