// How the IR spells its operators (docs/ir.md, "Expressions") and entry
// points: the one table that the loader reads, the writer writes and error
// messages quote.
#pragma once

#include <optional>
#include <string_view>

#include "ir/ir.hpp"

namespace loopspec::ir {

std::string_view spelling(BinOp op);
std::string_view spelling(UnaryOp op);
std::string_view spelling(CmpOp op);
std::string_view spelling(BoolOp op);
/// The IR's `entry` member.
std::string_view spelling(Entry entry);

/// The operator spelled `text`, or none.
std::optional<BinOp> bin_op_named(std::string_view text);
std::optional<UnaryOp> unary_op_named(std::string_view text);
std::optional<CmpOp> cmp_op_named(std::string_view text);
std::optional<BoolOp> bool_op_named(std::string_view text);
std::optional<Entry> entry_named(std::string_view text);

}  // namespace loopspec::ir
