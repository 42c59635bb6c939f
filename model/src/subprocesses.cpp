// The loop's subprocess methods: subprocess_exec, subprocess_shell and
// _make_subprocess_transport (base_events and unix_events, the same in 3.11
// to 3.13; docs/outside-world.md#children).
#include <memory>
#include <utility>
#include <vector>

#include "loopspec/event_loop.hpp"

namespace loopspec {
namespace {

/// base_events' checks of the options both methods share, in its order;
/// `shell` is what the method wants shell= to be.
void check_options(const EventLoop::SubprocessOptions& o, bool shell) {
  if (o.universal_newlines) raise(exc::ValueError, "universal_newlines must be False");
  if (o.shell != shell) raise(exc::ValueError, shell ? "shell must be True" : "shell must be False");
  if (o.bufsize != 0) raise(exc::ValueError, "bufsize must be 0");
  if (o.text) raise(exc::ValueError, "text must be False");
  if (o.encoding_given) raise(exc::ValueError, "encoding must be None");
  if (o.errors_given) raise(exc::ValueError, "errors must be None");
}

/// Both methods' last steps: the protocol, the transport once its pipes are
/// connected, and `(transport, protocol)`.
Coro start_child(EventLoop& loop, SubprocessProtocolFactory protocol_factory, ChildSpec spec) {
  SubprocessProtocolPtr protocol = protocol_factory();
  Value transport = co_await loop.make_subprocess_transport(protocol, std::move(spec));
  co_return Value(std::make_shared<Tuple>(std::vector<Value>{std::move(transport), protocol->value()}));
}

}  // namespace

void EventLoop::watch_child(SubprocessTransportPtr) { raise(exc::NotImplementedError); }

SubprocessTransportPtr EventLoop::new_subprocess_transport(SubprocessProtocolPtr protocol, const ChildSpec& spec) {
  return std::make_shared<SubprocessTransport>(*this, std::move(protocol), spec);
}

Coro EventLoop::subprocess_shell(SubprocessProtocolFactory protocol_factory, std::optional<std::string> cmd,
                                 ChildSpec spec, SubprocessOptions options) {
  if (!cmd) raise(exc::ValueError, "cmd must be a string");
  check_options(options, /*shell=*/true);
  spec.argv = {"/bin/sh", "-c", *cmd};
  co_return co_await start_child(*this, std::move(protocol_factory), std::move(spec));
}

Coro EventLoop::subprocess_exec(SubprocessProtocolFactory protocol_factory, ChildSpec spec,
                                SubprocessOptions options) {
  check_options(options, /*shell=*/false);
  co_return co_await start_child(*this, std::move(protocol_factory), std::move(spec));
}

Coro EventLoop::make_subprocess_transport(SubprocessProtocolPtr protocol, ChildSpec spec) {
  FuturePtr waiter = create_future();
  auto transport = SubprocessTransport::launch(new_subprocess_transport(protocol, spec), waiter);
  watch_child(transport);
  ExceptionPtr failed;
  try {
    co_await waiter;
  } catch (const PyError& e) {
    failed = e.exception();
  }
  if (failed) {
    if (!failed->is_instance_of(exc::SystemExit) && !failed->is_instance_of(exc::KeyboardInterrupt)) {
      transport->close();
      co_await transport->wait();
    }
    throw PyError(failed);
  }
  co_return Value(transport);
}

}  // namespace loopspec
