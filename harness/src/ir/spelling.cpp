// The operator and entry spellings (spelling.hpp): each one's text once, in a
// table both directions read.
#include "ir/spelling.hpp"

#include <array>
#include <utility>

namespace loopspec::ir {
namespace {

template <class Op, std::size_t N>
using Table = std::array<std::pair<Op, std::string_view>, N>;

constexpr Table<BinOp, 8> kBinOps{{{BinOp::Add, "+"},
                                   {BinOp::Sub, "-"},
                                   {BinOp::Mul, "*"},
                                   {BinOp::Div, "/"},
                                   {BinOp::FloorDiv, "//"},
                                   {BinOp::Mod, "%"},
                                   {BinOp::BitOr, "|"},
                                   {BinOp::BitAnd, "&"}}};
constexpr Table<UnaryOp, 3> kUnaryOps{{{UnaryOp::Neg, "-"}, {UnaryOp::Pos, "+"}, {UnaryOp::Not, "not"}}};
constexpr Table<CmpOp, 10> kCmpOps{{{CmpOp::Eq, "=="},
                                    {CmpOp::Ne, "!="},
                                    {CmpOp::Lt, "<"},
                                    {CmpOp::Le, "<="},
                                    {CmpOp::Gt, ">"},
                                    {CmpOp::Ge, ">="},
                                    {CmpOp::Is, "is"},
                                    {CmpOp::IsNot, "is not"},
                                    {CmpOp::In, "in"},
                                    {CmpOp::NotIn, "not in"}}};
constexpr Table<BoolOp, 2> kBoolOps{{{BoolOp::And, "and"}, {BoolOp::Or, "or"}}};
constexpr Table<Entry, 3> kEntries{
    {{Entry::Main, "main"}, {Entry::Scenario, "scenario"}, {Entry::ScenarioNoLoop, "scenario_no_loop"}}};

template <class Op, std::size_t N>
std::string_view text_of(const Table<Op, N>& table, Op op) {
  for (const auto& [o, text] : table)
    if (o == op) return text;
  return "?";
}

template <class Op, std::size_t N>
std::optional<Op> op_of(const Table<Op, N>& table, std::string_view text) {
  for (const auto& [o, t] : table)
    if (t == text) return o;
  return std::nullopt;
}

}  // namespace

std::string_view spelling(BinOp op) { return text_of(kBinOps, op); }
std::string_view spelling(UnaryOp op) { return text_of(kUnaryOps, op); }
std::string_view spelling(CmpOp op) { return text_of(kCmpOps, op); }
std::string_view spelling(BoolOp op) { return text_of(kBoolOps, op); }
std::string_view spelling(Entry entry) { return text_of(kEntries, entry); }

std::optional<BinOp> bin_op_named(std::string_view text) { return op_of(kBinOps, text); }
std::optional<UnaryOp> unary_op_named(std::string_view text) { return op_of(kUnaryOps, text); }
std::optional<CmpOp> cmp_op_named(std::string_view text) { return op_of(kCmpOps, text); }
std::optional<BoolOp> bool_op_named(std::string_view text) { return op_of(kBoolOps, text); }
std::optional<Entry> entry_named(std::string_view text) { return op_of(kEntries, text); }

}  // namespace loopspec::ir
