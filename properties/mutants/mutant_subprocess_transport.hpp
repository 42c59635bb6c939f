// A subprocess transport that breaks one rule of base_subprocess, made by
// the mutant loop (mutant_loop.hpp) for its subprocess flaw.
#pragma once

#include "loopspec/child_spec.hpp"
#include "loopspec/subprocess_transport.hpp"

namespace loopspec::properties::mutants {

/// A SubprocessTransport that finishes as soon as the child's exit is
/// known: it closes the pipes it still has, losing what they held unread,
/// and calls connection_lost (so wait() returns) without waiting for them.
SubprocessTransportPtr make_lost_before_drained_transport(EventLoop& loop, SubprocessProtocolPtr protocol,
                                                          const ChildSpec& spec);

}  // namespace loopspec::properties::mutants
