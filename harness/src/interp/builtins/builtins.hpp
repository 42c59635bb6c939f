// The bind_* functions, one per area of the surface, each in its own
// builtins_<area>.cpp, and the argument helpers they share. To add an area
// (queues, sync primitives, TaskGroup...): write builtins_<area>.cpp with a
// bind_<area>() that fills type tables / defines asyncio names, declare it
// here and call it from ensure_bindings() in bindings.cpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "interp/bindings.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/numbers.hpp"
#include "interp/interpreter.hpp"

namespace loopspec::harness {

void bind_core_builtins();    // builtins_core.cpp: log, range, len, str
void bind_containers();       // builtins_containers.cpp: list and dict methods
void bind_iterables();        // iterables.cpp: sorted min max sum any all enumerate zip list tuple set dict
void bind_conversions();      // conversions.cpp: int float bool repr abs round isinstance type
void bind_bytes();            // bytes.cpp: bytes(), bytes.decode, str.encode
void bind_exceptions();       // builtins_exceptions.cpp: exception classes, .args
void bind_loop();             // builtins_loop.cpp: event loop methods
void bind_futures();          // builtins_futures.cpp: Future and Task methods
void bind_handles();          // builtins_handles.cpp: Handle and TimerHandle methods
void bind_module_functions(); // builtins_module.cpp: asyncio functions and constants
void bind_runner();           // builtins_runner.cpp: asyncio.Runner and asyncio.run
void bind_sync();             // builtins_sync.cpp: Lock Event Condition Semaphore BoundedSemaphore Barrier
void bind_queues();           // builtins_queues.cpp: Queue PriorityQueue LifoQueue
void bind_structured();       // builtins_structured.cpp: shield wait_for wait as_completed timeout TaskGroup
void bind_functools();        // functools.cpp: functools.partial
void bind_concurrent_futures(); // concurrent_futures.cpp: concurrent.futures.Future, wrap_future, run_coroutine_threadsafe
void bind_task_factories();   // task_factories.cpp: asyncio.Task, set_task_factory, eager_task_factory
void bind_contextvars();      // contextvars.cpp: ContextVar, Token, Context, copy_context
void bind_generators();       // generators.cpp: the generator objects of generator expressions
void bind_async_generators(); // async_generators.cpp: async generator methods, aiter, anext
void bind_classes();          // classes.cpp: asyncio's protocol classes, __await__ of futures and coroutines
void bind_stacks();           // stacks.cpp: Task.get_stack, Task.print_stack, frame and code objects
void bind_io();               // io.cpp: io.StringIO
void bind_signals();          // signals.cpp: signal numbers, signal.raise_signal, os.kill, os.getpid
void bind_time_module();      // time_module.cpp: time.sleep
void bind_executors();        // executors.cpp: concurrent.futures.ThreadPoolExecutor, asyncio.to_thread
void bind_sockets();          // sockets.cpp: socket.socketpair and the socket methods
void bind_selector_transports(); // selector_transports.cpp: the methods stream and datagram transports share
void bind_flow_control(TypeInfo& t); // selector_transports.cpp: _FlowControlMixin's methods, on a transport type
void bind_transports();       // transports.cpp: connect_accepted_socket, transports, program protocols
void bind_streams();          // streams.cpp: StreamReader, IncompleteReadError, LimitOverrunError
void bind_servers();          // servers.cpp: create_server, start_server, the Unix forms, Server, sock_connect, sock_accept
void bind_datagrams();        // datagrams.cpp: create_datagram_endpoint, sock_recvfrom/sock_sendto, datagram transports
void bind_pipes();            // pipes.cpp: os.pipe/read/write/close, open(fd), connect_read_pipe/connect_write_pipe, pipe transports
void bind_subprocesses();     // subprocesses.cpp: asyncio.subprocess constants, subprocess_exec/_shell, their transport

// --- argument helpers --------------------------------------------------------

/// An int (or bool) where Python takes an index (operator.index), or
/// TypeError "'<type>' object cannot be interpreted as an integer".
std::int64_t index_arg(const Value& v);

/// An int where CPython would take any number but the scenario language
/// takes ints only; otherwise a ScenarioError saying `what` takes an int.
std::int64_t language_int(const Value& v, std::string_view what);

/// The object as T, or TypeError "<fname>() argument must be <expected>, not <type>".
template <class T>
std::shared_ptr<T> object_arg(const Value& v, std::string_view fname, std::string_view expected) {
  if (auto p = v.as<T>()) return p;
  raise(exc::TypeError, std::string(fname) + "() argument must be " + std::string(expected) + ", not " +
                            loopspec::type_name(v));
}
/// A job for an executor: `call.pos[0]` called with the rest of `call`, in
/// `context` (to_thread's copy) or, when null, the worker thread's own.
ThreadPoolExecutor::Job make_job(Interpreter& in, CallArgs call, ContextPtr context);
/// An exception instance from an instance or a class (as set_exception
/// accepts), or null for anything else: the model says what is wrong, after
/// the checks CPython makes first.
ExceptionPtr exception_arg(const Value& v);
/// The coroutine a task is made of, or Task.__init__'s TypeError
/// ("a coroutine was expected, got <repr>").
Coro coroutine_arg(const Value& v);
/// A task's name= as create_task applies it: str() of it, none for None or absent.
std::optional<std::string> task_name_arg(const std::optional<Value>& name);
/// A debug mode as set_debug(), Runner(debug=) and run(debug=) take it.
/// CPython keeps whatever it is given and get_debug() returns it as it was;
/// the model keeps a bool, so the scenario language takes True or False
/// (a ScenarioError names `where` otherwise).
bool debug_flag(const Value& v, std::string_view where);
/// The protocol `factory()` makes, as a model transport calls it: the
/// object's methods are its callbacks (transports.cpp).
ProtocolPtr program_protocol(Interpreter& in, const Value& factory);
/// The loop's protocol_factory for the program's `factory`.
ProtocolFactory program_protocols(Interpreter& in, Value factory);
/// writelines' one argument: its bytes pieces, or the TypeError of
/// b''.join(pieces) (`joins`) or of memoryview(piece) for one that is not bytes.
std::vector<BytesPtr> writelines_pieces(CallArgs& args, bool joins);
/// A coroutine raising ValueError(message) when awaited, as CPython's
/// connection and server coroutines check their arguments.
Coro value_error_when_run(std::string message);
/// The socket `v` is, or a ScenarioError naming `method`.
SocketPtr socket_arg(const Value& v, std::string_view method);
/// The port of a TCP address the language allows, whose host is
/// '127.0.0.1' only (docs/outside-world.md#sockets); else a ScenarioError.
std::int64_t loopback_port(const Value& host, const Value& port, std::string_view fname);
/// Where a connection is made or a server listens, as create_connection,
/// create_server and their Unix and stream forms take it: sock=, or a TCP
/// address (`place` the host), or a Unix path (`place` the path); or, in
/// `refusal`, the coroutine that fails as CPython's does, which checks these
/// arguments only when it runs.
struct SocketTarget {
  SocketPtr sock;
  std::string place;
  std::int64_t port = 0;
  std::optional<Coro> refusal;
};
/// (host, port) or sock=; `neither` is CPython's message when both are missing.
SocketTarget tcp_target(const Value& host, const Value& port, const std::optional<Value>& sock, std::string_view fname,
                        std::string neither);
/// A Unix path as the language takes it (a str, from unix_path()); else a
/// ScenarioError naming `fname`.
std::string unix_path_arg(const Value& path, std::string_view fname);
/// A path from unix_path() or sock=; `neither` as above.
SocketTarget unix_target(const Value& path, const std::optional<Value>& sock, std::string_view fname,
                         std::string neither);
/// `self` as T (bindings are only reached through T's table, so this holds).
template <class T>
T& self_as(const Value& self) {
  return *self.as<T>();
}
/// The shared_ptr of a model object given by reference (loops are Objects).
template <class T>
std::shared_ptr<T> shared(T& obj) {
  return std::static_pointer_cast<T>(obj.shared_from_this());
}

}  // namespace loopspec::harness
