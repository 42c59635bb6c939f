// The reference loop as a run-time plugin: one line makes a plugin.
//
//   loopspec check --plugin ./libloopspec_example_plugin.so
#include "loopspec/plugin.hpp"
#include "loopspec/reference_loop.hpp"

LOOPSPEC_PLUGIN("reference-plugin", "*", loopspec::make_reference_loop);
