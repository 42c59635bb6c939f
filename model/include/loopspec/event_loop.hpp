// EventLoop: the interface every implementation meets, with asyncio's names.
//
// The pure virtual members are what an implementation must provide: the ready
// queue, the timers, the clock and the run/stop/close state machine. The rest
// is asyncio's loop-independent logic (BaseEventLoop's exception handling,
// run_until_complete, the reference futures and tasks), written once against
// that interface; an implementation may override it, as uvloop does.
#pragma once

#include <functional>
#include <memory>
#include <stdexcept>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "loopspec/abandonable.hpp"
#include "loopspec/async_generators.hpp"
#include "loopspec/coro.hpp"
#include "loopspec/datagram_transport.hpp"
#include "loopspec/detail/weak_registry.hpp"
#include "loopspec/executor.hpp"
#include "loopspec/future.hpp"
#include "loopspec/handle.hpp"
#include "loopspec/open_orders.hpp"
#include "loopspec/pipe_transports.hpp"
#include "loopspec/subprocess_transport.hpp"
#include "loopspec/socket.hpp"
#include "loopspec/task.hpp"
#include "loopspec/servers.hpp"
#include "loopspec/transports.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

class EventLoop;
using EventLoopPtr = std::shared_ptr<EventLoop>;

/// Thrown out of run_forever by a virtual-clock loop that has nothing ready,
/// no timer and nothing that could ever wake it: the scenario is blocked
/// (docs/scenario-language.md#virtual-clock). Not a Python exception: no scenario code can catch it.
class LoopBlocked : public std::runtime_error {
 public:
  LoopBlocked() : std::runtime_error("the loop can make no progress: nothing is ready and no timer is set") {}
};

/// A loop's exception handler: handler(loop, context).
using ExceptionHandler = std::function<void(EventLoop&, const DictPtr&)>;

/// A loop's task factory (loop.set_task_factory): factory(loop, coro) makes
/// the task create_task returns.
using TaskFactory = std::function<TaskPtr(EventLoop&, Coro)>;

class EventLoop : public Object {
 public:
  std::string type_name() const override { return "EventLoop"; }
  ~EventLoop() override;

  // --- what an implementation provides --------------------------------------
  /// Schedules cb for the next iteration, after everything already ready.
  /// RuntimeError('Event loop is closed') once closed.
  virtual HandlePtr call_soon(Callback cb) = 0;
  /// call_soon, safe from any thread; wakes a loop blocked waiting.
  virtual HandlePtr call_soon_threadsafe(Callback cb) = 0;
  /// Schedules cb for when `time() >= when` (within the clock resolution).
  virtual TimerHandlePtr call_at(double when, Callback cb) = 0;
  /// The loop's clock.
  virtual double time() const = 0;
  /// Runs iterations until stop(). RuntimeError when closed, when already
  /// running, or when another loop runs in this thread.
  virtual void run_forever() = 0;
  /// Makes run_forever return after the current iteration.
  virtual void stop() = 0;
  /// Drops every scheduled callback; RuntimeError while running; twice is a no-op.
  virtual void close() = 0;
  virtual bool is_running() const = 0;
  virtual bool is_closed() const = 0;

