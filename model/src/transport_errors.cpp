// The exception-handler context of a transport's error (transport_errors.hpp).
#include "loopspec/detail/transport_errors.hpp"

#include <memory>
#include <string>

#include "loopspec/event_loop.hpp"

namespace loopspec::detail {

void report_transport_error(EventLoop& loop, const Value& transport, const BaseProtocol* protocol, const PyError& e,
                            const char* message) {
  auto context = std::make_shared<Dict>();
  context->set("message", std::string(message));
  context->set("exception", e.exception());
  context->set("transport", transport);
  context->set("protocol", protocol ? protocol->value() : Value(None));
  loop.call_exception_handler(context);
}

}  // namespace loopspec::detail
