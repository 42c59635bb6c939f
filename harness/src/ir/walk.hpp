// Walking the IR: the direct sub-expressions of an expression, in the order
// Python evaluates them, for the passes that visit every node (validate,
// resolve) without each spelling out every node kind.
#pragma once

#include <type_traits>
#include <variant>

#include "ir/ir.hpp"

namespace loopspec::ir {

/// Calls f(child) for each direct sub-expression of `e` (an Expr or const
/// Expr), left to right. Await's operand is a child like any other. A
/// lambda's children are its defaults (evaluated where the lambda stands);
/// its body belongs to the lambda's own scope, and passes visit it apart. A
/// comprehension's child is its first iterable; the rest is in its own scope
/// (for_each_in_scope).
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
        } else if constexpr (std::is_same_v<T, Yield>) {
          if (n.value) f(*n.value);
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
        } else if constexpr (std::is_same_v<T, Lambda>) {
          all(n.fn->defaults);
        } else if constexpr (std::is_same_v<T, Comprehension>) {
          f(*n.generators.front().iter);
        }
      },
      e.node);
}

/// Calls f(e) for each expression of comprehension `c` that runs in its own
/// scope, in the order Python runs them: each clause's target, its
/// conditions, the next clause's iterable..., then the element (key, value).
template <class C, class F>
void for_each_in_scope(C& c, F&& f) {
  for (std::size_t i = 0; i < c.generators.size(); ++i) {
    auto& g = c.generators[i];
    if (i > 0) f(*g.iter);
    f(*g.target);
    for (auto& cond : g.ifs) f(*cond);
  }
  f(*c.elt);
  if (c.value) f(*c.value);
}

/// Calls on_expr(e) for each expression and on_block(b) for each block
/// directly in statement `s` (an Stmt or const Stmt), in the order Python
/// runs them. A nested def's parts are its defaults; its body is its own
/// scope, which passes visit apart. Names bound without an expression (an
/// `except ... as e`, a `with ... as n`, the name of a def) are not visited.
template <class S, class FE, class FB>
void for_each_part(S& s, FE&& on_expr, FB&& on_block) {
  constexpr bool kConst = std::is_const_v<S>;
  using Ptr = std::conditional_t<kConst, const ExprPtr, ExprPtr>;
  auto one = [&on_expr](Ptr& e) {
    if (e) on_expr(*e);
  };
  auto all = [&one](auto& list) {
    for (Ptr& e : list) one(e);
  };
  std::visit(
      [&](auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ExprStmt> || std::is_same_v<T, Return>) {
          one(n.value);
        } else if constexpr (std::is_same_v<T, Assign>) {
          one(n.value);
          one(n.target);
        } else if constexpr (std::is_same_v<T, AugAssign>) {
          one(n.target);
          one(n.value);
        } else if constexpr (std::is_same_v<T, Raise>) {
          one(n.exc);
          one(n.cause);
        } else if constexpr (std::is_same_v<T, Delete>) {
          all(n.targets);
        } else if constexpr (std::is_same_v<T, Assert>) {
          one(n.test);
          one(n.msg);
        } else if constexpr (std::is_same_v<T, Try>) {
          on_block(n.body);
          for (auto& h : n.handlers) {
            all(h.types);
            on_block(h.body);
          }
          on_block(n.orelse);
          on_block(n.finalbody);
        } else if constexpr (std::is_same_v<T, If> || std::is_same_v<T, While>) {
          one(n.test);
          on_block(n.body);
          on_block(n.orelse);
        } else if constexpr (std::is_same_v<T, For>) {
          one(n.iter);
          one(n.target);
          on_block(n.body);
          on_block(n.orelse);
        } else if constexpr (std::is_same_v<T, With>) {
          one(n.ctx);
          on_block(n.body);
        } else if constexpr (std::is_same_v<T, FunctionDef>) {
          all(n.fn->defaults);
        }
      },
      s.node);
}

/// The expression a lambda returns.
inline const Expr& lambda_body(const Function& lambda) {
  return *std::get<Return>(lambda.body.front().node).value;
}

}  // namespace loopspec::ir
