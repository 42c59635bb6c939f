// The Python coroutine protocol on C++20 coroutines (see coro.hpp).
#include "loopspec/coro.hpp"

#include "loopspec/detail/recycler.hpp"
#include "loopspec/future.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {

Coro Coro::promise_type::get_return_object() {
  return Coro(std::allocate_shared<CoroutineObject>(detail::RecyclingAllocator<CoroutineObject>(), Handle::from_promise(*this)));
}

std::coroutine_handle<> Coro::promise_type::FinalAwaiter::await_suspend(Handle h) noexcept {
  // An inline child hands control straight back to the coroutine awaiting it;
  // a root returns to whoever called send()/throw_().
  auto& p = h.promise();
  if (p.continuation) {
    // The child's frame leaves the stack: the recursion limit counts it no more.
    detail::CoroDriver* d = detail::running_driver(p.driver);
    --d->depth;
    Runtime::current().add_frames(-1);
    d->innermost = p.continuation;
    return p.continuation;
  }
  return std::noop_coroutine();
}

void Coro::promise_type::unhandled_exception() {
  try {
    throw;
  } catch (const PyError& e) {
    error = e.exception();
  } catch (...) {
    foreign = std::current_exception();
  }
}

CoroutineObject::~CoroutineObject() {
  if (h_) h_.destroy();
}

CoroutineObject::Step CoroutineObject::Step::yielded(FuturePtr awaited, std::optional<BadYield> bad_yield,
                                                     bool unblocked) {
  Step s(Kind::Yielded);
  s.awaited = std::move(awaited);
  s.bad_yield = std::move(bad_yield);
  s.unblocked = unblocked;
  return s;
}

CoroutineObject::Step CoroutineObject::Step::returned(Value value) {
  Step s(Kind::Returned);
  s.value = std::move(value);
  return s;
}

CoroutineObject::Step CoroutineObject::Step::raised(ExceptionPtr error) {
  Step s(Kind::Raised);
  s.error = std::move(error);
  return s;
}

CoroutineObject::Step CoroutineObject::send() {
  if (done()) {
    return Step::raised(new_exception(exc::RuntimeError, {Value("cannot reuse already awaited coroutine")}));
  }
  if (!started_) {
    started_ = true;
    h_.promise().driver = &driver_;
    driver_.innermost = h_;
    driver_.depth = 1;
  }
  driver_.to_throw = nullptr;
  return resume();
}

CoroutineObject::Step CoroutineObject::throw_(ExceptionPtr e) {
  if (!started_ || done()) {
    // Python raises the exception at once; a coroutine that never ran is
    // closed without running its body.
    started_ = true;
    close();
    return Step::raised(std::move(e));
  }
  driver_.to_throw = std::move(e);
  return resume();
}

CoroutineObject::Step CoroutineObject::resume() {
  // Resuming the innermost coroutine puts the whole chain's frames back on
  // the stack, as CPython's send() re-enters each awaiting frame.
  struct ChainOnStack {
    Runtime& rt;
    const detail::CoroDriver& d;
    bool& running;
    ChainOnStack(Runtime& rt, const detail::CoroDriver& d, bool& running) : rt(rt), d(d), running(running) {
      rt.add_frames(d.depth);
      running = true;
    }
    ~ChainOnStack() {
      rt.add_frames(-d.depth);
      running = false;
    }
  } on_stack(Runtime::current(), driver_, running_);
  driver_.awaited = nullptr;
  driver_.bad_yield.reset();
  driver_.unblocked = false;
  driver_.innermost.resume();
  if (!h_.done()) {
    return Step::yielded(std::move(driver_.awaited), std::move(driver_.bad_yield), driver_.unblocked);
  }
  return finish();
}

CoroutineObject::Step CoroutineObject::finish() {
  auto& p = h_.promise();
  std::exception_ptr foreign = p.foreign;
  Step out = p.error ? Step::raised(p.error) : Step::returned(std::move(p.result));
  close();
  if (foreign) std::rethrow_exception(foreign);
  return out;
}

void CoroutineObject::close() {
  finished_ = true;
  if (h_) {
    h_.destroy();
    h_ = nullptr;
  }
}

std::coroutine_handle<> Coro::Awaiter::start_inline(std::coroutine_handle<> parent, detail::CoroDriver* driver) {
  if (child == nullptr) raise(exc::TypeError, "object NoneType can't be used in 'await' expression");
  // A closed coroutine counts as used, whether or not it ever ran.
  if (child->started_ || child->done()) raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
  Runtime::current().enter_frame();  // RecursionError at the await, before the child runs
  detail::CoroDriver* running = detail::running_driver(driver);
  ++running->depth;
  child->started_ = true;
  auto& p = child->h_.promise();
  p.driver = driver;  // not `running`: an async generator's frames keep its own driver
  p.continuation = parent;
  running->innermost = child->h_;
  return child->h_;
}

Value Coro::Awaiter::await_resume() {
  CoroutineObject::Step out = child->finish();
  if (out.kind == CoroutineObject::Step::Kind::Raised) throw PyError(std::move(out.error));
  return std::move(out.value);
}

namespace detail {
void suspend_on(std::coroutine_handle<> h, CoroDriver* d, FuturePtr awaited) {
  d = running_driver(d);
  d->innermost = h;
  d->awaited = std::move(awaited);
}

void suspend_on_value(std::coroutine_handle<> h, CoroDriver* d, BadYield what) {
  suspend_on(h, d, nullptr);
  running_driver(d)->bad_yield = std::move(what);
}

void suspend_on_unblocked(std::coroutine_handle<> h, CoroDriver* d, FuturePtr fut) {
  suspend_on(h, d, std::move(fut));
  running_driver(d)->unblocked = true;
}

void raise_if_thrown(CoroDriver* d) {
  if (!d) return;
  d = running_driver(d);
  if (d->to_throw) throw PyError(std::move(d->to_throw));
}
}  // namespace detail

bool FutureAwaiter::await_ready() const { return fut->done(); }

FuturePtr FutureAwaiter::as_ptr() const { return std::static_pointer_cast<Future>(fut->shared_from_this()); }

Value FutureAwaiter::await_resume() {
  detail::raise_if_thrown(driver);
  if (!fut->done()) raise(exc::RuntimeError, "await wasn't used with future");
  return fut->result();
}

}  // namespace loopspec
