// asyncio.Handle and asyncio.TimerHandle.
#include "loopspec/handle.hpp"

#include "loopspec/event_loop.hpp"
#include "loopspec/exceptions.hpp"

namespace loopspec {
namespace {

/// What a debug-mode context's 'source_traceback' holds: CPython's
/// traceback.StackSummary of the frames that made the handle. The model
/// keeps no frames; a scenario can see the key and the type, not the frames
/// (their files and lines are CPython's own).
class SourceTraceback : public Object {
 public:
  std::string type_name() const override { return "StackSummary"; }
};

}  // namespace

Handle::Handle(EventLoop& loop, Callback cb)
    : loop_(&loop), callback_(std::move(cb)), made_in_debug_(loop.get_debug()) {}

void Handle::release_callback() {
  callback_ = nullptr;
  callback_value = None;
}

void Handle::cancel() {
  if (cancelled_) return;
  cancelled_ = true;
  if (!running_) callback_ = nullptr;
  callback_value = None;
}

void Handle::run() {
  struct Running {
    Handle& h;
    explicit Running(Handle& handle) : h(handle) { h.running_ = true; }
    ~Running() {
      h.running_ = false;
      if (h.cancelled_) h.callback_ = nullptr;
    }
  } running(*this);
  try {
    callback_();
  } catch (const PyError& e) {
    const ExceptionPtr& exc = e.exception();
    if (escapes_loop(exc)) throw;
    // CPython's message names the callback's source; a trace never compares it.
    auto context = std::make_shared<Dict>();
    context->set("message", "Exception in callback");
    context->set("exception", exc);
    context->set("handle", std::static_pointer_cast<Handle>(shared_from_this()));
    if (made_in_debug_) context->set("source_traceback", Value(std::make_shared<SourceTraceback>()));
    loop_->call_exception_handler(context);
  }
}

void TimerHandle::cancel() {
  if (!cancelled_) loop_->timer_handle_cancelled(*this);
  Handle::cancel();
}

bool TimerHandle::equals(const Object& other) const {
  if (this == &other) return true;
  const auto* t = dynamic_cast<const TimerHandle*>(&other);
  if (!t) return false;  // NotImplemented both ways: identity
  return when_ == t->when_ && cancelled_ == t->cancelled_ && loopspec::equals(callback_value, t->callback_value);
}

}  // namespace loopspec
