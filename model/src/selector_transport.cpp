// _SelectorTransport and _FlowControlMixin (selector_transport.hpp).
#include "loopspec/selector_transport.hpp"

#include <string>
#include <tuple>

#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/servers.hpp"

namespace loopspec {
namespace {

/// Python's `n // 4`, which rounds towards minus infinity.
std::int64_t floor_quarter(std::int64_t n) { return n >= 0 ? n / 4 : -((-n + 3) / 4); }

/// _FlowControlMixin._set_write_buffer_limits: `(high, low)`, high
/// defaulting to 4 * low, else 64 KiB, and low to high // 4; ValueError
/// unless high >= low >= 0.
std::pair<std::int64_t, std::int64_t> write_buffer_limits(std::optional<std::int64_t> high,
                                                          std::optional<std::int64_t> low) {
  if (!high) high = low ? 4 * *low : 64 * 1024;
  if (!low) low = floor_quarter(*high);
  if (!(*high >= *low && *low >= 0)) {
    raise(exc::ValueError,
          "high (" + std::to_string(*high) + ") must be >= low (" + std::to_string(*low) + ") must be >= 0");
  }
  return {*high, *low};
}

}  // namespace

SelectorTransport::SelectorTransport(EventLoop& loop, SocketPtr sock, std::shared_ptr<Server> server)
    : loop_(&loop), sock_(std::move(sock)), fd_(sock_->fileno()), server_(std::move(server)) {
  if (server_) server_->attach();
}

void SelectorTransport::attach_and_start(const FuturePtr& waiter) {
  loop_->attach_transport(self());
  start(waiter);
}

void SelectorTransport::start(const FuturePtr& waiter) {
  // Reading starts only after connection_made, and the waiter wakes last.
  connection_made_soon();
  loop_->call_soon([t = self()] { t->watch_reading(); });
  if (waiter) loop_->call_soon([waiter] { set_result_unless_cancelled(waiter, None); });
}

std::string SelectorTransport::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a transport (`<" + type_name() + " fd=...>`, a descriptor number)");
  }
  return "<" + type_name() + ">";
}

void SelectorTransport::watch_reading() {
  if (!is_reading()) return;
  loop_->add_reader(fd_, [t = self()] { t->read_ready(); });
}

void SelectorTransport::pause_reading() {
  if (!is_reading()) return;
  paused_ = true;
  loop_->remove_reader(fd_);
}

void SelectorTransport::resume_reading() {
  if (closing_ || !paused_) return;
  paused_ = false;
  watch_reading();
}

void SelectorTransport::close() {
  if (closing_) return;
  closing_ = true;
  loop_->remove_reader(fd_);
  if (has_buffered()) return;
  ++conn_lost_;
  loop_->remove_writer(fd_);
  loop_->call_soon([t = self()] { t->call_connection_lost(nullptr); });
}

void SelectorTransport::fatal_error(const PyError& e, const char* message) {
  const ExceptionPtr& exc = e.exception();
  if (escapes_loop(exc)) throw;
  // A socket's own errors (OSError) are only logged in debug mode.
  if (!exc->is_instance_of(exc::OSError)) report(e, message);
  force_close(exc);
}

void SelectorTransport::report(const PyError& e, const char* message) {
  auto context = std::make_shared<Dict>();
  context->set("message", std::string(message));
  context->set("exception", e.exception());
  context->set("transport", Value(shared_from_this()));
  context->set("protocol", protocol() ? protocol()->value() : Value(None));
  loop_->call_exception_handler(context);
}

void SelectorTransport::force_close(const ExceptionPtr& exc) {
  if (conn_lost_) return;
  if (has_buffered()) {
    clear_buffer();
    loop_->remove_writer(fd_);
  }
  if (!closing_) {
    closing_ = true;
    loop_->remove_reader(fd_);
  }
  ++conn_lost_;
  if (released_) raise(exc::AttributeError, "'NoneType' object has no attribute 'call_soon'");
  loop_->call_soon([t = self(), exc] { t->call_connection_lost(exc); });
}

void SelectorTransport::call_connection_lost(const ExceptionPtr& exc) {
  auto release = [this] {
    released_ = true;
    sock_->close();
    drop_protocol();
    if (std::shared_ptr<Server> server = std::exchange(server_, nullptr)) server->detach();
  };
  try {
    protocol()->connection_lost(exc);
  } catch (...) {
    release();
    throw;
  }
  release();
}

void SelectorTransport::maybe_pause_protocol() {
  // Without a protocol (the connection is lost) CPython reports an
  // AttributeError to the exception handler; the model stays silent.
  if (get_write_buffer_size() <= high_water_ || protocol_paused_ || !protocol()) return;
  protocol_paused_ = true;
  try {
    protocol()->pause_writing();
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    report(e, "protocol.pause_writing() failed");
  }
}

void SelectorTransport::maybe_resume_protocol() {
  if (!protocol_paused_ || get_write_buffer_size() > low_water_) return;
  protocol_paused_ = false;
  try {
    protocol()->resume_writing();
  } catch (const PyError& e) {
    if (escapes_loop(e.exception())) throw;
    report(e, "protocol.resume_writing() failed");
  }
}

void SelectorTransport::set_write_buffer_limits(std::optional<std::int64_t> high, std::optional<std::int64_t> low) {
  std::tie(high_water_, low_water_) = write_buffer_limits(high, low);
  maybe_pause_protocol();
}

}  // namespace loopspec
