// A protocol object of the program as the model's transports call it: any
// object with the callbacks, as asyncio duck-types protocols; each callback
// is a method call (docs/outside-world.md#transports-built).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "interp/bindings.hpp"
#include "interp/interpreter.hpp"
#include "loopspec/base_protocol.hpp"

namespace loopspec::harness {

/// BaseProtocol's callbacks for every protocol interface in `Interfaces`
/// (one object may serve several kinds of transport); the derived class
/// adds the interfaces' own callbacks through call().
template <class... Interfaces>
class ProgramProtocolObject : public Interfaces... {
 public:
  ProgramProtocolObject(Interpreter& in, Value object) : in_(&in), object_(std::move(object)) {}
  Value value() const override { return object_; }
  void connection_lost(const ExceptionPtr& exc) override {
    call("connection_lost", {exc ? Value(exc) : Value(None)});
  }
  void pause_writing() override { call("pause_writing", {}); }
  void resume_writing() override { call("resume_writing", {}); }

 protected:
  /// The method's result.
  Value call(std::string_view method, std::vector<Value> args) {
    CallArgs call_args;
    call_args.pos = std::move(args);
    return in_->call_method(object_, intern(method), call_args);
  }

 private:
  Interpreter* in_;
  Value object_;
};

/// What get_protocol() returns for a transport's protocol: the program's
/// object, or None once the connection is lost (null).
inline Value protocol_value(const BaseProtocol* protocol) { return protocol ? protocol->value() : Value(None); }

}  // namespace loopspec::harness
