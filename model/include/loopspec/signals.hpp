// The process's signals as one run sees them: CPython's `signal` module (the
// Python-level handlers and set_wakeup_fd) over the kernel's dispositions.
//
// The model simulates them rather than raising real signals, so a run stays
// on its own thread and several runs share a process (docs/outside-world.md#signals-built).
// What the simulation keeps is what a scenario can observe on CPython:
//  - a signal raised by the scenario reaches CPython's C handler before the
//    raising call returns; the handler writes the signal number to the
//    wake-up descriptor (the loop's self-pipe) and the Python-level handler
//    runs before the next line of the scenario;
//  - the wake-up descriptor is one for the whole process: the last loop to
//    add a signal handler holds it, and any loop that removes its last
//    handler clears it;
//  - a signal whose disposition is the default (SIG_DFL) ends the process;
//    SIGINT's default is Python's default_int_handler, which raises
//    KeyboardInterrupt.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace loopspec {

class EventLoop;

/// The Linux numbers of the signals a scenario names.
namespace signal_number {
constexpr int kSIGHUP = 1;
constexpr int kSIGINT = 2;
constexpr int kSIGKILL = 9;
constexpr int kSIGUSR1 = 10;
constexpr int kSIGUSR2 = 12;
constexpr int kSIGTERM = 15;
constexpr int kSIGSTOP = 19;
}  // namespace signal_number

class ProcessSignals {
 public:
  /// A Python-level handler, signal.signal(sig, handler); it may raise.
  using Handler = std::function<void(int sig)>;
  /// Names one installed handler, so its installer can tell whether it is
  /// still the one in place (Runner's `getsignal(SIGINT) is handler`).
  using HandlerId = std::uint64_t;

  /// signal.valid_signals() on Linux: 1 to 64 but glibc's 32 and 33.
  static bool valid(int sig);
  /// Whether signal.signal may install a handler (not SIGKILL, not SIGSTOP);
  /// CPython's OSError(EINVAL) otherwise.
  static bool catchable(int sig);

  /// signal.signal(sig, handler) for a catchable `sig`.
  HandlerId set_handler(int sig, Handler handler);
  /// signal.signal(sig, SIG_DFL), or default_int_handler for SIGINT.
  void restore_default(int sig);
  /// Whether the Python-level handler of `sig` is the default one.
  bool has_default_handler(int sig) const { return handlers_.find(sig) == handlers_.end(); }
  bool handler_is(int sig, HandlerId id) const;

  /// signal.set_wakeup_fd(loop's self-pipe), or (-1) with null.
  void set_wakeup(const std::shared_ptr<EventLoop>& loop) { wakeup_ = loop; }
  void clear_wakeup() { wakeup_.reset(); }

  /// Whether raising `sig` now would end the process (its default action).
  bool ends_process(int sig) const { return has_default_handler(sig) && sig != signal_number::kSIGINT; }
  /// signal.raise_signal(sig), or os.kill(os.getpid(), sig): the wake-up
  /// byte, then the Python-level handler (SIGINT with the default handler
  /// raises KeyboardInterrupt). CPython runs Python-level handlers on the
  /// main thread only: raised from a job, the handler waits for the loop's
  /// thread to have the turn again (run_pending_handlers). Requires
  /// `!ends_process(sig)`: the caller decides what a run does instead.
  void raise_signal(int sig);
  /// The Python-level handlers of the signals jobs raised, in raising
  /// order, on the loop's thread (VirtualThreads, after each turn).
  void run_pending_handlers();

 private:
  void run_handler(int sig);
  struct Installed {
    HandlerId id;
    Handler handler;
  };
  std::map<int, Installed> handlers_;
  HandlerId next_id_ = 0;
  std::weak_ptr<EventLoop> wakeup_;
  std::vector<int> pending_;  // raised on other threads, handlers not run yet
};

}  // namespace loopspec
