// JSON IR -> ir::Program. A Reader walks the document keeping the JSON path
// and the statement line it is in, so any error can say exactly where.
#include "ir/ir_loader.hpp"

#include <limits>

#include "common/errors.hpp"
#include "common/latin1.hpp"
#include "ir/spelling.hpp"
#include "ir/validate.hpp"

namespace loopspec::harness {
namespace {

using namespace loopspec::ir;

class Reader {
 public:
  explicit Reader(std::string origin) : origin_(std::move(origin)) {}

  Program program(const Json& doc);

 private:
  // --- error reporting -------------------------------------------------------
  [[noreturn]] void fail(const std::string& what) const {
    std::string msg = origin_ + ": " + what + " (at " + shown_path();
    if (line_ > 0) msg += ", scenario line " + std::to_string(line_);
    throw LoadError(msg + ")");
  }

  /// The JSON path for a message: a deep one keeps its first and last
  /// segments, so the message stays readable.
  std::string shown_path() const {
    constexpr std::size_t kEnds = 6;
    if (path_.empty()) return "/";
    std::vector<std::size_t> slashes;
    for (std::size_t i = 0; i < path_.size(); ++i)
      if (path_[i] == '/') slashes.push_back(i);
    if (slashes.size() <= 2 * kEnds) return path_;
    std::size_t elided = slashes.size() - 2 * kEnds;
    return path_.substr(0, slashes[kEnds]) + "/...(" + std::to_string(elided) + " more)..." +
           path_.substr(slashes[slashes.size() - kEnds]);
  }

  /// Extends the JSON path for the lifetime of the guard.
  class At {
   public:
    At(Reader& r, const std::string& seg) : r_(r), saved_(r.path_.size()) { r.path_ += "/" + seg; }
    At(Reader& r, std::size_t i) : At(r, std::to_string(i)) {}
    ~At() { r_.path_.resize(saved_); }

   private:
    Reader& r_;
    std::size_t saved_;
  };

  /// Counts one level of `depth` for the lifetime of the guard; deeper than
  /// `max` is an error (Python itself refuses such programs).
  class Nesting {
   public:
    Nesting(Reader& r, int& depth, int max, const char* what) : depth_(depth) {
      if (++depth_ > max) {
        --depth_;
        r.fail(std::string(what) + " nested more than " + std::to_string(max) +
               " deep; no scenario nests them so (docs/ir.md)");
      }
    }
    ~Nesting() { --depth_; }

   private:
    int& depth_;
  };

  template <class Op>
  Op known(std::optional<Op> op, const char* what, const std::string& text) {
    if (!op) fail(std::string("unknown ") + what + " \"" + text + "\"");
    return *op;
  }

  // --- typed field access ----------------------------------------------------
  const Json& field(const Json& obj, const char* key) {
    if (!obj.is_object()) fail("expected an object");
    auto it = obj.find(key);
    if (it == obj.end()) fail(std::string("missing member \"") + key + "\"");
    return *it;
  }
  std::string str(const Json& obj, const char* key) {
    const Json& v = field(obj, key);
    if (!v.is_string()) {
      At at(*this, key);
      fail("expected a string");
    }
    return v.get<std::string>();
  }
  std::optional<std::string> opt_str(const Json& obj, const char* key) {
    const Json& v = field(obj, key);
    if (v.is_null()) return std::nullopt;
    return str(obj, key);
  }
  int line_of(const Json& obj) {
    const Json& v = field(obj, "line");
    if (!v.is_number_integer() || v.get<std::int64_t>() < 1 ||
        v.get<std::int64_t>() > std::numeric_limits<int>::max()) {
      At at(*this, "line");
      fail("expected a positive integer line number");
    }
    return v.get<int>();
  }
  const Json& array(const Json& obj, const char* key) {
    const Json& v = field(obj, key);
    if (!v.is_array()) {
      At at(*this, key);
      fail("expected an array");
    }
    return v;
  }
  /// read(item) for each item of the array `obj[key]`, each at its JSON path.
  template <class Read>
  auto each(const Json& obj, const char* key, Read read) {
    const Json& arr = array(obj, key);
    At at(*this, key);
    std::vector<decltype(read(arr[0]))> out;
    out.reserve(arr.size());
    for (std::size_t i = 0; i < arr.size(); ++i) {
      At ai(*this, i);
      out.push_back(read(arr[i]));
    }
    return out;
  }
  std::vector<std::string> strings(const Json& obj, const char* key);

