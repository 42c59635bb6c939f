// Async generator methods (__anext__ asend athrow aclose __aiter__) and the
// builtins aiter() and anext() (docs/scenario-language.md#async-generators).
#include "interp/async_generator.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/classes.hpp"
#include "interp/exec.hpp"

namespace loopspec::harness {
namespace {

AsyncGenObject& gen_self(const Value& self) { return self_as<AsyncGenObject>(self); }

Value gen_anext(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__anext__", 0, 0);
  return Value(gen_self(self).asend(None).object());
}

Value gen_asend(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("asend", 1, 1);
  return Value(gen_self(self).asend(args.pos[0]).object());
}

/// athrow's argument: an exception instance, or a class to instantiate.
ExceptionPtr thrown_exception(Interpreter& in, const Value& v) {
  if (ExceptionPtr e = exception_arg(v)) return e;
  if (auto c = v.as<ClassObject>(); c && c->exc_type) {
    CallArgs none;
    return in.call(v, none).as<ExceptionObject>();
  }
  raise(exc::TypeError, "exceptions must be classes deriving BaseException or instances of such a class");
}

Value gen_athrow(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("athrow", 1, 1);
  return Value(gen_self(self).athrow(thrown_exception(in, args.pos[0])).object());
}

Value gen_aclose(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("aclose", 0, 0);
  return Value(gen_self(self).aclose().object());
}

Value gen_aiter(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__aiter__", 0, 0);
  return self;
}

Value builtin_aiter(Interpreter& in, const Value&, CallArgs& args) {
  args.no_keywords_left("aiter");
  args.expect_positional("aiter", 1, 1);
  const Value& x = args.pos[0];
  static const int aiter = intern("__aiter__");
  if (!x.as<AsyncGenObject>() && !instance_part(x) && !has_special_method(x, aiter))
    raise(exc::TypeError, "'" + loopspec::type_name(x) + "' object is not an async iterable");
  return async_iterator(in, x);
}

/// `anext(it, default)`: the next item, or `default` once the iterator is exhausted.
Coro next_or_default(Interpreter* in, Value awaitable, Value dflt) {
  try {
    co_return co_await ValueAwaiter(*in, std::move(awaitable));
  } catch (const PyError& e) {
    if (e.exception()->type != &exc::StopAsyncIteration) throw;
  }
  co_return dflt;
}

Value builtin_anext(Interpreter& in, const Value&, CallArgs& args) {
  args.no_keywords_left("anext");
  args.expect_positional("anext", 1, 2);
  const Value& it = args.pos[0];
  static const int anext = intern("__anext__");
  if (!it.as<AsyncGenObject>() && !instance_part(it) && !has_special_method(it, anext))
    raise(exc::TypeError, "'" + loopspec::type_name(it) + "' object is not an async iterator");
  Value awaitable = next_awaitable(in, it);
  if (args.pos.size() == 1) return awaitable;
  return Value(next_or_default(&in, std::move(awaitable), args.pos[1]).object());
}

}  // namespace

void bind_async_generators() {
  TypeInfo& g = type_info("async_generator");
  g.define_method("__anext__", gen_anext);
  g.define_method("asend", gen_asend);
  g.define_method("athrow", gen_athrow);
  g.define_method("aclose", gen_aclose);
  g.define_method("__aiter__", gen_aiter);
  bind_model_class<AsyncGenObject>(g);
  define_builtin("aiter", native_function("aiter", builtin_aiter));
  define_builtin("anext", native_function("anext", builtin_anext));
}

}  // namespace loopspec::harness