  // --- asyncio logic over the above (override to bring your own) ------------
  /// call_at(time() + delay, cb).
  virtual TimerHandlePtr call_later(double delay, Callback cb);
  /// asyncio's call_at with the deadline a Python program passed (an int or
  /// a float): the handle's python_when() gives it back as it was given.
  TimerHandlePtr call_at_number(const Value& when, Callback cb);
  /// A reference Future bound to this loop.
  virtual FuturePtr create_future();
  /// A reference Task; without a name it takes the next Task-N. With a task
  /// factory set, the factory makes the task and `name` is applied after it
  /// (so the factory's task took a number, and an eager one ran unnamed).
  virtual TaskPtr create_task(Coro coro, std::optional<std::string> name = std::nullopt);
  /// `identity` is what get_task_factory() returns (the Python callable); a
  /// null factory restores the default (Task itself).
  void set_task_factory(TaskFactory factory, Value identity);
  Value get_task_factory() const { return task_factory_identity_; }
  /// Runs until the future (or the task wrapping a coroutine) is done and
  /// returns its result; RuntimeError('Event loop stopped before Future
  /// completed.') when stop() came first.
  virtual Value run_until_complete(const Value& future_or_coro);
  /// asyncio's first-iteration hook, installed while the loop runs: remembers
  /// an async generator, without keeping it alive, for shutdown_asyncgens().
  void asyncgen_first_iteration(const AsyncGeneratorPtr& agen);
  /// Closes every remembered async generator still alive: their aclose()
  /// run concurrently (gather, return_exceptions); each error that is an
  /// Exception goes to the exception handler.
  virtual Coro shutdown_asyncgens();
  /// loop.run_in_executor: `job` runs on `executor`, or on the default
  /// executor (made on first use) when it is null; returns the asyncio
  /// future wrapping the job's. RuntimeError when closed, and for the
  /// default executor once shutdown_default_executor was called.
  virtual FuturePtr run_in_executor(ThreadPoolExecutorPtr executor, ThreadPoolExecutor::Job job);
  void set_default_executor(ThreadPoolExecutorPtr executor) { default_executor_ = std::move(executor); }
  /// Shuts the default executor down from a thread of its own, which waits
  /// for its jobs and then completes the future this awaits; done at once
  /// when no default executor was made. Since 3.13 a `timeout` (seconds, or
  /// None for none) bounds the wait: when it expires the executor is shut
  /// down without waiting and this returns (docs/versions.md#executor-shutdown-timeout).
  virtual Coro shutdown_default_executor(Value timeout);
  /// loop.add_signal_handler for a valid signal number (the caller checks its
  /// type and that the callback is no coroutine): RuntimeError when closed or
  /// when `sig` cannot be caught. Returns the handle the loop schedules each
  /// time the signal arrives, so its caller can describe the callback.
  /// Unsupported by default (NotImplementedError, as AbstractEventLoop).
  virtual HandlePtr add_signal_handler(int sig, Callback cb);
  /// loop.remove_signal_handler for a valid signal number: whether there was one.
  virtual bool remove_signal_handler(int sig);
  /// The process wrote `sig` to this loop's wake-up descriptor (signals.hpp).
  virtual void signal_arrived(int sig);
  /// loop.add_reader for a descriptor: `cb` runs whenever `fd` is readable,
  /// from the handle returned; a previous reader is replaced (and
  /// cancelled). RuntimeError when closed. Unsupported by default
  /// (NotImplementedError), as are the three below.
  virtual HandlePtr add_reader(int fd, Callback cb);
  /// Whether `fd` had a reader (false once closed).
  virtual bool remove_reader(int fd);
  virtual HandlePtr add_writer(int fd, Callback cb);
  virtual bool remove_writer(int fd);
  /// loop.sock_recv and sock_sendall (selector_events), over add_reader and
  /// add_writer: the call is tried at once, and otherwise again each time
  /// the descriptor is ready. In debug mode a blocking socket is a
  /// ValueError('the socket must be non-blocking').
  Coro sock_recv(SocketPtr sock, std::size_t n);
  Coro sock_sendall(SocketPtr sock, std::string data);
  /// loop.connect_accepted_socket(protocol_factory, sock): makes the socket
  /// non-blocking, the protocol, and a SocketTransport over them, and
  /// returns `(transport, protocol)` once connection_made has been called;
  /// a cancelled wait closes the transport.
  Coro connect_accepted_socket(ProtocolFactory protocol_factory, SocketPtr sock);
  /// loop.create_connection(protocol_factory, sock=sock), for a connected
  /// socket: without TLS, what connect_accepted_socket does.
  Coro create_connection(ProtocolFactory protocol_factory, SocketPtr sock);
  /// loop.sock_connect: connects at once when the kernel can (a Unix
  /// socket); otherwise waits until the socket is writable and raises the
  /// connect's error as OSError(errno, 'Connect call failed <address>').
  Coro sock_connect(SocketPtr sock, Value address);
  /// loop.sock_accept: `(conn, address)`, waiting for a connection while
  /// none is queued.
  Coro sock_accept(SocketPtr sock);
  /// loop.create_connection(protocol_factory, host, port), `host` a dotted
  /// IPv4 address: a new socket connected with sock_connect (closed if that
  /// fails, whose error is raised as it is), then the sock= form.
  Coro create_connection(ProtocolFactory protocol_factory, std::string host, std::int64_t port);
  /// loop.create_unix_connection(protocol_factory, path).
  Coro create_unix_connection(ProtocolFactory protocol_factory, std::string path);
  struct ServerOptions {
    int backlog = 100;
    bool start_serving = true;
    /// create_unix_server's, from 3.13: closing the server removes its
    /// socket file (docs/versions.md#unix-server-cleanup-socket).
    bool cleanup_socket = true;
  };
  /// loop.create_server(protocol_factory, host, port): resolving `host`
  /// takes a gather of one task per host, so the server comes at least two
  /// iterations later; a new socket bound to (host, port), then what the
  /// sock= form does.
  Coro create_server(ProtocolFactory protocol_factory, std::string host, std::int64_t port, ServerOptions options);
  /// loop.create_unix_server(protocol_factory, path): a stale socket file
  /// at `path` is removed first; then what the sock= form does.
  Coro create_unix_server(ProtocolFactory protocol_factory, std::string path, ServerOptions options);
  /// create_unix_server with sock=: from 3.13 the path the socket is bound
  /// to is remembered, with its inode, for stop_serving to remove; then
  /// what create_server's sock= form does.
  Coro create_unix_server(ProtocolFactory protocol_factory, SocketPtr sock, ServerOptions options);
  /// create_server and create_unix_server with sock=: a Server over the
  /// (bound) socket, serving at once unless told not to, in which case it
  /// returns without suspending.
  Coro create_server(ProtocolFactory protocol_factory, SocketPtr sock, ServerOptions options);
  /// _start_serving: accepts connections on the listening `sock` for
  /// `server`, up to `backlog` each time it is readable, each in a task of
  /// its own that makes the protocol and the transport.
  virtual void start_serving(ProtocolFactory protocol_factory, SocketPtr sock, ServerPtr server, int backlog);
  /// _stop_serving: stops accepting on `sock` and closes it; from 3.13 the
  /// socket file of a Unix server goes too, if the inode at its path is
  /// still the one it bound.
  virtual void stop_serving(const SocketPtr& sock);
  /// _make_socket_transport: a SocketTransport over `sock`, launched; one of
  /// a connection that `server` accepted is attached to it.
  virtual SocketTransportPtr make_socket_transport(SocketPtr sock, ProtocolPtr protocol, FuturePtr waiter,
                                                   ServerPtr server = nullptr);
  /// Where create_datagram_endpoint's socket comes from: the addresses
  /// (None when not given) and family, or a socket of the program.
  struct DatagramEndpoint {
    Value local_addr;
    Value remote_addr;
    int family = 0;
    SocketPtr sock;
  };
  /// loop.create_datagram_endpoint: checks its arguments when awaited; makes
  /// a socket of `family` (AF_INET for addresses `("127.0.0.1", port)`, a
  /// stale socket file at a Unix local_addr removed first), binds it to
  /// local_addr and connects it to remote_addr with sock_connect, which
  /// costs no iteration; or takes `sock`, made non-blocking. Returns
  /// `(transport, protocol)` once connection_made has been called; a
  /// cancelled wait closes the transport.
  Coro create_datagram_endpoint(DatagramProtocolFactory protocol_factory, DatagramEndpoint where);
  /// _make_datagram_transport: a DatagramTransport over `sock`, launched;
  /// `address` is the remote address it was connected to, or None.
  virtual DatagramTransportPtr make_datagram_transport(SocketPtr sock, DatagramProtocolPtr protocol, Value address,
                                                       FuturePtr waiter);
  /// loop.connect_read_pipe and connect_write_pipe (base_events, the same
  /// in 3.11 to 3.13): the transport over `pipe`, whose descriptor becomes
  /// non-blocking. Returns `(transport, protocol)` once connection_made has
  /// been called; a cancelled wait closes the transport.
  Coro connect_read_pipe(ReadPipeProtocolFactory protocol_factory, FileIOPtr pipe);
  Coro connect_write_pipe(WritePipeProtocolFactory protocol_factory, FileIOPtr pipe);
  /// The options of loop.subprocess_exec and subprocess_shell that asyncio
  /// refuses (ValueError) unless they keep their defaults.
  struct SubprocessOptions {
    bool shell = false;
    bool universal_newlines = false;
    std::int64_t bufsize = 0;
    bool text = false;
    bool encoding_given = false, errors_given = false;
  };
  /// loop.subprocess_shell(protocol_factory, cmd, ...) (base_events, the
  /// same in 3.11 to 3.13): `cmd` is null when it is neither str nor bytes.
  /// Checks the options, calls the factory, starts `/bin/sh -c cmd` and
  /// returns `(transport, protocol)` once the child's pipes are connected.
  Coro subprocess_shell(SubprocessProtocolFactory protocol_factory, std::optional<std::string> cmd, ChildSpec spec,
                        SubprocessOptions options);
  /// loop.subprocess_exec(protocol_factory, program, *args, ...): the same
  /// for spec.argv.
  Coro subprocess_exec(SubprocessProtocolFactory protocol_factory, ChildSpec spec, SubprocessOptions options);
  /// loop.sock_recvfrom and sock_sendto (selector_events, 3.11), as
  /// sock_recv and sock_sendall: `(data, address)`, and the count sent.
  Coro sock_recvfrom(SocketPtr sock, std::size_t n);
  Coro sock_sendto(SocketPtr sock, std::string data, Value address);
  /// _ensure_fd_no_transport: RuntimeError when a transport that is not
  /// closing owns `fd` (add_reader and the sock_* methods refuse it);
  /// `given` is what the caller passed for it (a socket or the number).
  void ensure_fd_no_transport(int fd, const Value& given) const;
  /// _make_subprocess_transport (unix_events): the transport, its child
  /// watched (watch_child) and its pipes connected; when connecting fails
  /// or is cancelled, the transport is closed and the child waited for
  /// before the error goes on.
  Coro make_subprocess_transport(SubprocessProtocolPtr protocol, ChildSpec spec);
  /// The transport of a new child, not yet launched: a SubprocessTransport
  /// (a loop with a transport class of its own overrides this).
  virtual SubprocessTransportPtr new_subprocess_transport(SubprocessProtocolPtr protocol, const ChildSpec& spec);
  /// The child watcher's add_child_handler: the loop reports the child's
  /// exit to `transport` (docs/outside-world.md#children). Base: refused.
  virtual void watch_child(SubprocessTransportPtr transport);
  /// A new transport owns its descriptor (loop._transports).
  void attach_transport(const std::shared_ptr<FdTransport>& transport);
  /// The loop's teardown abandons `transport` if it is still alive then
  /// (abandon_unfinished); every transport the loop makes joins.
  void track_transport(const std::shared_ptr<Abandonable>& transport) { made_transports_.add(transport); }
  /// time.sleep(seconds) on the loop's thread while the loop runs: nothing
  /// runs meanwhile, and the loop's clock has moved on by `seconds` after
  /// (docs/outside-world.md#threads). By default the thread really sleeps.
  virtual void block_thread(double seconds);
  /// Debug mode (loop.set_debug; docs/model.md#debug-mode): what the model
  /// does differently is record where handles were made, so that an error in
  /// a callback reports a 'source_traceback'; the interpreter also checks
  /// callbacks where they are scheduled.
  bool get_debug() const { return debug_; }
  void set_debug(bool enabled) { debug_ = enabled; }
  /// Who settles the orders asyncio leaves open in this loop's runs
  /// (open_orders.hpp); null: the model's defaults.
  virtual OrderChooser* order_chooser() const { return nullptr; }

