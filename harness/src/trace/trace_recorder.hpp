// Recorder: collects the events of one run (docs/scenario-language.md#traces).
//
// `log` and `unhandled` events take `t` from the running loop (null when no
// loop runs): its time(), or what a time source makes of the loop (a real
// clock's reading relative to the loop's creation). Once the run has ended (or blocked) the recorder is frozen and
// ignores later events, as the CPython recorder does.
#pragma once

#include <functional>
#include <vector>

#include "loopspec/event_loop.hpp"
#include "loopspec/exceptions.hpp"
#include "common/json.hpp"
#include "loopspec/value.hpp"

namespace loopspec::harness {

class Recorder {
 public:
  /// The `t` of an event made while `loop` runs.
  using TimeSource = std::function<double(const EventLoop& loop)>;
  void set_time_source(TimeSource source) { time_source_ = std::move(source); }

  /// A `log(...)` call; `line` 0 when log ran as a loop callback. Throws
  /// ScenarioError for a value that has no trace encoding.
  void log(const std::vector<Value>& values, int line);
  /// A context that reached a loop's default exception handler: recorded when
  /// it carries an exception and is not a garbage-collection report.
  void unhandled(const DictPtr& context);

  void end_returned(const Value& v);
  void end_raised(const ExceptionPtr& e);
  void end_blocked();

  const std::vector<Json>& events() const { return events_; }
  std::vector<Json> take_events() { return std::move(events_); }

 private:
  Json now() const;
  void add(Json event);

  std::vector<Json> events_;
  bool frozen_ = false;
  TimeSource time_source_;
};

}  // namespace loopspec::harness
