// Walking the IR: the direct sub-expressions of an expression, in the order
// Python evaluates them, for the passes that visit every node (validate,
// resolve) without each spelling out every node kind.
#pragma once

#include <type_traits>
#include <variant>

#include "ir/ir.hpp"

namespace loopspec::ir {

/// Calls f(child) for each direct sub-expression of `e` (an Expr or const
/// Expr), left to right. Await's operand is a child like any other.
template <class E, class F>
void for_each_child(E& e, F&& f) {
  using Ptr = std::conditional_t<std::is_const_v<E>, const ExprPtr, ExprPtr>;
  auto all = [&f](auto& list) {
    for (Ptr& x : list) f(*x);
  };
  std::visit(
      [&](auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Attr> || std::is_same_v<T, Await>) {
          f(*n.value);
        } else if constexpr (std::is_same_v<T, Call>) {
          f(*n.func);
          all(n.args);
          if (n.star) f(*n.star);
          for (auto& k : n.kwargs) f(*k.value);
        } else if constexpr (std::is_same_v<T, BinaryOp>) {
          f(*n.left);
          f(*n.right);
        } else if constexpr (std::is_same_v<T, Compare>) {
          f(*n.left);
          all(n.comparators);
        } else if constexpr (std::is_same_v<T, Unary>) {
          f(*n.operand);
        } else if constexpr (std::is_same_v<T, BoolOps>) {
          all(n.values);
        } else if constexpr (std::is_same_v<T, IfExp>) {
          f(*n.test);
          f(*n.body);
          f(*n.orelse);
        } else if constexpr (std::is_same_v<T, ListExpr> || std::is_same_v<T, TupleExpr> ||
                             std::is_same_v<T, SetExpr>) {
          all(n.elts);
        } else if constexpr (std::is_same_v<T, DictExpr>) {
          // Python evaluates a dict display key, value, key, value.
          for (std::size_t i = 0; i < n.keys.size(); ++i) {
            f(*n.keys[i]);
            f(*n.values[i]);
          }
        } else if constexpr (std::is_same_v<T, Subscript>) {
          f(*n.value);
          f(*n.index);
        } else if constexpr (std::is_same_v<T, Slice>) {
          for (Ptr* part : {&n.lower, &n.upper, &n.step})
            if (*part) f(**part);
        } else if constexpr (std::is_same_v<T, FString>) {
          for (auto& part : n.parts)
            if (part.value) f(*part.value);
        }
      },
      e.node);
}

}  // namespace loopspec::ir
