// Python exceptions: classes with CPython's hierarchy, instances as values,
// and PyError, the C++ exception that carries a raised instance.
#pragma once

#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loopspec/frames.hpp"
#include "loopspec/value.hpp"

namespace loopspec {

/// An exception class, compared by address: CPython's are static objects; a
/// scenario's own classes (`class AppError(Exception)`) are made at run time
/// and live as long as the class that owns them.
class ExceptionType {
 public:
  ExceptionType(std::string name, std::vector<const ExceptionType*> bases)
      : name_(std::move(name)), bases_(std::move(bases)) {}
  ExceptionType(const ExceptionType&) = delete;
  ExceptionType& operator=(const ExceptionType&) = delete;

  std::string_view name() const { return name_; }
  /// `issubclass(self, other)`.
  bool is_subclass_of(const ExceptionType& other) const;

 private:
  std::string name_;
  std::vector<const ExceptionType*> bases_;
};

/// The classes a scenario can name, plus those asyncio raises.
namespace exc {
extern const ExceptionType BaseException, Exception, ArithmeticError, LookupError;
extern const ExceptionType ValueError, TypeError, RuntimeError, RecursionError, KeyError, IndexError;
extern const ExceptionType ZeroDivisionError, TimeoutError, AttributeError, NameError, UnboundLocalError;
extern const ExceptionType StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError;
extern const ExceptionType BaseExceptionGroup, ExceptionGroup;
extern const ExceptionType OverflowError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError;
/// OSError and the subclasses a socket's calls raise; `str()` of one made
/// with (errno, strerror) is "[Errno <errno>] <strerror>". TimeoutError is one.
extern const ExceptionType OSError, BlockingIOError, ConnectionError, BrokenPipeError, ConnectionResetError;
extern const ExceptionType ConnectionRefusedError, ConnectionAbortedError, FileNotFoundError, ProcessLookupError;
/// What an EventLoop raises for a method it does not implement (AbstractEventLoop's).
extern const ExceptionType NotImplementedError;
// asyncio.exceptions
extern const ExceptionType CancelledError, InvalidStateError, QueueEmpty, QueueFull;
/// asyncio.QueueShutDown (3.13): a put or get on a shut-down queue.
extern const ExceptionType QueueShutDown;
extern const ExceptionType BrokenBarrierError;
/// asyncio.IncompleteReadError (an EOFError) and LimitOverrunError: what
/// StreamReader's reads raise, with attributes (ExceptionObject::attributes).
extern const ExceptionType EOFError, IncompleteReadError, LimitOverrunError;
/// A class by the name a scenario writes (`ValueError`, `CancelledError`), or null.
const ExceptionType* by_name(std::string_view name);
}  // namespace exc

/// An exception instance.
class ExceptionObject : public Object {
 public:
  ExceptionObject(const ExceptionType& type, std::vector<Value> args)
      : type(&type), args_(std::move(args)) {}
  std::string type_name() const override { return std::string(type->name()); }
  bool is_instance_of(const ExceptionType& t) const { return type->is_subclass_of(t); }
  /// `str(e)`: the sole argument ("" for none, the args tuple's text for
  /// several); KeyError shows its sole argument's repr, as CPython's does.
  std::string message() const;
  /// `e.args`. For an exception whose message could not be written
  /// (new_exception_with_text), throws what stopped the writing instead.
  const std::vector<Value>& args() const;
  std::vector<Value>& args();

  const ExceptionType* type;
  /// Attributes beyond `args` that asyncio's own exceptions carry
  /// (IncompleteReadError's `partial` and `expected`, LimitOverrunError's `consumed`).
  std::vector<std::pair<std::string, Value>> attributes;
  /// The entry of `attributes` named `name`, or null.
  const Value* attribute(std::string_view name) const;
  /// For exception groups: the grouped exceptions (args[0] is the message).
  std::vector<std::shared_ptr<ExceptionObject>> exceptions;
  /// The frames of `__traceback__`, outermost first, as the interpreter
  /// records them; a null entry stands for a frame of CPython's own code
  /// (asyncio's Python functions), which no golden can pin.
  std::vector<FramePtr> traceback;
  /// The frame that last added itself to `traceback`: the exception passing
  /// on through it (a re-raise) adds nothing more, while each new raise
  /// clears this, so the raising frame adds itself again (CPython adds a
  /// frame on its error path, not on RERAISE).
  const FrameObject* traced_in = nullptr;

 private:
  friend std::shared_ptr<ExceptionObject> new_exception_with_text(const ExceptionType& type,
                                                                  const std::function<std::string()>& text);
  void check_written() const;

  std::vector<Value> args_;
  /// What stopped new_exception_with_text writing the message, if anything.
  std::exception_ptr unwritten_;
};
using ExceptionPtr = std::shared_ptr<ExceptionObject>;

ExceptionPtr new_exception(const ExceptionType& type, std::vector<Value> args = {});
/// `type(text())`, the text written now, when CPython formats it. If writing
/// it stops the run (a repr no golden can pin: ReprHooks::unpinnable), the
/// stop waits until something reads the exception's arguments or message:
/// an exception the program catches without showing it lets the run go on.
ExceptionPtr new_exception_with_text(const ExceptionType& type, const std::function<std::string()>& text);
/// `BaseExceptionGroup(msg, excs)`: an ExceptionGroup when every member is an Exception.
ExceptionPtr new_exception_group(std::string message, std::vector<ExceptionPtr> members);
/// KeyboardInterrupt and SystemExit: what the loop lets through where it
/// catches every other error of a callback (asyncio's `except (SystemExit,
/// KeyboardInterrupt): raise`).
bool escapes_loop(const ExceptionPtr& e);

/// The C++ carrier of a raised Python exception. Model code raises with
/// `throw PyError(...)` and catches it wherever Python would `except`.
class PyError : public std::exception {
 public:
  explicit PyError(ExceptionPtr e) : exc_(std::move(e)) {}
  /// `Type: message`, written at the first call, not at the throw, which
  /// must not read an unwritten message (new_exception_with_text); such an
  /// exception gives its type alone.
  const char* what() const noexcept override;
  const ExceptionPtr& exception() const { return exc_; }

 private:
  ExceptionPtr exc_;
  mutable std::string what_;
};

/// `raise T(message)`.
[[noreturn]] void raise(const ExceptionType& type, std::string message);
/// `raise T()`.
[[noreturn]] void raise(const ExceptionType& type);

}  // namespace loopspec
