// LostBeforeDrainedTransport (mutant_subprocess_transport.hpp).
#include "mutant_subprocess_transport.hpp"

namespace loopspec::properties::mutants {
namespace {

class LostBeforeDrainedTransport final : public SubprocessTransport {
 public:
  using SubprocessTransport::SubprocessTransport;

 protected:
  // The rule broken: connection_lost waits for every pipe to be lost.
  void try_finish() override {
    if (!get_returncode() || finished_) return;
    finished_ = true;
    close();
    call([self = self()] { static_cast<LostBeforeDrainedTransport&>(*self).call_connection_lost(); });
  }

 private:
  bool finished_ = false;
};

}  // namespace

SubprocessTransportPtr make_lost_before_drained_transport(EventLoop& loop, SubprocessProtocolPtr protocol,
                                                          const ChildSpec& spec) {
  return std::make_shared<LostBeforeDrainedTransport>(loop, std::move(protocol), spec);
}

}  // namespace loopspec::properties::mutants