  // --- exception handling (BaseEventLoop's rules) ----------------------------
  /// `identity` is what get_exception_handler() returns (the Python callable).
  void set_exception_handler(ExceptionHandler handler, Value identity);
  void clear_exception_handler();
  Value get_exception_handler() const { return handler_identity_; }
  /// Reports the context to the runtime's unhandled-exception observer.
  void default_exception_handler(const DictPtr& context);
  /// The custom handler if set, else the default one; an error inside a custom
  /// handler goes to the default handler ('Unhandled error in exception handler').
  void call_exception_handler(const DictPtr& context);

  // --- bookkeeping for tasks (asyncio's _enter_task/_leave_task/all_tasks) ---
  Task* current_task() const { return current_task_; }
  void enter_task(Task& t);
  void leave_task(Task& t);
  /// The bracket of an eager first step (3.12's Task.__eager_start): `t`
  /// becomes current over whatever task runs now (_swap_current_task, with
  /// no "Cannot enter" check), and `previous` (what enter returned) after.
  Task* enter_eager_step(Task& t);
  void leave_eager_step(Task& t, Task* previous);
  void register_task(const TaskPtr& t);
  /// Tasks of this loop not yet done, in creation order.
  std::vector<TaskPtr> pending_tasks();

  /// This loop's pending futures that have done callbacks (kept by Future).
  detail::WaitedFutures& waited_futures() { return waited_futures_; }

