// Naming the CPython versions (python_version.hpp).
#include "loopspec/python_version.hpp"

namespace loopspec {

std::string_view to_string(PythonVersion v) {
  switch (v) {
    case PythonVersion::v3_11: return "3.11";
    case PythonVersion::v3_12: return "3.12";
    case PythonVersion::v3_13: return "3.13";
  }
  return "3.11";
}

const VersionRuleInfo& info(VersionRule rule) {
  for (const VersionRuleInfo& r : kVersionRules)
    if (r.rule == rule) return r;
  return kVersionRules.front();  // unreachable: every rule is listed
}

std::optional<PythonVersion> parse_python_version(std::string_view text) {
  for (PythonVersion v : kPythonVersions) {
    std::string_view name = to_string(v);
    if (text == name) return v;
    // A patch release ("3.12.1") names its minor version.
    if (text.starts_with(name) && text.size() > name.size() + 1 && text[name.size()] == '.' &&
        text.find_first_not_of("0123456789", name.size() + 1) == std::string_view::npos)
      return v;
  }
  return std::nullopt;
}

}  // namespace loopspec
