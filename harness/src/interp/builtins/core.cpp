// Bare builtin names: log, range, len, str, asyncio; and the argument
// helpers every binding file shares (builtins.hpp).
#include "interp/builtins/builtins.hpp"
#include "common/errors.hpp"
#include "interp/codecs.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "trace/trace_recorder.hpp"

namespace loopspec::harness {
namespace {

Value builtin_log(Interpreter& in, const Value&, CallArgs& args) {
  args.no_keywords_left("log");
  in.recorder().log(args.pos, args.line);
  return None;
}

Value builtin_range(Interpreter&, const Value&, CallArgs& args) {
  args.no_keywords_left("range");
  std::size_t n = args.pos.size();
  if (n == 0) raise(exc::TypeError, "range expected at least 1 argument, got 0");
  if (n > 3) raise(exc::TypeError, "range expected at most 3 arguments, got " + std::to_string(n));
  std::int64_t start = 0, stop, step = 1;
  if (n == 1) {
    stop = index_arg(args.pos[0]);
  } else {
    start = index_arg(args.pos[0]);
    stop = index_arg(args.pos[1]);
    if (n == 3) step = index_arg(args.pos[2]);
  }
  if (step == 0) raise(exc::ValueError, "range() arg 3 must not be zero");
  return std::make_shared<RangeObject>(start, stop, step);
}

Value builtin_len(Interpreter&, const Value&, CallArgs& args) {
  args.expect_one_argument("len");
  return py_len(args.pos[0]);
}

Value builtin_str(Interpreter&, const Value&, CallArgs& args) {
  if (args.pos.size() > 3) raise(exc::TypeError, "str() takes at most 3 arguments (" + std::to_string(args.pos.size()) + " given)");
  Value object = args.arg(0, "object", Value(std::string()));
  std::optional<Value> encoding = args.pos.size() > 1 ? args.pos[1] : args.take_kw("encoding");
  std::optional<Value> errors = args.pos.size() > 2 ? args.pos[2] : args.take_kw("errors");
  args.no_keywords_left("str");
  if (!encoding && !errors) return py_str(object);
  // str(b, encoding, errors) is b.decode(encoding, errors).
  if (object.is_str()) raise(exc::TypeError, "decoding str is not supported");
  auto bytes = object.as<Bytes>();
  if (!bytes) raise(exc::TypeError, "decoding to str: need a bytes-like object, " + loopspec::type_name(object) + " found");
  auto text = [](const std::optional<Value>& v, const char* dflt, const char* what) {
    if (!v) return std::string(dflt);
    if (!v->is_str()) raise(exc::TypeError, std::string("str() argument '") + what + "' must be str, not " + loopspec::type_name(*v));
    return v->as_str();
  };
  return decode_bytes(bytes->data, text(encoding, "utf-8", "encoding"), text(errors, "strict", "errors"));
}

}  // namespace

ExceptionPtr exception_arg(const Value& v) {
  if (auto e = v.as<ExceptionObject>()) return e;
  if (auto c = v.as<ExceptionClass>()) return new_exception(*c->exc_type);
  return nullptr;
}

Coro coroutine_arg(const Value& v) {
  auto coro = v.as<CoroutineObject>();
  if (!coro) raise(exc::TypeError, "a coroutine was expected, got " + py_repr(v));
  return Coro(coro);
}

std::optional<std::string> task_name_arg(const std::optional<Value>& name) {
  if (!name || name->is_none()) return std::nullopt;
  return py_str(*name);
}

bool debug_flag(const Value& v, std::string_view where) {
  if (!v.is_bool())
    throw ScenarioError(std::string(where) + " with " + loopspec::type_name(v) +
                        ": the scenario language takes debug mode as True or False");
  return v.as_bool();
}

void bind_core_builtins() {
  define_builtin("log", native_function("log", builtin_log));
  define_builtin("range", native_function("range", builtin_range));
  define_builtin("len", native_function("len", builtin_len));
  define_builtin("str", native_function("str", builtin_str));
  define_builtin("asyncio", Value(std::make_shared<ModuleObject>("asyncio")));
}

std::int64_t index_arg(const Value& v) {
  if (v.is_int()) return v.as_int();
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  raise(exc::TypeError, "'" + loopspec::type_name(v) + "' object cannot be interpreted as an integer");
}

std::int64_t language_int(const Value& v, std::string_view what) {
  if (v.is_int()) return v.as_int();
  throw ScenarioError(std::string(what) + " takes an int in the scenario language");
}

}  // namespace loopspec::harness