  /// Breaks the reference cycles of work that can never finish, for teardown
  /// (RuntimeScope calls it on every loop it made, a loop's destructor on
  /// itself): drops the coroutine frames of pending tasks, the done
  /// callbacks of pending tasks and futures, and the protocols of transports
  /// left open (Abandonable). CPython leaves such cycles to
  /// its garbage collector; nothing runs afterwards that could tell.
  void abandon_unfinished();

  /// Hook for TimerHandle::cancel while the handle is in the heap.
  virtual void timer_handle_cancelled(TimerHandle&) {}

 protected:
  /// RuntimeError('Event loop is closed') when closed.
  void check_closed() const;
  /// What close() does to the executors: no default executor from now on,
  /// and the one there was shuts down without waiting (its jobs still run).
  void close_default_executor();
  /// The two errors run_forever raises before it starts.
  void check_running() const;

 private:
  /// _create_connection_transport without TLS.
  Coro create_connection_transport(ProtocolFactory protocol_factory, SocketPtr sock);
  /// _accept_connection: what the listening socket's reader does.
  void accept_connections(const ProtocolFactory& protocol_factory, const SocketPtr& sock, const ServerPtr& server,
                          int backlog);
  /// _accept_connection2: the protocol and transport of one connection.
  Coro serve_connection(ProtocolFactory protocol_factory, SocketPtr conn, ServerPtr server);

  ExceptionHandler handler_;
  Value handler_identity_;
  TaskFactory task_factory_;
  Value task_factory_identity_;
  Task* current_task_ = nullptr;
  struct TaskDone {
    bool operator()(const Task& t) const { return t.done(); }
  };
  detail::WeakRegistry<Task, TaskDone> tasks_;
  std::vector<std::weak_ptr<AsyncGenerator>> asyncgens_;  // in first-iteration order
  std::unordered_map<int, std::weak_ptr<FdTransport>> transports_;  // by descriptor
  // loop._unix_server_sockets (3.13): the path each listening Unix socket
  // was bound to, and the inode it had then. Keyed by the socket itself, as
  // CPython's dict is: a raw address could be reused by a later socket.
  std::unordered_map<SocketPtr, std::pair<std::string, std::uint64_t>> unix_server_sockets_;
  detail::WeakRegistry<Abandonable, detail::NeverGone> made_transports_;
  detail::WaitedFutures waited_futures_;
  ThreadPoolExecutorPtr default_executor_;
  bool executor_shutdown_called_ = false;
  bool debug_ = false;
};

/// Makes a loop: what new_event_loop() and Runner call.
using LoopFactory = std::function<EventLoopPtr()>;

}  // namespace loopspec
