// asyncio's protocol classes, which a scenario's classes derive from
// (docs/scenario-language.md#classes), and `__await__` of futures and
// coroutines, which a class's own `__await__` returns.
#include <deque>

#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/classes.hpp"
#include "loopspec/coro.hpp"
#include "loopspec/future.hpp"

namespace loopspec::harness {
namespace {

struct ProtocolMethod {
  const char* name;
  std::vector<std::string> params;
};

/// The bodies of the protocol methods: in CPython each is a plain function
/// that does nothing, so they are functions of the IR with an empty body
/// (their argument errors are then exactly CPython's).
ir::Function& empty_method(const std::string& cls, const ProtocolMethod& m) {
  static std::deque<ir::Function> bodies;  // filled once, under ensure_bindings' once_flag
  ir::Function& f = bodies.emplace_back();
  f.name = m.name;
  f.qualname = cls + "." + m.name;
  f.params = m.params;
  f.locals = m.params;
  return f;
}

ClassPtr protocol_class(const std::string& name, const ClassPtr& base, const std::vector<ProtocolMethod>& methods) {
  std::vector<ClassPtr> bases;
  if (base) bases.push_back(base);
  auto cls = std::make_shared<ClassObject>(name, std::move(bases), std::vector<const ExceptionType*>{});
  cls->builtin = true;
  for (const auto& m : methods) {
    Value f = std::make_shared<FunctionObject>(empty_method(name, m), std::vector<Value>{}, std::vector<CellPtr>{});
    cls->dict.set(intern(m.name), std::move(f));
  }
  define_asyncio(name, cls);
  return cls;
}

void bind_protocols() {
  ClassPtr base = protocol_class("BaseProtocol", nullptr,
                                 {{"connection_made", {"self", "transport"}},
                                  {"connection_lost", {"self", "exc"}},
                                  {"pause_writing", {"self"}},
                                  {"resume_writing", {"self"}}});
  protocol_class("Protocol", base, {{"data_received", {"self", "data"}}, {"eof_received", {"self"}}});
  protocol_class("BufferedProtocol", base,
                 {{"get_buffer", {"self", "sizehint"}}, {"buffer_updated", {"self", "nbytes"}}, {"eof_received", {"self"}}});
  protocol_class("DatagramProtocol", base,
                 {{"datagram_received", {"self", "data", "addr"}}, {"error_received", {"self", "exc"}}});
  protocol_class("SubprocessProtocol", base,
                 {{"pipe_data_received", {"self", "fd", "data"}},
                  {"pipe_connection_lost", {"self", "fd", "exc"}},
                  {"process_exited", {"self"}}});
}

/// `fut.__await__()` / `coro.__await__()`: what awaiting the result awaits.
Value await_iterator(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__await__", 0, 0);
  args.no_keywords_left("__await__");
  return std::make_shared<AwaitIterator>(self);
}

/// `coro.close()`. Closing a coroutine that never ran only marks it used;
/// one suspended mid-body would run its `finally` blocks under GeneratorExit,
/// which the scenario language leaves out.
Value coroutine_close(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("close", 0, 0);
  args.no_keywords_left("close");
  auto& coro = self_as<CoroutineObject>(self);
  if (coro.started() && !coro.done())
    throw ScenarioError("close() of a coroutine that has started running is not in the scenario language "
                        "(docs/scenario-language.md#asyncio-surface); close it before it runs");
  coro.close();
  return None;
}

}  // namespace

void bind_classes() {
  bind_protocols();
  type_info("Future").define_method("__await__", await_iterator);
  TypeInfo& coroutine = type_info("coroutine");
  coroutine.define_method("__await__", await_iterator);
  coroutine.define_method("close", coroutine_close);
  bind_model_class<CoroutineObject>(coroutine);
}

}  // namespace loopspec::harness
