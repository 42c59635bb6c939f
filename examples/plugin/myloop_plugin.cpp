// examples/out-of-tree-impl's loop as a run-time plugin: one line makes a plugin.
//
//   loopspec check --plugin ./libloopspec_example_plugin.so [--clock real]
#include "loopspec/plugin.hpp"
#include "myloop/myloop.hpp"

LOOPSPEC_PLUGIN_WITH_REAL_CLOCK("myloop-plugin", "*", myloop::make_loop, myloop::make_real_clock_loop);
