// An implementation under test: a name, how to make its loops (on the
// virtual clock and, optionally, on a real one), which feature tags
// (traces/features.txt) it supports and which scenarios it is expected to fail.
//
// Implementations register themselves at static-initialisation time from the
// source file loopspec_add_impl() generates (harness/cmake/LoopspecImpl.cmake),
// so a test binary or the `loopspec` command knows every implementation
// linked into it. Plugins (plugin.hpp) become Implementation values too, but
// are never registered: only the run that loaded them sees them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <functional>

#include "loopspec/event_loop.hpp"
#include "loopspec/python_version.hpp"
#include "loopspec/runners.hpp"

namespace loopspec::harness {

/// asyncio module functions an implementation brings in place of the
/// model's, used in its runs only (as a loop library may ship its own
/// gather). An empty member means the model's.
struct ModuleOverrides {
  /// asyncio.gather(*aws, return_exceptions=...).
  std::function<FuturePtr(const std::vector<Value>& aws, bool return_exceptions)> gather;
  /// runners._cancel_all_tasks(loop), as Runner.close and asyncio.run call it.
  LeftoverCanceller cancel_all_tasks;
};

/// Which clock a run's loops keep: the virtual clock (docs/scenario-language.md#virtual-clock), or a
/// real one for `loopspec check --clock real` (docs/report.md, "Real clock").
enum class ClockKind { Virtual, Real };

struct Implementation {
  std::string name;
  LoopFactory factory;
  /// Supported feature tags; {"*"} means all of them.
  std::vector<std::string> features{"*"};
  ModuleOverrides overrides;
  /// Makes loops on a real (monotonic) clock; empty when there is none.
  LoopFactory real_clock_factory;
  /// The expected-failures list (expected_failures.hpp); empty: none.
  std::string expected_failures_file;
  /// Where it comes from, for reports: "built in", or the plugin's path.
  std::string origin = "built in";
  /// The CPython versions whose asyncio it targets (docs/versions.md); its
  /// runs under another version are reported unsupported.
  std::vector<PythonVersion> python_versions{kPythonVersions.begin(), kPythonVersions.end()};

  /// The factory for `clock`; empty when the implementation lacks that clock.
  const LoopFactory& factory_for(ClockKind clock) const;

  bool supports(std::string_view feature) const;
  bool targets(PythonVersion python) const;
  /// The tags of `needed` this implementation lacks.
  std::vector<std::string> missing(const std::vector<std::string>& needed) const;
};

void register_implementation(Implementation impl);
/// Every registered implementation, sorted by name.
const std::vector<Implementation>& implementations();
/// The implementation called `name`, or null.
const Implementation* find_implementation(std::string_view name);

/// `static ImplementationRegistrar r{{"name", factory, {...}}};`
struct ImplementationRegistrar {
  explicit ImplementationRegistrar(Implementation impl) { register_implementation(std::move(impl)); }
};

}  // namespace loopspec::harness
