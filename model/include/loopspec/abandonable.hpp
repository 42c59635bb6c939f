// Abandonable: a transport, as a loop torn down while it is still open sees
// it (EventLoop::abandon_unfinished).
#pragma once

namespace loopspec {

/// A transport nobody closed sits in a reference cycle with its protocol
/// (which holds it back, often through a stream or a pipe's protocol), a
/// cycle CPython leaves to its garbage collector. abandon() breaks it: the
/// transport lets go of its protocol and of whatever else points back at it.
/// The loop calls it only at teardown, when nothing runs that could tell.
class Abandonable {
 public:
  virtual void abandon() = 0;

 protected:
  ~Abandonable() = default;
};

}  // namespace loopspec
