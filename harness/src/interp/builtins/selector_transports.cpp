// The methods stream and datagram transports share
// (docs/outside-world.md#transports-built): selector_events._SelectorTransport's,
// bound once on the base of both types, and _FlowControlMixin's, which the
// write pipe transport has too.
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/builtins/program_protocol.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "loopspec/selector_transport.hpp"

namespace loopspec::harness {
namespace {

SelectorTransport& transport(const Value& self) { return self_as<SelectorTransport>(self); }

Value transport_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  transport(self).close();
  return None;
}

Value transport_abort(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("abort", 0, 0);
  transport(self).abort();
  return None;
}

Value transport_is_closing(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("is_closing", 0, 0);
  return transport(self).is_closing();
}

Value transport_is_reading(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("is_reading", 0, 0);
  return transport(self).is_reading();
}

Value transport_pause_reading(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("pause_reading", 0, 0);
  transport(self).pause_reading();
  return None;
}

Value transport_resume_reading(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("resume_reading", 0, 0);
  transport(self).resume_reading();
  return None;
}

Value transport_get_protocol(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_protocol", 0, 0);
  return protocol_value(transport(self).protocol());
}

Value transport_get_extra_info(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("get_extra_info", 1, 2);
  // The socket's names and the socket itself carry addresses and
  // descriptor numbers, which no golden may pin: only the default is in.
  throw ScenarioError("transport.get_extra_info is not in the scenario language (its values name addresses and descriptors)");
}

/// `self` as the FlowControl side of its transport (bind_flow_control's
/// types all have one).
FlowControl& flow(const Value& self) { return dynamic_cast<FlowControl&>(*self.as_object()); }

Value transport_get_write_buffer_size(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_write_buffer_size", 0, 0);
  return flow(self).get_write_buffer_size();
}

Value transport_get_write_buffer_limits(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_write_buffer_limits", 0, 0);
  auto [low, high] = flow(self).get_write_buffer_limits();
  return Value(std::make_shared<Tuple>(std::vector<Value>{Value(low), Value(high)}));
}

std::optional<std::int64_t> limit_arg(const Value& v) {
  if (v.is_none()) return std::nullopt;
  return language_int(v, "set_write_buffer_limits");
}

Value transport_set_write_buffer_limits(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set_write_buffer_limits", 0, 2);
  Value high = args.arg(0, "high");
  Value low = args.arg(1, "low");
  args.no_keywords_left("set_write_buffer_limits");
  flow(self).set_write_buffer_limits(limit_arg(high), limit_arg(low));
  return None;
}

}  // namespace

void bind_flow_control(TypeInfo& t) {
  t.define_method("get_write_buffer_size", transport_get_write_buffer_size);
  t.define_method("get_write_buffer_limits", transport_get_write_buffer_limits);
  t.define_method("set_write_buffer_limits", transport_set_write_buffer_limits);
}

void bind_selector_transports() {
  TypeInfo& t = type_info("_SelectorTransport");
  t.define_method("close", transport_close);
  t.define_method("abort", transport_abort);
  t.define_method("is_closing", transport_is_closing);
  t.define_method("is_reading", transport_is_reading);
  t.define_method("pause_reading", transport_pause_reading);
  t.define_method("resume_reading", transport_resume_reading);
  bind_flow_control(t);
  t.define_method("get_protocol", transport_get_protocol);
  t.define_method("get_extra_info", transport_get_extra_info);
}

}  // namespace loopspec::harness
