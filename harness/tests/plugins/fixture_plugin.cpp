// Plugins for the loader's and the command's tests, one module per
// FIXTURE_KIND: each is a plugin, or nearly one, with one thing wrong. Only
// NULL_FACTORY's and EXITS's factories are ever called; none needs anything
// of the model.
#include "loopspec/plugin.hpp"

#include <cstdlib>
#include <stdexcept>

namespace {
loopspec::EventLoopPtr no_loop() { return nullptr; }
loopspec::EventLoopPtr exit_instead() { std::exit(0); }
}  // namespace

#define FIXTURE_GOOD 1
#define FIXTURE_WRONG_ABI 2
#define FIXTURE_UNKNOWN_FEATURE 3
#define FIXTURE_NO_ENTRY 4
#define FIXTURE_BAD_NAME 5
#define FIXTURE_OVERRIDES 6
#define FIXTURE_NULL_FACTORY 7
#define FIXTURE_EXITS 8

#if FIXTURE_KIND == FIXTURE_GOOD
LOOPSPEC_PLUGIN_WITH_REAL_CLOCK("fixture-good", "call_soon, futures tasks", no_loop, no_loop);
#elif FIXTURE_KIND == FIXTURE_WRONG_ABI
// What a plugin built against other headers looks like: only the version is read.
extern "C" __attribute__((visibility("default"))) const loopspec_plugin* loopspec_plugin_entry(void) {
  static const loopspec_plugin plugin{0, "fixture-wrong-abi", "*", no_loop, nullptr};
  return &plugin;
}
#elif FIXTURE_KIND == FIXTURE_UNKNOWN_FEATURE
LOOPSPEC_PLUGIN("fixture-unknown-feature", "call_soon, telepathy", no_loop);
#elif FIXTURE_KIND == FIXTURE_NO_ENTRY
// A shared library that is not a plugin.
extern "C" __attribute__((visibility("default"))) int not_a_plugin(void) { return no_loop() == nullptr; }
#elif FIXTURE_KIND == FIXTURE_BAD_NAME
LOOPSPEC_PLUGIN("fixture bad name", "*", no_loop);
#elif FIXTURE_KIND == FIXTURE_OVERRIDES
// Module overrides that announce themselves, so the test can tell they are
// the plugin's and not the model's.
namespace {
loopspec::FuturePtr announcing_gather(const std::vector<loopspec::Value>&, bool) {
  throw std::runtime_error("fixture-overrides gather");
}
void announcing_cancel_all_tasks(loopspec::EventLoop&) { throw std::runtime_error("fixture-overrides cancel_all_tasks"); }
}  // namespace
extern "C" __attribute__((visibility("default"))) const loopspec_plugin* loopspec_plugin_entry(void) {
  static const loopspec_plugin plugin{.abi_version = LOOPSPEC_PLUGIN_ABI_VERSION,
                                      .name = "fixture-overrides",
                                      .features = "*",
                                      .factory = no_loop,
                                      .gather = announcing_gather,
                                      .cancel_all_tasks = announcing_cancel_all_tasks};
  return &plugin;
}
#elif FIXTURE_KIND == FIXTURE_NULL_FACTORY
LOOPSPEC_PLUGIN("fixture-null-factory", "*", no_loop);
#elif FIXTURE_KIND == FIXTURE_EXITS
// Ends the whole process, status 0, the moment a scenario asks for a loop.
LOOPSPEC_PLUGIN("fixture-exits", "*", exit_instead);
#endif
