// The JSON type the harness uses everywhere: ordered, so a trace prints its
// keys in the order the contract writes them ("t", "line", "log").
#pragma once

#include <nlohmann/json.hpp>

namespace loopspec::harness {
using Json = nlohmann::ordered_json;
}  // namespace loopspec::harness
