// The known-cause table (known_causes.hpp). A cause gets a line here only
// once the corpus has a scenario showing it and the loop's docs explain it.
#include "known_causes.hpp"

#include <map>

#include "plan.hpp"

namespace loopspec::properties {
namespace {

using harness::Json;

/// InvalidStateError's message, dropped: the pure-Python Future names the
/// state and the future's repr ("FINISHED: <Future finished ...>") where the
/// C Future says "invalid state"; when it is raised is unchanged.
Json mask_invalid_state_message(const Json& v) {
  if (v.is_object() && v.value("exc", "") == "InvalidStateError") return Json{{"exc", "InvalidStateError"}};
  if (!v.is_structured()) return v;
  Json out = v;
  for (auto& item : out) item = mask_invalid_state_message(item);
  return out;
}

// Each label is a section of docs/loops/<loop>.md (python_loop_test.cpp
// checks). Causes of the pure-Python Future and Task, which asyncio-pure runs and
// nest_asyncio installs (nest_asyncio._patch_asyncio). The mask covers
// result-not-ready-message as well: result() of a pending future raises
// InvalidStateError too.
const KnownCause kPureInvalidState{"invalid-state-message", 0, mask_invalid_state_message};
const KnownCause kPureSetException{"set-exception-argument-unchecked", avoid::kNonExceptionSetException, nullptr};

const std::map<std::string, std::vector<KnownCause>>& table() {
  static const std::map<std::string, std::vector<KnownCause>> t = {
      {"asyncio-pure", {kPureInvalidState, kPureSetException}},
      {"nest_asyncio",
       {kPureInvalidState, kPureSetException,
        // Its run_until_complete returns after the iteration in which the
        // future is done, not one iteration later (nest_asyncio._patch_loop).
        {"returns-when-done", avoid::kScenarioEntry, nullptr}}},
      // stop() takes effect behind the callbacks queued before it runs, those
      // of its own batch included (loop_rules/stop_inside_batch); only
      // scenario-entry programs call stop() or run_forever().
      // A delay under half a millisecond becomes call_soon: a Handle with no
      // when(), in the ready queue at once (call_soon/call_later_zero_runs_after_call_soon).
      {"uvloop",
       {{"stop-is-queued", avoid::kScenarioEntry, nullptr},
        {"timer-rounds-to-call-soon", avoid::kSubMillisecondDelays, nullptr},
        // The self-pipe is read in the iteration after the raise, so a
        // signal's handler runs one iteration early (signals/handler_runs_two_iterations_after_raise).
        {"signal-read-in-same-iteration", avoid::kSignals, nullptr},
        // libuv reaps a child and reports its exit at once, before output
        // still in its pipes (subprocess/exit_reported_after_output_ends).
        {"child-exit-reported-when-reaped", avoid::kChildren, nullptr}}},
      // A closed loop still takes call_soon/call_later/call_at (GLibEventLoop.call_soon
      // checks nothing) and runs them (loop_rules/closed_loop_rejects_scheduling);
      // only scenario-entry programs close the loop themselves.
      {"gbulb",
       {{"closed-loop-keeps-working", avoid::kScenarioEntry, nullptr},
        // call_later/call_at return a GLib source wrapper with no when()
        // (call_soon/when_is_scheduling_time_plus_delay).
        {"handle-without-when", avoid::kHandleWhen, nullptr},
        // A GLib timeout counts whole milliseconds, and runs among call_soon
        // callbacks (call_soon/clock_resolution).
        {"timeouts-whole-ms", avoid::kSubMillisecondDelays, nullptr},
        // Signals are GLib sources that a worker thread marks ready: when
        // the handler runs depends on that thread (signals/os_kill_to_own_process).
        {"signals-are-glib-sources", avoid::kSignals, nullptr},
        // GLib's child watch reports an exit when its thread reaps the child.
        {"child-exit-reported-when-reaped", avoid::kChildren, nullptr}}},
  };
  return t;
}

}  // namespace

const std::vector<KnownCause>& known_causes(const std::string& loop) {
  static const std::vector<KnownCause> none;
  auto it = table().find(loop);
  return it == table().end() ? none : it->second;
}

std::uint32_t avoided_for(const std::string& loop) {
  std::uint32_t bits = 0;
  for (const auto& c : known_causes(loop)) bits |= c.avoid;
  return bits;
}

std::vector<Json> masked_for(const std::string& loop, const std::vector<Json>& events) {
  std::vector<Json> out = events;
  for (const auto& c : known_causes(loop)) {
    if (!c.mask) continue;
    for (auto& e : out) e = c.mask(e);
  }
  return out;
}

}  // namespace loopspec::properties
