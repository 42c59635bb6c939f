// _SelectorTransport (selector_transport.hpp).
#include "loopspec/selector_transport.hpp"

#include <string>

#include "loopspec/detail/transport_errors.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/servers.hpp"

namespace loopspec {

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
  detail::report_transport_error(*loop_, Value(shared_from_this()), protocol(), e, message);
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

}  // namespace loopspec
