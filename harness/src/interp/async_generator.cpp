// Async generator objects and the async iteration protocol (async_generator.hpp).
#include "interp/async_generator.hpp"

#include "interp/classes.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {
namespace {

using Outcome = AsyncGenBody::Outcome;

[[noreturn]] void already_running(const char* method) {
  raise(exc::RuntimeError, std::string(method) + "(): asynchronous generator is already running");
}

/// What __anext__/asend/athrow give for one resume of the body: the yielded
/// value, or StopAsyncIteration when it ended; a StopAsyncIteration raised
/// inside the body becomes a RuntimeError (PEP 479's rule for generators).
Value next_value(Outcome out) {
  if (out.kind == Outcome::Kind::Yielded) return std::move(out.value);
  if (out.kind == Outcome::Kind::Returned) raise(exc::StopAsyncIteration);
  if (out.error->type == &exc::StopAsyncIteration) raise(exc::RuntimeError, "async generator raised StopAsyncIteration");
  throw PyError(std::move(out.error));
}

Coro send_coro(std::shared_ptr<AsyncGenObject> g, Value sent) {
  if (g->body.running()) already_running(sent.is_none() ? "anext" : "asend");
  if (g->body.finished()) raise(exc::StopAsyncIteration);
  if (!g->body.started() && !sent.is_none()) raise(exc::TypeError, "can't send non-None value to a just-started async generator");
  co_return next_value(co_await g->body.resume(std::move(sent)));
}

Coro throw_coro(std::shared_ptr<AsyncGenObject> g, ExceptionPtr e) {
  if (g->body.running()) already_running("athrow");
  if (g->body.finished()) co_return None;  // CPython 3.11: athrow of an ended generator gives None
  if (!g->body.started()) {
    // Nothing waits at a yield to receive it: the body never runs and the exception comes straight back.
    g->body.close();
    throw PyError(std::move(e));
  }
  co_return next_value(co_await g->body.resume(None, std::move(e)));
}

Coro close_coro(std::shared_ptr<AsyncGenObject> g) {
  if (g->body.running()) already_running("aclose");
  if (!g->body.started() || g->body.finished()) {
    g->body.close();
    co_return None;
  }
  Outcome out = co_await g->body.resume(None, new_exception(exc::GeneratorExit));
  if (out.kind == Outcome::Kind::Yielded) raise(exc::RuntimeError, "async generator ignored GeneratorExit");
  if (out.kind == Outcome::Kind::Raised && out.error->type != &exc::GeneratorExit &&
      out.error->type != &exc::StopAsyncIteration)
    throw PyError(std::move(out.error));
  co_return None;
}

}  // namespace

Coro AsyncGenObject::asend(Value sent) {
  first_iteration();
  return send_coro(self(), std::move(sent));
}

Coro AsyncGenObject::athrow(ExceptionPtr e) {
  first_iteration();
  return throw_coro(self(), std::move(e));
}

Coro AsyncGenObject::aclose() {
  first_iteration();
  return close_coro(self());
}

void AsyncGenObject::first_iteration() {
  if (hooks_inited_) return;
  hooks_inited_ = true;
  if (EventLoop* loop = Runtime::current().running_loop()) loop->asyncgen_first_iteration(self());
}

bool has_special_method(const Value& v, int symbol) {
  if (Instance* inst = instance_part(v)) return inst->cls->lookup(symbol) != nullptr;
  return type_of(v).find(symbol) != nullptr;  // a native type's: 3.13's as_completed() iterator
}

Value async_iterator(Interpreter& in, const Value& iterable) {
  static const int aiter = intern("__aiter__");
  if (iterable.as<AsyncGenObject>()) return iterable;
  if (has_special_method(iterable, aiter)) {
    CallArgs none;
    return in.call_method(iterable, aiter, none);
  }
  raise(exc::TypeError, "'async for' requires an object with __aiter__ method, got " + loopspec::type_name(iterable));
}

Value next_awaitable(Interpreter& in, const Value& iterator) {
  static const int anext = intern("__anext__");
  if (auto g = iterator.as<AsyncGenObject>()) return Value(g->asend(None).object());
  if (has_special_method(iterator, anext)) {
    CallArgs none;
    return in.call_method(iterator, anext, none);
  }
  raise(exc::TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                            loopspec::type_name(iterator));
}

}  // namespace loopspec::harness
