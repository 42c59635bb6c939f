// How a transport hands an error to its loop's exception handler, the
// context every transport of asyncio builds the same way.
#pragma once

#include "loopspec/base_protocol.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {
class EventLoop;
}

namespace loopspec::detail {

/// loop.call_exception_handler({'message', 'exception', 'transport',
/// 'protocol'}); `protocol` null (lost) is logged as None.
void report_transport_error(EventLoop& loop, const Value& transport, const BaseProtocol* protocol, const PyError& e,
                            const char* message);

}  // namespace loopspec::detail
