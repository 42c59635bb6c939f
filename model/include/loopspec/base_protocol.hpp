// protocols.BaseProtocol: the callbacks every transport makes, whatever it
// carries (docs/outside-world.md#transports-built).
#pragma once

#include "loopspec/exceptions.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

/// asyncio.BaseProtocol, as its transport calls it. Each callback may raise
/// (PyError); the transport decides what an error means. connection_made,
/// which names the transport's own type, is in the derived protocols.
class BaseProtocol {
 public:
  virtual ~BaseProtocol() = default;
  /// The protocol as the program sees it (what get_protocol() returns).
  virtual Value value() const = 0;
  /// `exc` is null for a clean close.
  virtual void connection_lost(const ExceptionPtr& exc) = 0;
  virtual void pause_writing() = 0;
  virtual void resume_writing() = 0;
};

}  // namespace loopspec