  // --- nodes -----------------------------------------------------------------
  ExprPtr expr(const Json& j);
  ExprPtr expr_at(const Json& obj, const char* key) {
    At at(*this, key);
    return expr(field(obj, key));
  }
  ExprPtr opt_expr_at(const Json& obj, const char* key) {
    const Json& v = field(obj, key);
    if (v.is_null()) return nullptr;
    return expr_at(obj, key);
  }
  std::vector<ExprPtr> exprs_at(const Json& obj, const char* key);
  ExprPtr constant(const Json& j);
  ExprPtr call(const Json& j);
  ExprPtr compare(const Json& j);
  FStringPart fstring_part(const Json& j);
  std::string latin1_bytes(const Json& v);
  ExprPtr index_at(const Json& j);
  ExprPtr target_at(const Json& obj, const char* key);

  Stmt stmt(const Json& j);
  Stmt::Node stmt_node(const std::string& kind, const Json& j);
  Block block_at(const Json& obj, const char* key);
  Handler handler(const Json& j);
  Function function(const Json& j);
  ExprPtr lambda(const Json& j);
  ExprPtr comprehension(const std::string& kind, const Json& j);
  Constant constant_def(const Json& j);
  ClassDef class_def(const Json& j);
  Method method(const Json& j);
  Meta meta(const Json& j);

