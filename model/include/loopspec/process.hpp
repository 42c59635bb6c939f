// asyncio.subprocess: Process, the protocol that turns a child's pipes into
// streams (SubprocessStreamProtocol), and create_subprocess_exec/_shell
// (docs/outside-world.md#children).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "loopspec/child_spec.hpp"
#include "loopspec/coro.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/streams.hpp"
#include "loopspec/subprocess_transport.hpp"

namespace loopspec {

/// asyncio.subprocess.SubprocessStreamProtocol. Invariants:
///  - at connection_made each output pipe gets a StreamReader with the
///    limit and stdin a StreamWriter; the readers hear every byte and their
///    pipe's end (end of file, or the error);
///  - the transport is closed once, when the child has exited and every
///    output pipe is lost; stdin's end completes its close waiter;
///  - it holds stdin's writer, which holds it, only until the transport's
///    connection_lost: CPython leaves that cycle to its collector, which the
///    model does not have (the Process keeps its own reference).
class SubprocessStreamProtocol : public Object, public SubprocessProtocol, public WriterFlowControl {
 public:
  SubprocessStreamProtocol(EventLoop& loop, std::int64_t limit);
  std::string type_name() const override { return "SubprocessStreamProtocol"; }
  /// Names its streams, whose transports name descriptors.
  std::string python_repr() const override;
  Value value() const override;

  void connection_made(const SubprocessTransportPtr& transport) override;
  void pipe_data_received(int fd, std::string data) override;
  void pipe_connection_lost(int fd, const ExceptionPtr& exc) override;
  void process_exited() override;
  void connection_lost(const ExceptionPtr& exc) override;
  void pause_writing() override { writing_paused(); }
  void resume_writing() override { writing_resumed(); }
  /// stdin's writer is the only one this protocol has.
  FuturePtr close_waiter() const override { return stdin_closed_; }

  const StreamWriterPtr& stdin_writer() const { return stdin_; }
  const StreamReaderPtr& stdout_reader() const { return stdout_; }
  const StreamReaderPtr& stderr_reader() const { return stderr_; }

 private:
  /// fd 1's reader, fd 2's, or null.
  StreamReaderPtr reader_of(int fd) const;
  void maybe_close_transport();

  std::int64_t limit_;
  StreamWriterPtr stdin_;
  StreamReaderPtr stdout_, stderr_;
  SubprocessTransportPtr transport_;  // null before connection_made and once closed
  bool process_exited_ = false;
  /// The output pipes (1, 2) not lost yet.
  std::vector<int> pipe_fds_;
  FuturePtr stdin_closed_;
};
using SubprocessStreamProtocolPtr = std::shared_ptr<SubprocessStreamProtocol>;

class Process;
using ProcessPtr = std::shared_ptr<Process>;

/// asyncio.subprocess.Process: a child started by create_subprocess_*,
/// with its streams (null for a stream that is no pipe).
class Process : public Object {
 public:
  Process(SubprocessTransportPtr transport, const SubprocessStreamProtocol& protocol);
  std::string type_name() const override { return "Process"; }
  /// `<Process pid>`: no golden can pin it.
  std::string python_repr() const override;

  const StreamWriterPtr& stdin_writer() const { return stdin_; }
  const StreamReaderPtr& stdout_reader() const { return stdout_; }
  const StreamReaderPtr& stderr_reader() const { return stderr_; }
  pid_t pid() const { return pid_; }
  std::optional<int> returncode() const { return transport_->get_returncode(); }
  /// The exit status, once the transport's connection_lost has run.
  Coro wait();
  /// ProcessLookupError once the transport is done.
  void send_signal(int sig) { transport_->send_signal(sig); }
  /// communicate(input=None): feeds stdin, reads stdout and stderr to end of
  /// file, each a task of one gather; then wait(); returns
  /// `(stdout, stderr)`, None for a stream that is no pipe. A broken pipe
  /// or reset while feeding stdin is ignored. 3.11 feeds (and closes) stdin
  /// only when there is input, later versions whenever stdin is a pipe
  /// (docs/versions.md#communicate-closes-stdin).
  static Coro communicate(ProcessPtr self, std::optional<std::string> input);

 private:
  static Coro feed_stdin(ProcessPtr self, std::optional<std::string> input);
  static Coro read_stream(ProcessPtr self, int fd);

  SubprocessTransportPtr transport_;
  /// The protocol's streams when the Process was made, as CPython's keeps them.
  StreamWriterPtr stdin_;
  StreamReaderPtr stdout_, stderr_;
  pid_t pid_;
};

/// asyncio.create_subprocess_exec(program, *args, stdin=None, stdout=None,
/// stderr=None, limit=_DEFAULT_LIMIT, **kwds): loop.subprocess_exec with a
/// SubprocessStreamProtocol; returns the Process.
Coro create_subprocess_exec(ChildSpec spec, EventLoop::SubprocessOptions options, std::int64_t limit);
/// asyncio.create_subprocess_shell(cmd, ...): the same over
/// loop.subprocess_shell.
Coro create_subprocess_shell(std::optional<std::string> cmd, ChildSpec spec, EventLoop::SubprocessOptions options,
                             std::int64_t limit);

}  // namespace loopspec
