// The scenario file of a generated program, through the Python IR decompiler
// (`loopspec-traces decompile`): what every failure report prints, ready to
// drop into traces/scenarios/regressions/ and regenerate from CPython.
#pragma once

#include <string>

#include "common/json.hpp"

namespace loopspec::properties {

/// The decompiled source of an IR document; on failure a line saying why
/// (a report must never fail for want of its source).
std::string scenario_source(const harness::Json& ir);

/// A fresh private directory for temporary files (removed by the caller).
std::string make_temp_dir(const std::string& prefix);

}  // namespace loopspec::properties
