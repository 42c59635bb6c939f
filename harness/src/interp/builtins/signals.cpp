// The `signal` and `os` names a scenario may use to raise signals at its own
// process (docs/scenario-language.md#signals): the signal numbers, and
// signal.raise_signal and os.kill(os.getpid(), sig) over the model's
// simulated process signals (loopspec/signals.hpp).
#include <unistd.h>

#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {
namespace {

/// A signal number the way CPython's signal functions take one (an index).
int signal_number_arg(const Value& v, std::string_view fname) {
  std::int64_t sig = index_arg(v);
  if (!ProcessSignals::valid(static_cast<int>(sig)) || sig != static_cast<int>(sig)) {
    throw ScenarioError(std::string(fname) + "(" + std::to_string(sig) +
                        "): not a signal number of this system; raise one of signal.SIGHUP, SIGINT, SIGTERM, "
                        "SIGUSR1 or SIGUSR2");
  }
  return static_cast<int>(sig);
}

void raise_at_own_process(int sig, std::string_view call) {
  ProcessSignals& signals = Runtime::current().signals();
  if (signals.ends_process(sig)) {
    throw ScenarioError(std::string(call) + " with no handler for signal " + std::to_string(sig) +
                        ": its default action ends the process, which no golden can pin; install a handler first "
                        "(loop.add_signal_handler)");
  }
  signals.raise_signal(sig);
}

Value signal_raise_signal(Interpreter&, const Value&, CallArgs& args) {
  args.expect_one_argument("raise_signal");
  raise_at_own_process(signal_number_arg(args.pos[0], "signal.raise_signal"), "signal.raise_signal");
  return None;
}

Value os_getpid(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("getpid", 0, 0);
  return static_cast<std::int64_t>(::getpid());
}

Value os_kill(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("kill", 2, 2);
  args.no_keywords_left("kill");
  if (index_arg(args.pos[0]) != ::getpid()) {
    throw ScenarioError("os.kill to another process is outside the scenario language; use os.kill(os.getpid(), sig)");
  }
  raise_at_own_process(signal_number_arg(args.pos[1], "os.kill"), "os.kill");
  return None;
}

}  // namespace

void bind_signals() {
  using namespace signal_number;
  define_builtin("signal", Value(std::make_shared<ModuleObject>("signal")));
  // Plain ints: CPython's are members of the IntEnum signal.Signals, equal to
  // these numbers and formatted as them; only their repr differs.
  for (auto [name, number] : {std::pair{"SIGHUP", kSIGHUP}, {"SIGINT", kSIGINT}, {"SIGKILL", kSIGKILL},
                              {"SIGUSR1", kSIGUSR1}, {"SIGUSR2", kSIGUSR2}, {"SIGTERM", kSIGTERM}}) {
    define_module_attr("signal", name, static_cast<std::int64_t>(number));
  }
  define_module_attr("signal", "raise_signal", native_function("raise_signal", signal_raise_signal));
  define_builtin("os", Value(std::make_shared<ModuleObject>("os")));
  define_module_attr("os", "getpid", native_function("getpid", os_getpid));
  define_module_attr("os", "kill", native_function("kill", os_kill));
}

}  // namespace loopspec::harness
