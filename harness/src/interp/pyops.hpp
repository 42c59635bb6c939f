// Python's operators, str() and repr() for the scenario subset, with CPython
// 3.11's results and error messages. Errors a CPython program would raise at
// run time are raised as Python exceptions (PyError), so scenarios can catch
// them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "loopspec/value.hpp"

namespace loopspec::harness {

/// `a <op> b` with int/float/bool promotion, floor semantics for // and %,
/// str/list/tuple concatenation and repetition.
Value binary_op(ir::BinOp op, const Value& a, const Value& b);
/// `a <op>= b` for values with no in-place form of their own: binary_op,
/// but its TypeError names the augmented operator (`for +=:`).
Value inplace_op(ir::BinOp op, const Value& a, const Value& b);
/// `-a`, `+a`, `not a`.
Value unary_op(ir::UnaryOp op, const Value& a);
/// `a <op> b` for every comparison of the subset.
bool compare_op(ir::CmpOp op, const Value& a, const Value& b);
/// `item in container`.
bool contains(const Value& container, const Value& item);

/// `{a, b}` and set(items): the members in order, each checked hashable
/// after all are evaluated (BUILD_SET).
Value make_set(std::vector<Value> items);
/// The items of an iterable the interpreter need not call into (list, tuple,
/// str, bytes, dict keys, set, range), in iteration order; nullopt for others.
std::optional<std::vector<Value>> plain_items(const Value& x);

/// The members of `s` in CPython's order; a ScenarioError when the model
/// cannot know that order (docs/scenario-language.md#set-iteration).
std::vector<Value> set_in_cpython_order(const Set& s);

/// `x[i]` and `x[a:b:c]`.
Value subscript(const Value& x, const Value& index);
/// `x[i] = v`.
void store_subscript(const Value& x, const Value& index, Value v);
/// `del x[index]`.
void delete_subscript(const Value& x, const Value& index);
/// `len(x)`.
std::int64_t py_len(const Value& x);
/// TypeError "unhashable type: 'list'" for values that cannot be dict keys.
void check_hashable(const Value& key);

/// `str(x)` and `repr(x)`: the model's, plus the harness's own objects
/// (functions, classes, the module).
std::string py_str(const Value& v);
std::string py_repr(const Value& v);

}  // namespace loopspec::harness
