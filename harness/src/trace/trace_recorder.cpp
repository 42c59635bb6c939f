// Recorder (trace_recorder.hpp).
#include "trace/trace_recorder.hpp"

#include "loopspec/runtime.hpp"
#include "trace/value_encoding.hpp"

namespace loopspec::harness {
namespace {

/// Reports CPython makes when an object is garbage collected: never in a
/// trace (docs/scenario-language.md#traces), whatever the implementation does.
bool is_gc_report(const DictPtr& context) {
  const Value* m = context->find(Value("message"));
  if (!m || !m->is_str()) return false;
  const std::string& s = m->as_str();
  return s.find("exception was never retrieved") != std::string::npos ||
         s.find("was destroyed but it is pending") != std::string::npos;
}

}  // namespace

Json Recorder::now() const {
  EventLoop* loop = Runtime::current().running_loop();
  if (!loop) return nullptr;
  return time_source_ ? time_source_(*loop) : loop->time();
}

void Recorder::add(Json event) {
  if (!frozen_) events_.push_back(std::move(event));
}

void Recorder::log(const std::vector<Value>& values, int line) {
  if (frozen_) return;
  Json encoded = Json::array();
  for (const auto& v : values) encoded.push_back(encode_value(v));
  Json event = Json::object();
  event["t"] = now();
  event["line"] = line > 0 ? Json(line) : Json(nullptr);
  event["log"] = std::move(encoded);
  add(std::move(event));
}

void Recorder::unhandled(const DictPtr& context) {
  if (frozen_ || !context) return;
  const Value* e = context->find(Value("exception"));
  if (!e || e->is_none() || is_gc_report(context)) return;
  Json event = Json::object();
  event["t"] = now();
  event["unhandled"] = encode_value(*e);
  add(std::move(event));
}

void Recorder::end_returned(const Value& v) {
  Json event = Json::object();
  event["end"] = "returned";
  event["value"] = encode_value(v);
  add(std::move(event));
  frozen_ = true;
}

void Recorder::end_raised(const ExceptionPtr& e) {
  Json event = Json::object();
  event["end"] = "raised";
  event["exc"] = encode_value(Value(e));
  add(std::move(event));
  frozen_ = true;
}

void Recorder::end_blocked() {
  add(Json{{"end", "blocked"}});
  frozen_ = true;
}

}  // namespace loopspec::harness
