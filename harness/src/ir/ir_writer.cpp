// write_ir (ir_writer.hpp): one function per node kind, in the key order the Python compiler
// writes (not required — readers compare parsed JSON — but it keeps IR files
// from both sides diffable).
#include "ir/ir_writer.hpp"

#include <string>
#include <variant>

#include "common/latin1.hpp"
#include "ir/spelling.hpp"
#include "ir/walk.hpp"

namespace loopspec::ir {
namespace {

using harness::Json;

Json text(std::string_view s) { return Json(std::string(s)); }

Json expr(const Expr& e);
Json block(const Block& b);
Json strings(const std::vector<std::string>& v) {
  Json a = Json::array();
  for (const auto& x : v) a.push_back(x);
  return a;
}

Json opt_expr(const ExprPtr& e) { return e ? expr(*e) : Json(nullptr); }

Json exprs(const std::vector<ExprPtr>& v) {
  Json a = Json::array();
  for (const auto& e : v) a.push_back(expr(*e));
  return a;
}


Json constant(const Const& c) {
  const Value& v = c.value;
  Json j = {{"kind", "const"}};
  if (v.is_none()) j["type"] = "none", j["value"] = nullptr;
  else if (v.is_bool()) j["type"] = "bool", j["value"] = v.as_bool();
  else if (v.is_int()) j["type"] = "int", j["value"] = v.as_int();
  else if (v.is_float()) j["type"] = "float", j["value"] = v.as_float();
  else if (v.is_str()) j["type"] = "str", j["value"] = v.as_str();
  else if (auto b = v.as<Bytes>()) j["type"] = "bytes", j["value"] = harness::latin1_text(b->data);
  else throw IrWriteError("a constant of type " + type_name(v) + " has no IR form (was the program resolved?)");
  return j;
}

struct ExprWriter {
  Json operator()(const Const& c) const { return constant(c); }
  Json operator()(const Name& n) const { return {{"kind", "name"}, {"id", n.id}}; }
  Json operator()(const Attr& a) const { return {{"kind", "attr"}, {"value", expr(*a.value)}, {"attr", a.attr}}; }
  Json operator()(const Call& c) const {
    Json kws = Json::array();
    for (const auto& k : c.kwargs) kws.push_back({{"name", k.name}, {"value", expr(*k.value)}});
    return {{"kind", "call"}, {"line", c.line}, {"func", expr(*c.func)}, {"args", exprs(c.args)},
            {"star", opt_expr(c.star)}, {"kwargs", kws}};
  }
  Json operator()(const Await& a) const { return {{"kind", "await"}, {"value", expr(*a.value)}}; }
  Json operator()(const BinaryOp& b) const {
    return {{"kind", "binop"}, {"op", text(spelling(b.op))}, {"left", expr(*b.left)}, {"right", expr(*b.right)}};
  }
  Json operator()(const Unary& u) const { return {{"kind", "unary"}, {"op", text(spelling(u.op))}, {"operand", expr(*u.operand)}}; }
  Json operator()(const Compare& c) const {
    Json ops = Json::array();
    for (CmpOp op : c.ops) ops.push_back(text(spelling(op)));
    return {{"kind", "compare"}, {"left", expr(*c.left)}, {"ops", ops}, {"comparators", exprs(c.comparators)}};
  }
  Json operator()(const BoolOps& b) const {
    return {{"kind", "boolop"}, {"op", text(spelling(b.op))}, {"values", exprs(b.values)}};
  }
  Json operator()(const IfExp& i) const {
    return {{"kind", "ifexp"}, {"test", expr(*i.test)}, {"body", expr(*i.body)}, {"orelse", expr(*i.orelse)}};
  }
  Json operator()(const ListExpr& l) const { return {{"kind", "list"}, {"elts", exprs(l.elts)}}; }
  Json operator()(const TupleExpr& t) const { return {{"kind", "tuple"}, {"elts", exprs(t.elts)}}; }
  Json operator()(const DictExpr& d) const { return {{"kind", "dict"}, {"keys", exprs(d.keys)}, {"values", exprs(d.values)}}; }
  Json operator()(const SetExpr& s) const { return {{"kind", "set"}, {"elts", exprs(s.elts)}}; }
  Json operator()(const Slice& s) const {
    return {{"kind", "slice"}, {"lower", opt_expr(s.lower)}, {"upper", opt_expr(s.upper)}, {"step", opt_expr(s.step)}};
  }
  Json operator()(const Subscript& s) const { return {{"kind", "subscript"}, {"value", expr(*s.value)}, {"index", expr(*s.index)}}; }
  Json operator()(const FString& f) const {
    Json parts = Json::array();
    for (const auto& p : f.parts) {
      if (!p.value) {
        parts.push_back({{"kind", "const"}, {"type", "str"}, {"value", p.text}});
        continue;
      }
      parts.push_back({{"kind", "formatted"}, {"value", expr(*p.value)},
                       {"conversion", p.conversion ? Json(std::string(1, p.conversion)) : Json(nullptr)},
                       {"spec", p.spec ? Json(*p.spec) : Json(nullptr)}});
    }
    return {{"kind", "fstring"}, {"parts", parts}};
  }
  Json operator()(const Comprehension& c) const {
    using Kind = Comprehension::Kind;
    Json gens = Json::array();
    for (const auto& g : c.generators) gens.push_back({{"target", expr(*g.target)}, {"iter", expr(*g.iter)}, {"ifs", exprs(g.ifs)}});
    if (c.kind == Kind::Dict) return {{"kind", "dictcomp"}, {"key", expr(*c.elt)}, {"value", expr(*c.value)}, {"generators", gens}};
    const char* kind = c.kind == Kind::List ? "listcomp" : c.kind == Kind::Set ? "setcomp" : "genexp";
    return {{"kind", kind}, {"elt", expr(*c.elt)}, {"generators", gens}};
  }
  Json operator()(const Super&) const { return {{"kind", "super"}}; }
  Json operator()(const Yield& y) const { return {{"kind", "yield"}, {"value", y.value ? expr(*y.value) : Json(nullptr)}}; }
  Json operator()(const Lambda& l) const {
    const Function& f = *l.fn;
    return {{"kind", "lambda"}, {"line", f.line}, {"params", strings(f.params)}, {"defaults", exprs(f.defaults)},
            {"body", expr(lambda_body(f))}};
  }
};

Json expr(const Expr& e) { return std::visit(ExprWriter{}, e.node); }

Json handler(const Handler& h) {
  return {{"line", h.line}, {"types", exprs(h.types)}, {"name", h.name ? Json(*h.name) : Json(nullptr)},
          {"body", block(h.body)}};
}

/// The fields after "kind" and "line", by statement kind.
struct StmtWriter {
  Json& j;
  void operator()(const ExprStmt& s) const { j["kind"] = "expr"; tail("value", expr(*s.value)); }
  void operator()(const Assign& s) const {
    j["kind"] = "assign";
    tail("target", expr(*s.target));
    j["value"] = expr(*s.value);
  }
  void operator()(const AugAssign& s) const {
    j["kind"] = "augassign";
    tail("target", expr(*s.target));
    j["op"] = text(spelling(s.op));
    j["value"] = expr(*s.value);
  }
  void operator()(const Return& s) const { j["kind"] = "return"; tail("value", opt_expr(s.value)); }
  void operator()(const Pass&) const { j["kind"] = "pass"; }
  void operator()(const Break&) const { j["kind"] = "break"; }
  void operator()(const Continue&) const { j["kind"] = "continue"; }
  void operator()(const Raise& s) const {
    j["kind"] = "raise";
    tail("exc", opt_expr(s.exc));
    j["cause"] = opt_expr(s.cause);
  }
  void operator()(const Delete& s) const {
    j["kind"] = "delete";
    tail("targets", exprs(s.targets));
  }
  void operator()(const Assert& s) const {
    j["kind"] = "assert";
    tail("test", expr(*s.test));
    j["msg"] = opt_expr(s.msg);
  }
  void operator()(const Try& s) const {
    j["kind"] = s.star ? "trystar" : "try";
    tail("body", block(s.body));
    Json hs = Json::array();
    for (const auto& h : s.handlers) hs.push_back(handler(h));
    j["handlers"] = hs;
    j["orelse"] = block(s.orelse);
    j["finalbody"] = block(s.finalbody);
  }
  void operator()(const If& s) const {
    j["kind"] = "if";
    tail("test", expr(*s.test));
    j["body"] = block(s.body);
    j["orelse"] = block(s.orelse);
  }
  void operator()(const For& s) const {
    j["kind"] = s.is_async ? "async_for" : "for";
    tail("target", expr(*s.target));
    j["iter"] = expr(*s.iter);
    j["body"] = block(s.body);
    j["orelse"] = block(s.orelse);
  }
  void operator()(const While& s) const {
    j["kind"] = "while";
    tail("test", expr(*s.test));
    j["body"] = block(s.body);
    j["orelse"] = block(s.orelse);
  }
  void operator()(const With& s) const {
    j["kind"] = s.is_async ? "async_with" : "with";
    tail("ctx", expr(*s.ctx));
    j["name"] = s.name ? Json(*s.name) : Json(nullptr);
    j["body"] = block(s.body);
  }
  void operator()(const FunctionDef& s) const {
    const Function& f = *s.fn;
    j["kind"] = "def";
    tail("name", f.name);
    j["async"] = f.is_async;
    j["params"] = strings(f.params);
    j["defaults"] = exprs(f.defaults);
    j["body"] = block(f.body);
  }
  void operator()(const Nonlocal& s) const {
    j["kind"] = "nonlocal";
    tail("names", strings(s.names));
  }
  // "line" goes right after "kind"; the caller has not written it yet.
  void tail(const char* key, Json v) const {
    j["line"] = nullptr;
    j[key] = std::move(v);
  }
};

Json stmt(const Stmt& s) {
  Json j = Json::object();
  std::visit(StmtWriter{j}, s.node);
  j["line"] = s.line;
  return j;
}

Json block(const Block& b) {
  Json a = Json::array();
  for (const auto& s : b) a.push_back(stmt(s));
  return a;
}

Json function(const Function& f) {
  return {{"name", f.name}, {"async", f.is_async}, {"line", f.line}, {"params", strings(f.params)},
          {"defaults", exprs(f.defaults)}, {"body", block(f.body)}};
}

Json constant(const Constant& c) { return {{"name", c.name}, {"line", c.line}, {"value", expr(*c.value)}}; }

Json class_def(const ClassDef& c) {
  Json attrs = Json::array();
  for (const auto& a : c.attrs) attrs.push_back(constant(a));
  Json methods = Json::array();
  for (const auto& m : c.methods) {
    methods.push_back(function(m.fn));
    if (m.property) methods.back()["decorator"] = "property";
  }
  return {{"name", c.name}, {"line", c.line}, {"bases", exprs(c.bases)}, {"attrs", attrs}, {"methods", methods}};
}

Json meta(const Meta& m) {
  return {{"summary", m.summary}, {"description", m.description}, {"spec", m.spec},
          {"features", m.features}, {"python", m.python}, {"order", m.order}};
}

}  // namespace

Json write_ir(const Program& p) {
  Json consts = Json::array();
  for (const auto& c : p.constants) consts.push_back(constant(c));
  Json fns = Json::array();
  for (const auto& f : p.functions) fns.push_back(function(f));
  Json doc = {{"ir", p.version}, {"id", p.id}, {"meta", meta(p.meta)},
              {"entry", spelling(p.entry)}, {"constants", consts}, {"functions", fns}};
  if (!p.classes.empty()) {  // docs/ir.md#classes: absent when there are none
    Json classes = Json::array();
    for (const auto& c : p.classes) classes.push_back(class_def(c));
    doc["classes"] = classes;
  }
  return doc;
}

}  // namespace loopspec::ir
