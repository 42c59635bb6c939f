// Run-time plugins: `loopspec check --plugin ./libmyloop.so`.
//
// A plugin is a shared library that exports one C symbol,
// loopspec_plugin_entry, returning a description of its implementation. Write
// it with one line (docs/plugins.md):
//
//   #include "loopspec/plugin.hpp"
//   LOOPSPEC_PLUGIN("myloop", "*", my::make_loop);
//
// The loop it returns is a C++ object of the model's EventLoop interface, so
// a plugin is built with the headers (and the C++ compiler and library) of
// the `loopspec` that loads it, and it does not link the model: it uses the
// one inside that executable. The ABI version number guards both the struct
// below and that interface.
#pragma once

#include "loopspec/event_loop.hpp"

/// The plugin ABI of these headers. Bumped when loopspec_plugin or the
/// model's EventLoop interface changes incompatibly.
#define LOOPSPEC_PLUGIN_ABI_VERSION 5

/// What a plugin tells the loader. Plain data, read once at load.
struct loopspec_plugin {
  /// LOOPSPEC_PLUGIN_ABI_VERSION when the plugin was built: read first, and
  /// nothing else is read when it differs.
  int abi_version;
  /// The implementation's name: letters, digits, '_' and '-'.
  const char* name;
  /// Supported feature tags of traces/features.txt, separated by commas or
  /// blanks; "*" for all of them.
  const char* features;
  /// Makes a loop on the virtual clock (docs/scenario-language.md#virtual-clock).
  loopspec::EventLoopPtr (*factory)();
  /// Makes a loop on a real clock, for --clock real; may be null.
  loopspec::EventLoopPtr (*real_clock_factory)();
  /// asyncio.gather in place of the model's, for this implementation's runs;
  /// null: the model's (harness ModuleOverrides).
  loopspec::FuturePtr (*gather)(const std::vector<loopspec::Value>& aws, bool return_exceptions);
  /// Runner's leftover cancelling (runners._cancel_all_tasks) in place of the
  /// model's; null: the model's.
  void (*cancel_all_tasks)(loopspec::EventLoop& loop);
};

/// The symbol the loader looks up.
extern "C" const loopspec_plugin* loopspec_plugin_entry(void);

/// Defines loopspec_plugin_entry. FACTORY and REAL_CLOCK_FACTORY are
/// functions (or captureless lambdas) taking nothing and returning
/// loopspec::EventLoopPtr; REAL_CLOCK_FACTORY may be nullptr. A plugin with
/// module overrides defines the entry itself, with designated initializers
/// (docs/plugins.md).
#define LOOPSPEC_PLUGIN_WITH_REAL_CLOCK(NAME, FEATURES, FACTORY, REAL_CLOCK_FACTORY)                     \
  extern "C" __attribute__((visibility("default"))) const loopspec_plugin* loopspec_plugin_entry(void) { \
    static const loopspec_plugin plugin{LOOPSPEC_PLUGIN_ABI_VERSION, NAME, FEATURES, FACTORY,           \
                                        REAL_CLOCK_FACTORY};                                            \
    return &plugin;                                                                                      \
  }                                                                                                      \
  static_assert(true, "a semicolon may follow")

/// Defines loopspec_plugin_entry for an implementation with the virtual clock only.
#define LOOPSPEC_PLUGIN(NAME, FEATURES, FACTORY) LOOPSPEC_PLUGIN_WITH_REAL_CLOCK(NAME, FEATURES, FACTORY, nullptr)
