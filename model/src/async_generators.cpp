// The async generator machinery (async_generators.hpp).
#include "loopspec/async_generators.hpp"

#include "loopspec/runtime.hpp"

namespace loopspec {

void AsyncGenBody::close() {
  finished_ = true;
  started_ = true;
  if (body_) body_->close();
}

AsyncGenBody::ResumeAwaiter AsyncGenBody::resume(Value sent, ExceptionPtr thrown) {
  sent_ = std::move(sent);
  thrown_ = std::move(thrown);
  return {this};
}

std::coroutine_handle<> AsyncGenBody::attach(std::coroutine_handle<> consumer, detail::CoroDriver* consumer_driver) {
  detail::CoroDriver* real = detail::running_driver(consumer_driver);
  running_ = true;
  driver_.forward = real;
  base_depth_ = real->depth;
  auto& root = body_->h_.promise();
  root.continuation = consumer;
  if (!started_) {
    started_ = true;
    body_->started_ = true;
    root.driver = &driver_;
    resume_at_ = body_->h_;
    depth_ = 1;
  }
  // The body's frames go back on the consumer's stack, as CPython's send()
  // re-enters the generator's frame.
  real->depth += depth_;
  Runtime::current().add_frames(depth_);
  real->innermost = resume_at_;
  return resume_at_;
}

std::coroutine_handle<> AsyncGenBody::suspend_at_yield(std::coroutine_handle<> at, Value v) {
  detail::CoroDriver* real = detail::running_driver(&driver_);
  yielded_ = std::move(v);
  resume_at_ = at;
  depth_ = real->depth - base_depth_;
  real->depth = base_depth_;
  Runtime::current().add_frames(-depth_);
  std::coroutine_handle<> consumer = body_->h_.promise().continuation;
  real->innermost = consumer;
  return consumer;
}

Value AsyncGenBody::take_sent() {
  if (thrown_) throw PyError(std::move(thrown_));
  return std::move(sent_);
}

AsyncGenBody::Outcome AsyncGenBody::detach() {
  running_ = false;
  if (yielded_) {
    Outcome out{Outcome::Kind::Yielded, std::move(*yielded_), nullptr};
    yielded_.reset();
    return out;
  }
  // The body ran to its end; its final suspend handed control back here.
  finished_ = true;
  CoroutineObject::Step step = body_->finish();
  if (step.kind == CoroutineObject::Step::Kind::Raised) return {Outcome::Kind::Raised, None, std::move(step.error)};
  return {Outcome::Kind::Returned, None, nullptr};
}

}  // namespace loopspec
