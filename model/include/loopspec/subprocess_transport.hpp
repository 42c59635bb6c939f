// asyncio's subprocess transport and the protocol it drives
// (base_subprocess.BaseSubprocessTransport with unix_events'
// _UnixSubprocessTransport, the same in 3.11 to 3.13;
// docs/outside-world.md#children).
#pragma once

#include <sys/types.h>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "loopspec/abandonable.hpp"
#include "loopspec/base_protocol.hpp"
#include "loopspec/child_spec.hpp"
#include "loopspec/coro.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/future.hpp"
#include "loopspec/pipe_transports.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
class SubprocessTransport;
using SubprocessTransportPtr = std::shared_ptr<SubprocessTransport>;

/// asyncio.SubprocessProtocol, as the transport calls it.
class SubprocessProtocol : public BaseProtocol {
 public:
  virtual void connection_made(const SubprocessTransportPtr& transport) = 0;
  virtual void pipe_data_received(int fd, std::string data) = 0;
  virtual void pipe_connection_lost(int fd, const ExceptionPtr& exc) = 0;
  virtual void process_exited() = 0;
};
using SubprocessProtocolPtr = std::shared_ptr<SubprocessProtocol>;
using SubprocessProtocolFactory = std::function<SubprocessProtocolPtr()>;

/// _UnixSubprocessTransport. Invariants:
///  - the protocol hears connection_made first; what its pipes and the
///    child's exit report before that waits, in order, and follows it;
///  - connection_lost comes once, last: after the exit was reported and
///    every pipe was lost; then wait() returns the status, and the transport
///    lets go of its loop, child and protocol (signals then raise
///    ProcessLookupError);
///  - once closing, it stays closing.
/// Abandoned, it lets go of its protocol, its pipes' protocols (which point
/// back at it) and the calls it queued; the run's end reaps the child.
class SubprocessTransport : public Object, public Abandonable {
 public:
  /// Starts the child (OSError, FileNotFoundError for a program not
  /// found); launch() connects its pipes.
  SubprocessTransport(EventLoop& loop, SubprocessProtocolPtr protocol, const ChildSpec& spec);
  /// The constructor's task (_connect_pipes): connect_write_pipe for stdin,
  /// connect_read_pipe for stdout, then stderr; then connection_made and
  /// the calls that waited, each a callback; then the waiter's result, or
  /// the error of a connection.
  static SubprocessTransportPtr launch(SubprocessTransportPtr transport, const FuturePtr& waiter);
  std::string type_name() const override { return "_UnixSubprocessTransport"; }
  /// CPython's names the pid, which no golden can pin.
  std::string python_repr() const override;

  pid_t get_pid() const { return pid_; }
  std::optional<int> get_returncode() const { return returncode_; }
  /// The transport of pipe `fd` (0, 1 or 2); null when that stream is no
  /// pipe. AttributeError while the pipes are being connected (CPython
  /// finds None where the pipe's protocol will be).
  std::shared_ptr<PipeTransport> get_pipe_transport(int fd) const;
  bool is_closing() const { return closed_; }
  void abandon() override;
  /// Closes every connected pipe and kills the child unless its exit has
  /// been seen; once closing, does nothing.
  void close();
  /// ProcessLookupError once connection_lost has run; a child whose exit
  /// has been seen is not signalled.
  void send_signal(int sig);
  /// The loop still reads one of the child's output pipes: the child
  /// watcher reports no exit while it does (docs/outside-world.md#children).
  bool reading_output() const;
  /// The child watcher's report (through call_soon_threadsafe, and in 3.11
  /// call_soon too, as the loop's _child_watcher_callback): process_exited,
  /// then the finish if every pipe is lost.
  void process_exited(int returncode);
  /// _wait: the status once connection_lost has run, at once if known.
  Coro wait();
  SubprocessProtocol* protocol() const { return protocol_.get(); }
  void set_protocol(SubprocessProtocolPtr protocol) { protocol_ = std::move(protocol); }

 protected:
  /// _try_finish: once the exit is known and every pipe is lost, the call
  /// of connection_lost.
  virtual void try_finish();
  /// _call: now (a callback) once connected, else after connection_made.
  void call(std::function<void()> cb);
  void call_connection_lost();
  SubprocessTransportPtr self() { return std::static_pointer_cast<SubprocessTransport>(shared_from_this()); }

 private:
  class PipeProto;
  static Coro connect_pipes(SubprocessTransportPtr self, FuturePtr waiter);
  /// connect_write_pipe (fd 0) or connect_read_pipe over the parent's end of `fd`.
  Coro connect_pipe(int fd);
  /// The protocol's calls, each the protocol's of when it was queued (as
  /// CPython queues a bound method). AttributeError once connection_lost
  /// has let the protocol go, as CPython finds None.
  void pipe_data_received(int fd, std::string data);
  void pipe_connection_lost(int fd, const ExceptionPtr& exc);
  /// The protocol, or the AttributeError of CPython's `None.<method>`.
  const SubprocessProtocolPtr& protocol_for(const char* method) const;

  EventLoop* loop_;
  SubprocessProtocolPtr protocol_;
  pid_t pid_ = -1;
  bool running_ = true;  // CPython's `_proc is not None`
  std::optional<int> returncode_;
  bool closed_ = false;
  /// fd -> its pipe's protocol, null until connected; only the streams that are pipes.
  std::map<int, std::shared_ptr<PipeProto>> pipes_;
  /// The parent's ends until connected: stdin, stdout, stderr (-1 for none).
  int ends_[3] = {-1, -1, -1};
  std::optional<std::deque<std::function<void()>>> pending_calls_{std::in_place};
  std::vector<FuturePtr> exit_waiters_;
};

}  // namespace loopspec
