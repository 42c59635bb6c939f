// MutantTransport: SocketTransport with one step changed (mutant_transport.hpp).
#include "mutant_transport.hpp"

#include "loopspec/event_loop.hpp"

namespace loopspec::properties::mutants {
namespace {

class MutantTransport final : public SocketTransport {
 public:
  MutantTransport(EventLoop& loop, SocketPtr sock, ProtocolPtr protocol, ServerPtr server, TransportFlaw flaw)
      : SocketTransport(loop, std::move(sock), std::move(protocol), std::move(server)), flaw_(flaw) {}

  void pause_reading() override {
    if (flaw_ != TransportFlaw::IgnorePauseReading) return SocketTransport::pause_reading();
    if (is_reading()) paused_ = true;
  }

  // With bytes buffered, close() does what abort() does: drops them and
  // schedules connection_lost at once.
  void close() override {
    if (flaw_ != TransportFlaw::LostBeforeFlush || closing_ || !has_buffered()) return SocketTransport::close();
    abort();
  }

 protected:
  void start(const FuturePtr& waiter) override {
    if (flaw_ != TransportFlaw::SyncConnectionMade) return SocketTransport::start(waiter);
    protocol_->connection_made(self());
    loop_->call_soon([t = self()] { static_cast<MutantTransport&>(*t).watch_reading(); });
    if (waiter) loop_->call_soon([waiter] { set_result_unless_cancelled(waiter, None); });
  }

  void deliver(std::string data) override {
    if (flaw_ != TransportFlaw::LateDataReceived) return SocketTransport::deliver(std::move(data));
    loop_->call_soon([t = self(), data = std::move(data)]() mutable {
      if (t->protocol()) static_cast<MutantTransport&>(*t).SocketTransport::deliver(std::move(data));
    });
  }

 private:
  const TransportFlaw flaw_;
};

}  // namespace

SocketTransportPtr make_mutant_transport(EventLoop& loop, SocketPtr sock, ProtocolPtr protocol,
                                         const FuturePtr& waiter, ServerPtr server, TransportFlaw flaw) {
  return SocketTransport::launch(
      std::make_shared<MutantTransport>(loop, std::move(sock), std::move(protocol), std::move(server), flaw), waiter);
}

}  // namespace loopspec::properties::mutants
