// Terse constructors for ir:: nodes, so the builder reads like the Python it
// makes. Every call node takes the line it is written on.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ir/ir.hpp"

namespace loopspec::properties::irb {

using ir::ExprPtr;

inline ExprPtr name(std::string id) { return ir::make(ir::Name{std::move(id)}); }
inline ExprPtr str(std::string s) { return ir::make(ir::Const{Value(std::move(s))}); }
inline ExprPtr num(std::int64_t i) { return ir::make(ir::Const{Value(i)}); }
inline ExprPtr flt(double d) { return ir::make(ir::Const{Value(d)}); }
inline ExprPtr boolean(bool b) { return ir::make(ir::Const{Value(b)}); }
inline ExprPtr none() { return ir::make(ir::Const{Value(None)}); }
inline ExprPtr attr(ExprPtr v, std::string a) { return ir::make(ir::Attr{std::move(v), std::move(a)}); }
inline ExprPtr aio(std::string a) { return attr(name("asyncio"), std::move(a)); }
inline ExprPtr await_(ExprPtr v) { return ir::make(ir::Await{std::move(v)}); }
inline ExprPtr yield(ExprPtr v) { return ir::make(ir::Yield{std::move(v)}); }
inline ExprPtr sub(ExprPtr v, ExprPtr i) { return ir::make(ir::Subscript{std::move(v), std::move(i)}); }
/// `<list>[i]`, e.g. ts[2].
inline ExprPtr item(const char* list, int i) { return sub(name(list), num(i)); }
inline ExprPtr add(ExprPtr l, ExprPtr r) { return ir::make(ir::BinaryOp{ir::BinOp::Add, std::move(l), std::move(r)}); }
inline ExprPtr not_(ExprPtr v) { return ir::make(ir::Unary{ir::UnaryOp::Not, std::move(v)}); }
inline ExprPtr in(ExprPtr l, ExprPtr r) { return ir::make(ir::Compare{ir::CmpOp::In, std::move(l), std::move(r)}); }
inline ExprPtr list(std::vector<ExprPtr> elts) { return ir::make(ir::ListExpr{std::move(elts)}); }

/// Builds a vector of move-only expressions from an argument pack.
template <class... E>
std::vector<ExprPtr> args(E&&... e) {
  std::vector<ExprPtr> v;
  (v.push_back(std::forward<E>(e)), ...);
  return v;
}

inline ExprPtr call(int line, ExprPtr func, std::vector<ExprPtr> a = {}, std::vector<ir::Keyword> kw = {},
                    ExprPtr star = nullptr) {
  ir::Call c;
  c.line = line;
  c.func = std::move(func);
  c.args = std::move(a);
  c.kwargs = std::move(kw);
  c.star = std::move(star);
  return ir::make(std::move(c));
}
inline ExprPtr method(int line, ExprPtr obj, std::string m, std::vector<ExprPtr> a = {}) {
  return call(line, attr(std::move(obj), std::move(m)), std::move(a));
}
/// `lambda: body`, written on `line`.
inline ExprPtr lambda(int line, ExprPtr body) {
  auto fn = std::make_shared<ir::Function>();
  fn->name = "<lambda>";
  fn->is_lambda = true;
  fn->line = line;
  fn->body.emplace_back(line, ir::Return{std::move(body)});
  return ir::make(ir::Lambda{std::move(fn)});
}
inline ir::Keyword kw(std::string n, ExprPtr v) { return ir::Keyword{std::move(n), std::move(v)}; }

inline ir::Stmt expr(int line, ExprPtr e) { return ir::Stmt(line, ir::ExprStmt{std::move(e)}); }
inline ir::Stmt assign(int line, std::string target, ExprPtr e) {
  return ir::Stmt(line, ir::Assign{name(std::move(target)), std::move(e)});
}
inline ir::Stmt ret(int line, ExprPtr e) { return ir::Stmt(line, ir::Return{std::move(e)}); }
inline ir::Stmt raise(int line, ExprPtr e) { return ir::Stmt(line, ir::Raise{std::move(e), nullptr}); }

/// `log(a...)`, written on the next line of `line`.
inline void log_stmt(int& line, ir::Block& out, std::vector<ExprPtr> a) {
  int l = line++;
  out.push_back(expr(l, call(l, name("log"), std::move(a))));
}

/// `try: <body> except Exception as e: <handler>`, on the next lines of
/// `line`; `body` and `handler` each fill their block.
template <class Body, class Handler>
void try_except(int& line, ir::Block& out, Body&& body, Handler&& handler) {
  int l = line++;
  ir::Try t;
  body(t.body);
  ir::Handler h;
  h.line = line++;
  h.types.push_back(name("Exception"));
  h.name = "e";
  handler(h.body);
  t.handlers.push_back(std::move(h));
  out.push_back(ir::Stmt(l, std::move(t)));
}

}  // namespace loopspec::properties::irb
