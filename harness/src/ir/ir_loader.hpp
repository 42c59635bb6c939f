// Reading the JSON IR (docs/ir.md) into ir::Program.
//
// Every problem is a LoadError whose message names the file, the JSON path of
// the bad node and, when known, the scenario source line; nothing else escapes.
#pragma once

#include <stdexcept>
#include <string>

#include "ir/ir.hpp"
#include "common/json.hpp"

namespace loopspec::harness {

class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Converts an IR document; `origin` names it in messages (a file path). The
/// program is resolved (resolve.hpp) and ready to run.
ir::Program load_ir(const Json& doc, const std::string& origin);

/// Parses JSON text; syntax errors name origin:line:column.
Json parse_json_text(const std::string& text, const std::string& origin);

/// Reads a whole file; LoadError when it cannot.
std::string read_text_file(const std::string& path);

}  // namespace loopspec::harness
