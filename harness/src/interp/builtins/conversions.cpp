// The builtins that convert or inspect one value: int float bool repr abs
// round isinstance type, with CPython 3.11's results and messages.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/classes.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "interp/rounding.hpp"

namespace loopspec::harness {
namespace {

std::string tname(const Value& v) { return loopspec::type_name(v); }

/// At most one positional argument and no keywords: `<name> expected at most 1 argument`.
void at_most_one(CallArgs& args, const char* name) {
  args.no_keywords_left(name);
  if (args.pos.size() > 1) raise(exc::TypeError, std::string(name) + " expected at most 1 argument, got " + std::to_string(args.pos.size()));
}

/// Python's numeric-literal text after int()/float() strip spaces: `_` only
/// between two digits. The text without the underscores, or nullopt.
std::optional<std::string> without_underscores(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '_') {
      out += s[i];
      continue;
    }
    bool between = i > 0 && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                   std::isdigit(static_cast<unsigned char>(s[i + 1]));
    if (!between) return std::nullopt;
  }
  return out;
}

std::string strip_spaces(const std::string& s) {
  const char* ws = " \t\n\r\f\v";
  std::size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

/// int("12"), int(b"12"): base 10, an optional sign, digits with single underscores.
std::int64_t parse_int(const Value& v, const std::string& text) {
  auto fail = [&]() -> std::int64_t { raise(exc::ValueError, "invalid literal for int() with base 10: " + py_repr(v)); };
  auto body = without_underscores(strip_spaces(text));
  if (!body || body->empty()) return fail();
  std::size_t start = ((*body)[0] == '+' || (*body)[0] == '-') ? 1 : 0;
  if (start == body->size() || !std::all_of(body->begin() + static_cast<std::ptrdiff_t>(start), body->end(), [](char c) { return c >= '0' && c <= '9'; })) return fail();
  std::int64_t out = 0;
  const char* first = body->data() + ((*body)[0] == '+' ? 1 : 0);
  auto [ptr, ec] = std::from_chars(first, body->data() + body->size(), out);
  if (ec == std::errc::result_out_of_range) throw ScenarioError("integer result does not fit in 64 bits");
  return out;
}

std::int64_t float_to_int(double d) {
  if (std::isnan(d)) raise(exc::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) raise(exc::OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t < -9.2233720368547758e18 || t >= 9.2233720368547758e18) throw ScenarioError("integer result does not fit in 64 bits");
  return static_cast<std::int64_t>(t);
}

Value builtin_int(Interpreter&, const Value&, CallArgs& args) {
  if (args.take_kw("base")) throw ScenarioError("int(x, base=...) is not part of the scenario language");
  at_most_one(args, "int");
  if (args.pos.empty()) return Value(0);
  const Value& v = args.pos[0];
  if (is_integer(v)) return as_integer(v);
  if (v.is_float()) return float_to_int(v.as_float());
  if (v.is_str()) return parse_int(v, v.as_str());
  if (auto b = v.as<Bytes>()) return parse_int(v, b->data);
  raise(exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + tname(v) + "'");
}

/// float("1.5"): decimal digits with an optional point and exponent, or inf/infinity/nan, any case.
double parse_float(const Value& v) {
  auto fail = [&]() -> double { raise(exc::ValueError, "could not convert string to float: " + py_repr(v)); };
  std::string text = strip_spaces(v.as_str());
  std::size_t start = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
  double sign = start && text[0] == '-' ? -1.0 : 1.0;
  std::string word = text.substr(start);
  for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (word == "inf" || word == "infinity") return sign * std::numeric_limits<double>::infinity();
  if (word == "nan") return sign * std::numeric_limits<double>::quiet_NaN();
  auto body = without_underscores(word);
  if (!body || body->empty() || !(std::isdigit(static_cast<unsigned char>((*body)[0])) || (*body)[0] == '.')) return fail();
  double out = 0;
  auto [ptr, ec] = std::from_chars(body->data(), body->data() + body->size(), out);
  if (ptr != body->data() + body->size() || (ec != std::errc() && ec != std::errc::result_out_of_range)) return fail();
  if (ec == std::errc::result_out_of_range) out = std::strtod(body->c_str(), nullptr);  // inf or a denormal, as CPython
  return sign * out;
}

Value builtin_float(Interpreter&, const Value&, CallArgs& args) {
  at_most_one(args, "float");
  if (args.pos.empty()) return Value(0.0);
  const Value& v = args.pos[0];
  if (is_number(v)) return as_double(v);
  if (v.is_str()) return parse_float(v);
  raise(exc::TypeError, "float() argument must be a string or a real number, not '" + tname(v) + "'");
}

Value builtin_bool(Interpreter&, const Value&, CallArgs& args) {
  at_most_one(args, "bool");
  return !args.pos.empty() && truthy(args.pos[0]);
}

Value builtin_repr(Interpreter&, const Value&, CallArgs& args) {
  args.expect_one_argument("repr");
  return py_repr(args.pos[0]);
}

Value builtin_abs(Interpreter&, const Value&, CallArgs& args) {
  args.expect_one_argument("abs");
  const Value& v = args.pos[0];
  if (is_integer(v)) return as_integer(v) < 0 ? unary_op(ir::UnaryOp::Neg, v) : Value(as_integer(v));
  if (v.is_float()) return std::fabs(v.as_float());
  raise(exc::TypeError, "bad operand type for abs(): '" + tname(v) + "'");
}

Value builtin_round(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("round", 1, 2);
  Value x = args.arg(0, "number");
  Value n = args.arg(1, "ndigits");
  args.no_keywords_left("round");
  if (!is_number(x)) raise(exc::TypeError, "type " + tname(x) + " doesn't define __round__ method");
  if (!n.is_none() && !is_integer(n)) raise(exc::TypeError, "'" + tname(n) + "' object cannot be interpreted as an integer");
  if (is_integer(x)) return n.is_none() ? as_integer(x) : round_int_to_digits(as_integer(x), as_integer(n));
  if (n.is_none()) return float_to_int(round_half_even(x.as_float()));
  return round_to_digits(x.as_float(), as_integer(n));
}

/// The builtin types a scenario names (docs/scenario-language.md#builtins), as isinstance sees them.
bool is_builtin_type_name(const std::string& n) {
  for (const char* t : {"int", "float", "str", "bool", "list", "tuple", "dict", "set", "bytes", "range", "enumerate", "zip"})
    if (n == t) return true;
  return false;
}

bool instance_of(const Value& v, const Value& cls) {
  if (auto c = cls.as<ClassObject>()) return is_instance_of_class(v, *c);
  if (auto c = cls.as<ExceptionClass>()) {
    auto e = v.as<ExceptionObject>();
    return e && e->is_instance_of(*c->exc_type);
  }
  if (auto t = cls.as<Tuple>()) {
    return std::any_of(t->items.begin(), t->items.end(), [&](const Value& c) { return instance_of(v, c); });
  }
  auto f = cls.as<NativeFunction>();
  if (!f || !is_builtin_type_name(f->name)) raise(exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  if (f->name == "int") return is_integer(v);  // bool is a subclass of int
  return tname(v) == f->name;
}

Value builtin_isinstance(Interpreter&, const Value&, CallArgs& args) {
  args.no_keywords_left("isinstance");
  if (args.pos.size() != 2) raise(exc::TypeError, "isinstance expected 2 arguments, got " + std::to_string(args.pos.size()));
  return instance_of(args.pos[0], args.pos[1]);
}

/// type(x): only `.__name__` is read from it (the compiler allows nothing else).
Value builtin_type(Interpreter&, const Value&, CallArgs& args) {
  args.no_keywords_left("type");
  if (args.pos.size() != 1) throw ScenarioError("type() with other than one argument is not part of the scenario language");
  const Value& v = args.pos[0];
  auto f = v.as<NativeFunction>();
  bool is_class = v.as<ExceptionClass>() || v.as<ClassObject>() || v.as<TypeObject>() || (f && is_builtin_type_name(f->name));
  return std::make_shared<TypeObject>(is_class ? "type" : tname(v));
}

Value type_name_property(Interpreter&, const Value& self, CallArgs&) {
  if (auto t = self.as<TypeObject>()) return t->name;
  return std::string(self_as<ExceptionClass>(self).exc_type->name());
}

}  // namespace

void bind_conversions() {
  define_builtin("int", native_function("int", builtin_int));
  define_builtin("float", native_function("float", builtin_float));
  define_builtin("bool", native_function("bool", builtin_bool));
  define_builtin("repr", native_function("repr", builtin_repr));
  define_builtin("abs", native_function("abs", builtin_abs));
  define_builtin("round", native_function("round", builtin_round));
  define_builtin("isinstance", native_function("isinstance", builtin_isinstance));
  define_builtin("type", native_function("type", builtin_type));
  type_info("type").define_property("__name__", type_name_property);
}

}  // namespace loopspec::harness