  std::string origin_;
  std::string path_;
  int line_ = 0;
  int block_depth_ = 0;
  int expr_depth_ = 0;
};

std::vector<std::string> Reader::strings(const Json& obj, const char* key) {
  return each(obj, key, [this](const Json& item) {
    if (!item.is_string()) fail("expected a string");
    return item.get<std::string>();
  });
}

std::vector<ExprPtr> Reader::exprs_at(const Json& obj, const char* key) {
  return each(obj, key, [this](const Json& item) { return expr(item); });
}

ExprPtr Reader::constant(const Json& j) {
  std::string type = str(j, "type");
  const Json& v = field(j, "value");
  At at(*this, "value");
  if (type == "none") {
    if (!v.is_null()) fail("a none constant must have value null");
    return make(Const{Value(None)});
  }
  if (type == "bool") {
    if (!v.is_boolean()) fail("a bool constant must have a boolean value");
    return make(Const{Value(v.get<bool>())});
  }
  if (type == "str") {
    if (!v.is_string()) fail("a str constant must have a string value");
    return make(Const{Value(v.get<std::string>())});
  }
  if (type == "int") {
    if (v.is_number_unsigned() && v.get<std::uint64_t>() >
                                      static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      fail("an int constant does not fit in 64 bits");
    if (!v.is_number_integer()) fail("an int constant must have an integer value");
    return make(Const{Value(v.get<std::int64_t>())});
  }
  if (type == "float") {
    if (!v.is_number()) fail("a float constant must have a number value");
    return make(Const{Value(v.get<double>())});
  }
  if (type == "bytes") return make(Const{Value(std::make_shared<Bytes>(latin1_bytes(v)))});
  fail("unknown constant type \"" + type + "\"");
}

ExprPtr Reader::call(const Json& j) {
  Call c;
  c.line = line_of(j);
  c.func = expr_at(j, "func");
  c.args = exprs_at(j, "args");
  c.star = opt_expr_at(j, "star");
  c.kwargs = each(j, "kwargs", [this](const Json& kw) { return Keyword{str(kw, "name"), expr_at(kw, "value")}; });
  return make(std::move(c));
}

ExprPtr Reader::compare(const Json& j) {
  ExprPtr l = expr_at(j, "left");
  std::vector<CmpOp> ops = each(j, "ops", [this](const Json& op) {
    if (!op.is_string()) fail("a comparison operator must be a string");
    return known(cmp_op_named(op.get<std::string>()), "comparison", op.get<std::string>());
  });
  auto comparators = exprs_at(j, "comparators");
  if (ops.empty() || ops.size() != comparators.size()) fail("a compare needs one or more ops, one comparator each");
  return make(Compare{std::move(l), std::move(ops), std::move(comparators)});
}

/// The bytes of a bytes constant: its string's code points, each below 256.
std::string Reader::latin1_bytes(const Json& v) {
  if (!v.is_string()) fail("a bytes constant must have a string value (code points 0-255)");
  auto bytes = harness::latin1_bytes(v.get_ref<const std::string&>());
  if (!bytes) fail("a bytes constant holds only the code points 0-255");
  return *bytes;
}

/// A subscript's index: an expression or a slice.
ExprPtr Reader::index_at(const Json& j) {
  const Json& index = field(j, "index");
  if (!index.is_object() || !index.contains("kind") || index["kind"] != "slice") return expr_at(j, "index");
  At at(*this, "index");
  Nesting nesting(*this, expr_depth_, kMaxExprDepth, "expressions");
  ExprPtr lower = opt_expr_at(index, "lower");
  ExprPtr upper = opt_expr_at(index, "upper");
  return make(Slice{std::move(lower), std::move(upper), opt_expr_at(index, "step")});
}

FStringPart Reader::fstring_part(const Json& j) {
  std::string kind = str(j, "kind");
  if (kind == "const") {
    if (str(j, "type") != "str") fail("an f-string's literal parts are strings");
    return {str(j, "value"), nullptr, 0, std::nullopt};
  }
  if (kind != "formatted") fail("an f-string part is a str const or a formatted field, not \"" + kind + "\"");
  FStringPart part;
  part.value = expr_at(j, "value");
  std::optional<std::string> conversion = opt_str(j, "conversion");
  if (conversion && *conversion != "r" && *conversion != "s") fail("an f-string conversion is \"r\" or \"s\"");
  part.conversion = conversion ? (*conversion)[0] : 0;
  part.spec = opt_str(j, "spec");
  return part;
}

ExprPtr Reader::expr(const Json& j) {
  Nesting nesting(*this, expr_depth_, kMaxExprDepth, "expressions");
  std::string kind = str(j, "kind");
  if (kind == "const") return constant(j);
  if (kind == "name") return make(Name{str(j, "id")});
  if (kind == "attr") {
    ExprPtr value = expr_at(j, "value");
    return make(Attr{std::move(value), str(j, "attr")});
  }
  if (kind == "call") return call(j);
  if (kind == "await") return make(Await{expr_at(j, "value")});
  if (kind == "binop") {
    BinOp op = known(bin_op_named(str(j, "op")), "binary operator", str(j, "op"));
    ExprPtr l = expr_at(j, "left");
    return make(BinaryOp{op, std::move(l), expr_at(j, "right")});
  }
  if (kind == "unary") {
    UnaryOp op = known(unary_op_named(str(j, "op")), "unary operator", str(j, "op"));
    return make(Unary{op, expr_at(j, "operand")});
  }
  if (kind == "compare") return compare(j);
  if (kind == "fstring") {
    return make(FString{each(j, "parts", [this](const Json& p) { return fstring_part(p); })});
  }
  if (kind == "boolop") {
    BoolOp op = known(bool_op_named(str(j, "op")), "boolean operator", str(j, "op"));
    auto values = exprs_at(j, "values");
    if (values.size() < 2) fail("a boolop needs two or more values");
    return make(BoolOps{op, std::move(values)});
  }
  if (kind == "ifexp") {
    ExprPtr t = expr_at(j, "test");
    ExprPtr b = expr_at(j, "body");
    return make(IfExp{std::move(t), std::move(b), expr_at(j, "orelse")});
  }
  if (kind == "list") return make(ListExpr{exprs_at(j, "elts")});
  if (kind == "tuple") return make(TupleExpr{exprs_at(j, "elts")});
  if (kind == "dict") {
    auto keys = exprs_at(j, "keys");
    auto values = exprs_at(j, "values");
    if (keys.size() != values.size()) fail("a dict needs as many keys as values");
    return make(DictExpr{std::move(keys), std::move(values)});
  }
  if (kind == "set") return make(SetExpr{exprs_at(j, "elts")});
  if (kind == "subscript") {
    ExprPtr v = expr_at(j, "value");
    return make(Subscript{std::move(v), index_at(j)});
  }
  if (kind == "lambda") return lambda(j);
  if (kind == "super") return make(Super{});
  if (kind == "yield") return make(Yield{opt_expr_at(j, "value")});
  if (kind == "listcomp" || kind == "setcomp" || kind == "dictcomp" || kind == "genexp") return comprehension(kind, j);
  if (kind == "slice") fail("a slice stands only as the index of a subscript");
  At at(*this, "kind");
  fail("unknown expression kind \"" + kind + "\"");
}

/// An assignment target: a name, a tuple of names, a subscript or an attribute.
ExprPtr Reader::target_at(const Json& obj, const char* key) {
  ExprPtr t = expr_at(obj, key);
  At at(*this, key);
  if (std::holds_alternative<Name>(t->node) || std::holds_alternative<Subscript>(t->node) ||
      std::holds_alternative<Attr>(t->node))
    return t;
  if (auto* tup = std::get_if<TupleExpr>(&t->node)) {
    for (const auto& e : tup->elts)
      if (!std::holds_alternative<Name>(e->node)) fail("a tuple target may hold only names");
    return t;
  }
  fail("an assignment target must be a name, a tuple of names, a subscript or an attribute");
}

Block Reader::block_at(const Json& obj, const char* key) {
  Nesting nesting(*this, block_depth_, kMaxBlockDepth, "blocks");
  return each(obj, key, [this](const Json& item) { return stmt(item); });
}

Handler Reader::handler(const Json& j) {
  Handler h;
  h.line = line_of(j);
  int saved = line_;
  line_ = h.line;
  h.types = exprs_at(j, "types");
  h.name = opt_str(j, "name");
  h.body = block_at(j, "body");
  line_ = saved;
  return h;
}

Stmt::Node Reader::stmt_node(const std::string& kind, const Json& j) {
  if (kind == "expr") return ExprStmt{expr_at(j, "value")};
  if (kind == "assign") {
    ExprPtr t = target_at(j, "target");
    return Assign{std::move(t), expr_at(j, "value")};
  }
  if (kind == "augassign") {
    ExprPtr t = target_at(j, "target");
    if (std::holds_alternative<TupleExpr>(t->node)) fail("an augmented assignment cannot unpack");
    BinOp op = known(bin_op_named(str(j, "op")), "augmented operator", str(j, "op"));
    return AugAssign{std::move(t), op, expr_at(j, "value")};
  }
  if (kind == "return") return Return{opt_expr_at(j, "value")};
  if (kind == "pass") return Pass{};
  if (kind == "break") return Break{};
  if (kind == "continue") return Continue{};
  if (kind == "raise") {
    ExprPtr exc = opt_expr_at(j, "exc");
    ExprPtr cause = opt_expr_at(j, "cause");
    if (cause && !exc) fail("a bare raise has no cause");
    return Raise{std::move(exc), std::move(cause)};
  }
  if (kind == "delete") {
    auto targets = each(j, "targets", [this](const Json& t) {
      ExprPtr e = expr(t);
      if (!std::holds_alternative<Name>(e->node) && !std::holds_alternative<Subscript>(e->node) &&
          !std::holds_alternative<Attr>(e->node)) {
        fail("a del target is a name, a subscript or an attribute");
      }
      return e;
    });
    if (targets.empty()) fail("a del statement needs a target");
    return Delete{std::move(targets)};
  }
  if (kind == "assert") {
    ExprPtr test = expr_at(j, "test");
    return Assert{std::move(test), opt_expr_at(j, "msg")};
  }
  if (kind == "try" || kind == "trystar") {
    Try t;
    t.star = kind == "trystar";
    t.body = block_at(j, "body");
    t.handlers = each(j, "handlers", [this](const Json& h) { return handler(h); });
    t.orelse = block_at(j, "orelse");
    t.finalbody = block_at(j, "finalbody");
    return t;
  }
  if (kind == "if") {
    ExprPtr test = expr_at(j, "test");
    Block body = block_at(j, "body");
    return If{std::move(test), std::move(body), block_at(j, "orelse")};
  }
  if (kind == "for" || kind == "async_for") {
    ExprPtr target = target_at(j, "target");
    if (!std::holds_alternative<Name>(target->node) && !std::holds_alternative<TupleExpr>(target->node))
      fail("a for target must be a name or names");
    ExprPtr it = expr_at(j, "iter");
    Block body = block_at(j, "body");
    Block orelse = block_at(j, "orelse");
    return For{std::move(target), std::move(it), std::move(body), std::move(orelse), kind == "async_for"};
  }
  if (kind == "while") {
    ExprPtr test = expr_at(j, "test");
    Block body = block_at(j, "body");
    return While{std::move(test), std::move(body), block_at(j, "orelse")};
  }
  if (kind == "async_with" || kind == "with") {
    With w;
    w.is_async = kind == "async_with";
    w.ctx = expr_at(j, "ctx");
    w.name = opt_str(j, "name");
    w.body = block_at(j, "body");
    return w;
  }
  if (kind == "def") {
    auto fn = std::make_shared<Function>(function(j));
    Name target{fn->name};
    return FunctionDef{std::move(fn), std::move(target)};
  }
  if (kind == "nonlocal") {
    std::vector<std::string> names = strings(j, "names");
    if (names.empty()) fail("a nonlocal statement needs a name");
    return Nonlocal{std::move(names)};
  }
  At at(*this, "kind");
  fail("unknown statement kind \"" + kind + "\"");
}

Stmt Reader::stmt(const Json& j) {
  std::string kind = str(j, "kind");
  int line = line_of(j);
  int saved = line_;
  line_ = line;
  Stmt s(line, stmt_node(kind, j));
  line_ = saved;
  return s;
}

Function Reader::function(const Json& j) {
  Function f;
  f.name = str(j, "name");
  const Json& a = field(j, "async");
  if (!a.is_boolean()) {
    At at(*this, "async");
    fail("expected a boolean");
  }
  f.is_async = a.get<bool>();
  f.line = line_of(j);
  int saved = line_;  // a nested def is read inside its enclosing statement
  line_ = f.line;
  f.params = strings(j, "params");
  f.defaults = exprs_at(j, "defaults");
  if (f.defaults.size() > f.params.size()) fail("more defaults than parameters");
  f.body = block_at(j, "body");
  line_ = saved;
  return f;
}

/// `{"kind": "lambda", "line", "params", "defaults", "body": EXPR}`.
ExprPtr Reader::lambda(const Json& j) {
  auto fn = std::make_shared<Function>();
  fn->name = "<lambda>";
  fn->is_lambda = true;
  fn->line = line_of(j);
  fn->params = strings(j, "params");
  fn->defaults = exprs_at(j, "defaults");
  if (fn->defaults.size() > fn->params.size()) fail("more defaults than parameters");
  fn->body.emplace_back(fn->line, Return{expr_at(j, "body")});
  return make(Lambda{std::move(fn)});
}

/// listcomp/setcomp/genexp `{elt, generators}`, dictcomp `{key, value, generators}`.
ExprPtr Reader::comprehension(const std::string& kind, const Json& j) {
  using Kind = Comprehension::Kind;
  Comprehension c;
  c.kind = kind == "listcomp" ? Kind::List : kind == "setcomp" ? Kind::Set : kind == "dictcomp" ? Kind::Dict : Kind::Generator;
  c.generators = each(j, "generators", [this](const Json& g) {
    CompFor f;
    f.target = target_at(g, "target");
    if (!std::holds_alternative<Name>(f.target->node) && !std::holds_alternative<TupleExpr>(f.target->node))
      fail("a comprehension target must be a name or names");
    f.iter = expr_at(g, "iter");
    f.ifs = exprs_at(g, "ifs");
    return f;
  });
  if (c.generators.empty()) fail("a comprehension needs a `for` clause");
  c.elt = expr_at(j, c.kind == Kind::Dict ? "key" : "elt");
  if (c.kind == Kind::Dict) c.value = expr_at(j, "value");
  c.scope = std::make_shared<Function>();
  c.scope->name = "<" + kind + ">";
  c.scope->line = line_;
  return make(std::move(c));
}

Constant Reader::constant_def(const Json& j) {
  Constant c;
  c.name = str(j, "name");
  c.line = line_of(j);
  line_ = c.line;
  c.value = expr_at(j, "value");
  line_ = 0;
  return c;
}

/// `{"name", "line", "bases": [EXPR], "attrs": [CONSTANT], "methods": [FUNCTION]}`.
ClassDef Reader::class_def(const Json& j) {
  ClassDef c;
  c.name = str(j, "name");
  c.line = line_of(j);
  line_ = c.line;
  c.bases = exprs_at(j, "bases");
  line_ = 0;
  c.attrs = each(j, "attrs", [this](const Json& a) { return constant_def(a); });
  c.methods = each(j, "methods", [this](const Json& m) { return method(m); });
  return c;
}

/// A function with an optional `"decorator": "property"`.
Method Reader::method(const Json& j) {
  Method m{function(j)};
  if (auto d = j.find("decorator"); d != j.end()) {
    At at(*this, "decorator");
    if (*d != "property") fail("the only method decorator is \"property\"");
    m.property = true;
  }
  if (m.fn.params.empty()) fail("a method takes the instance as its first parameter");
  return m;
}

Meta Reader::meta(const Json& j) {
  Meta m;
  m.summary = str(j, "summary");
  m.description = str(j, "description");
  m.spec = str(j, "spec");
  m.features = strings(j, "features");
  m.python = str(j, "python");
  m.order = strings(j, "order");
  return m;
}

Program Reader::program(const Json& doc) {
  if (!doc.is_object()) fail("an IR document must be a JSON object");
  const Json& version = field(doc, "ir");
  if (!version.is_number_integer() || version.get<std::int64_t>() != kVersion) {
    fail("IR version " + version.dump() + " is not supported; this harness reads IR version " +
         std::to_string(kVersion) + ": compile the scenario again (`loopspec-traces compile`; goldens: `loopspec-traces regen`)");
  }
  Program p;
  p.id = str(doc, "id");
  p.source_file = origin_;
  {
    At at(*this, "meta");
    p.meta = meta(field(doc, "meta"));
  }
  std::string entry = str(doc, "entry");
  std::optional<Entry> named = entry_named(entry);
  if (!named) {
    At at(*this, "entry");
    fail("entry must be \"main\", \"scenario\" or \"scenario_no_loop\", not \"" + entry + "\"");
  }
  p.entry = *named;
  p.constants = each(doc, "constants", [this](const Json& j) { return constant_def(j); });
  if (doc.contains("classes")) p.classes = each(doc, "classes", [this](const Json& j) { return class_def(j); });
  p.functions = each(doc, "functions", [this](const Json& j) { return function(j); });
  return p;
}

}  // namespace

ir::Program load_ir(const Json& doc, const std::string& origin) {
  ir::Program p = Reader(origin).program(doc);
  std::string problem = ir::validate(p);
  if (!problem.empty()) throw LoadError(origin + ": " + problem);
  return p;
}

}  // namespace loopspec::harness
