// Python's operators, str() and repr() for the scenario subset, with CPython
// 3.11's results and error messages. Errors a CPython program would raise at
// run time are raised as Python exceptions (PyError), so scenarios can catch
// them.
#pragma once

#include <string>

#include "ir/ir.hpp"
#include "loopspec/value.hpp"

namespace loopspec::harness {

/// `a <op> b` with int/float/bool promotion, floor semantics for // and %,
/// str/list/tuple concatenation and repetition.
Value binary_op(ir::BinOp op, const Value& a, const Value& b);
/// `-a`, `+a`, `not a`.
Value unary_op(ir::UnaryOp op, const Value& a);
/// `a <op> b` for every comparison of the subset.
bool compare_op(ir::CmpOp op, const Value& a, const Value& b);
/// `item in container`.
bool contains(const Value& container, const Value& item);

/// `x[i]`.
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
