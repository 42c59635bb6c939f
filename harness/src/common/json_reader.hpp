// Reading the JSON the harness is given (IR, golden and trace files), with
// every problem a LoadError that names the file, line and column.
//
// Untrusted input must not exhaust the stack or the clock: documents nested
// deeper than kMaxJsonDepth are refused before anything recurses over them,
// and reading costs time linear in the text (nlohmann's own ordered_json
// parser copies each object's members whenever it grows them, which is
// quadratic in the nesting depth).
#pragma once

#include <cstddef>
#include <string>

#include "common/json.hpp"

namespace loopspec::harness {

/// The deepest nesting of arrays and objects read. An IR is at most about
/// 650 deep (blocks nest 100 deep, expressions 200: docs/ir.md), a trace far
/// less; the cap keeps every recursive walk of a document shallow.
inline constexpr std::size_t kMaxJsonDepth = 1000;

/// Parses JSON text. `origin` names it in messages; `first_line` is the
/// file line the text starts on (a line of a JSON Lines file).
Json parse_json(const std::string& text, const std::string& origin, std::size_t first_line = 1);

/// Reads a whole file; LoadError when it cannot.
std::string read_text_file(const std::string& path);

}  // namespace loopspec::harness
