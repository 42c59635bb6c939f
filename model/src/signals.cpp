// ProcessSignals (signals.hpp).
#include "loopspec/signals.hpp"

#include <utility>

#include "loopspec/event_loop.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/virtual_threads.hpp"

namespace loopspec {

bool ProcessSignals::valid(int sig) { return sig >= 1 && sig <= 64 && sig != 32 && sig != 33; }

bool ProcessSignals::catchable(int sig) { return sig != signal_number::kSIGKILL && sig != signal_number::kSIGSTOP; }

ProcessSignals::HandlerId ProcessSignals::set_handler(int sig, Handler handler) {
  HandlerId id = ++next_id_;
  handlers_[sig] = Installed{id, std::move(handler)};
  return id;
}

void ProcessSignals::restore_default(int sig) { handlers_.erase(sig); }

bool ProcessSignals::handler_is(int sig, HandlerId id) const {
  auto it = handlers_.find(sig);
  return it != handlers_.end() && it->second.id == id;
}

void ProcessSignals::raise_signal(int sig) {
  // The C handler writes the wake-up byte for every signal Python handles,
  // whichever Python-level handler it then runs.
  if (auto loop = wakeup_.lock()) loop->signal_arrived(sig);
  if (VirtualThreads::on_virtual_thread()) {
    pending_.push_back(sig);
    return;
  }
  run_handler(sig);
}

void ProcessSignals::run_pending_handlers() {
  for (int sig : std::exchange(pending_, {})) run_handler(sig);
}

void ProcessSignals::run_handler(int sig) {
  auto it = handlers_.find(sig);
  if (it == handlers_.end()) raise(exc::KeyboardInterrupt);  // default_int_handler: only SIGINT gets here
  Handler handler = it->second.handler;  // a copy: the handler may replace itself
  handler(sig);
}

}  // namespace loopspec
