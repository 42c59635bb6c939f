// Transports that each break one rule of _SelectorSocketTransport, made by
// the mutant loop (mutant_loop.hpp) for its transport flaws.
#pragma once

#include "loopspec/servers.hpp"
#include "loopspec/transports.hpp"

namespace loopspec::properties::mutants {

enum class TransportFlaw {
  SyncConnectionMade,    // connection_made is called inside connect_accepted_socket, not via call_soon
  LateDataReceived,      // data_received comes one iteration after the read
  IgnorePauseReading,    // pause_reading() keeps the socket watched: data still arrives
  LostBeforeFlush,       // close() drops the write buffer and schedules connection_lost at once
};

/// A launched SocketTransport with `flaw`.
SocketTransportPtr make_mutant_transport(EventLoop& loop, SocketPtr sock, ProtocolPtr protocol,
                                         const FuturePtr& waiter, ServerPtr server, TransportFlaw flaw);

}  // namespace loopspec::properties::mutants
