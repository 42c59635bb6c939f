// The CPython version whose asyncio a run follows (docs/versions.md).
//
// asyncio's observable rules change between minor versions (wait_for runs
// the awaited coroutine in the caller's task from 3.12, create_task(name=)
// stops using up a Task-N number in 3.13, ...). The model keeps one set of
// rules; where a version changes one, the rule asks the running Runtime
// (runtime.hpp) which version it follows, and both forms stand side by side.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace loopspec {

/// A CPython minor version the model follows, oldest first.
enum class PythonVersion { v3_11, v3_12, v3_13 };

inline constexpr std::array<PythonVersion, 3> kPythonVersions{PythonVersion::v3_11, PythonVersion::v3_12,
                                                              PythonVersion::v3_13};
inline constexpr PythonVersion kNewestPythonVersion = PythonVersion::v3_13;

/// "3.11", "3.12", "3.13".
std::string_view to_string(PythonVersion v);

/// The version named by "3.12" or "3.12.1"; none for another text.
std::optional<PythonVersion> parse_python_version(std::string_view text);

}  // namespace loopspec
