// The exception classes of the scenario language, with CPython's hierarchy.
#include "loopspec/exceptions.hpp"

#include <array>
#include <algorithm>
#include <cstdio>

namespace loopspec {

bool ExceptionType::is_subclass_of(const ExceptionType& other) const {
  if (this == &other) return true;
  return std::any_of(bases_.begin(), bases_.end(),
                     [&other](const ExceptionType* b) { return b->is_subclass_of(other); });
}

namespace exc {
const ExceptionType BaseException("BaseException", {});
const ExceptionType Exception("Exception", {&BaseException});
const ExceptionType ArithmeticError("ArithmeticError", {&Exception});
const ExceptionType LookupError("LookupError", {&Exception});
const ExceptionType ValueError("ValueError", {&Exception});
const ExceptionType TypeError("TypeError", {&Exception});
const ExceptionType RuntimeError("RuntimeError", {&Exception});
const ExceptionType RecursionError("RecursionError", {&RuntimeError});
const ExceptionType NotImplementedError("NotImplementedError", {&RuntimeError});
const ExceptionType KeyError("KeyError", {&LookupError});
const ExceptionType IndexError("IndexError", {&LookupError});
const ExceptionType ZeroDivisionError("ZeroDivisionError", {&ArithmeticError});
const ExceptionType OSError("OSError", {&Exception});
const ExceptionType TimeoutError("TimeoutError", {&OSError});
const ExceptionType BlockingIOError("BlockingIOError", {&OSError});
const ExceptionType ConnectionError("ConnectionError", {&OSError});
const ExceptionType BrokenPipeError("BrokenPipeError", {&ConnectionError});
const ExceptionType ConnectionResetError("ConnectionResetError", {&ConnectionError});
const ExceptionType ConnectionRefusedError("ConnectionRefusedError", {&ConnectionError});
const ExceptionType ConnectionAbortedError("ConnectionAbortedError", {&ConnectionError});
const ExceptionType FileNotFoundError("FileNotFoundError", {&OSError});
const ExceptionType ProcessLookupError("ProcessLookupError", {&OSError});
const ExceptionType AttributeError("AttributeError", {&Exception});
const ExceptionType NameError("NameError", {&Exception});
const ExceptionType UnboundLocalError("UnboundLocalError", {&NameError});
const ExceptionType StopIteration("StopIteration", {&Exception});
const ExceptionType StopAsyncIteration("StopAsyncIteration", {&Exception});
const ExceptionType GeneratorExit("GeneratorExit", {&BaseException});
const ExceptionType KeyboardInterrupt("KeyboardInterrupt", {&BaseException});
const ExceptionType SystemExit("SystemExit", {&BaseException});
const ExceptionType AssertionError("AssertionError", {&Exception});
const ExceptionType OverflowError("OverflowError", {&ArithmeticError});
const ExceptionType UnicodeError("UnicodeError", {&ValueError});
const ExceptionType UnicodeEncodeError("UnicodeEncodeError", {&UnicodeError});
const ExceptionType UnicodeDecodeError("UnicodeDecodeError", {&UnicodeError});
const ExceptionType BaseExceptionGroup("BaseExceptionGroup", {&BaseException});
const ExceptionType ExceptionGroup("ExceptionGroup", {&BaseExceptionGroup, &Exception});
// asyncio's own: CancelledError is a BaseException since 3.8 so that
// `except Exception` does not swallow cancellation.
const ExceptionType CancelledError("CancelledError", {&BaseException});
const ExceptionType InvalidStateError("InvalidStateError", {&Exception});
const ExceptionType QueueEmpty("QueueEmpty", {&Exception});
const ExceptionType QueueFull("QueueFull", {&Exception});
const ExceptionType QueueShutDown("QueueShutDown", {&Exception});
const ExceptionType BrokenBarrierError("BrokenBarrierError", {&RuntimeError});
const ExceptionType EOFError("EOFError", {&Exception});
const ExceptionType IncompleteReadError("IncompleteReadError", {&EOFError});
const ExceptionType LimitOverrunError("LimitOverrunError", {&Exception});

const ExceptionType* by_name(std::string_view name) {
  static const std::array<const ExceptionType*, 45> all = {
      &BaseException, &Exception, &ArithmeticError, &LookupError, &ValueError, &TypeError,
      &RuntimeError, &RecursionError, &KeyError, &IndexError, &ZeroDivisionError, &TimeoutError,
      &AttributeError, &NameError, &UnboundLocalError, &StopIteration, &StopAsyncIteration, &GeneratorExit, &KeyboardInterrupt,
      &SystemExit, &AssertionError, &BaseExceptionGroup, &ExceptionGroup, &CancelledError,
      &InvalidStateError, &QueueEmpty, &QueueFull, &QueueShutDown, &BrokenBarrierError, &OverflowError, &UnicodeError,
      &UnicodeEncodeError, &UnicodeDecodeError, &OSError, &BlockingIOError, &ConnectionError, &BrokenPipeError,
      &ConnectionResetError, &ConnectionRefusedError, &ConnectionAbortedError, &FileNotFoundError, &ProcessLookupError, &EOFError, &IncompleteReadError, &LimitOverrunError};
  auto it = std::find_if(all.begin(), all.end(), [name](const ExceptionType* t) { return t->name() == name; });
  return it == all.end() ? nullptr : *it;
}
}  // namespace exc

namespace {

/// The code point at index `i` of a UTF-8 string (0 when out of range).
std::uint32_t code_point_at(const std::string& s, std::int64_t i) {
  std::int64_t k = -1;
  std::uint32_t cp = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) {
      if (k == i) return cp;
      ++k;
      cp = c >= 0xF0 ? c & 0x07 : c >= 0xE0 ? c & 0x0F : c >= 0xC0 ? c & 0x1F : c;
    } else {
      cp = (cp << 6) | (c & 0x3F);
    }
  }
  return k == i ? cp : 0;
}

/// str() of a UnicodeEncodeError or UnicodeDecodeError made with CPython's
/// five arguments (encoding, object, start, end, reason).
std::string unicode_error_message(const ExceptionObject& e) {
  const auto& a = e.args();
  std::int64_t start = a[2].as_int();
  std::int64_t end = a[3].as_int();
  bool one = end - start == 1;
  std::string where = one ? std::to_string(start) : std::to_string(start) + "-" + std::to_string(end - 1);
  char buf[16];
  std::string what;
  if (e.type == &exc::UnicodeDecodeError) {
    auto bytes = a[1].as<Bytes>();
    std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(bytes->data[static_cast<std::size_t>(start)]));
    what = one ? "decode byte " + std::string(buf) : "decode bytes";
  } else {
    // One character is named by its escape: \xhh, \uhhhh or \Uhhhhhhhh.
    std::uint32_t cp = code_point_at(a[1].as_str(), start);
    std::snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
    what = one ? "encode character '" + std::string(buf) + "'" : "encode characters";
  }
  return "'" + a[0].as_str() + "' codec can't " + what + " in position " + where + ": " + a[4].as_str();
}

}  // namespace

void ExceptionObject::check_written() const {
  if (unwritten_) std::rethrow_exception(unwritten_);
}

const std::vector<Value>& ExceptionObject::args() const {
  check_written();
  return args_;
}

std::vector<Value>& ExceptionObject::args() {
  check_written();
  return args_;
}

const Value* ExceptionObject::attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes)
    if (key == name) return &value;
  return nullptr;
}

std::string ExceptionObject::message() const {
  const std::vector<Value>& args = this->args();
  if (args.empty()) return "";
  bool unicode = type == &exc::UnicodeEncodeError || type == &exc::UnicodeDecodeError;
  if (unicode && args.size() == 5 && args[0].is_str() && args[2].is_int() && args[3].is_int() && args[4].is_str() &&
      (type == &exc::UnicodeEncodeError ? args[1].is_str() : args[1].as<Bytes>() != nullptr))
    return unicode_error_message(*this);
  if (args.size() == 1) return type == &exc::KeyError ? repr(args[0]) : str(args[0]);
  // OSError.__str__ with errno and strerror.
  if (args.size() == 2 && type->is_subclass_of(exc::OSError)) return "[Errno " + str(args[0]) + "] " + str(args[1]);
  return repr(Value(std::make_shared<Tuple>(args)));
}

bool escapes_loop(const ExceptionPtr& e) {
  return e->is_instance_of(exc::KeyboardInterrupt) || e->is_instance_of(exc::SystemExit);
}

ExceptionPtr new_exception(const ExceptionType& type, std::vector<Value> args) {
  return std::make_shared<ExceptionObject>(type, std::move(args));
}

ExceptionPtr new_exception_with_text(const ExceptionType& type, const std::function<std::string()>& text) {
  auto e = new_exception(type);
  try {
    e->args_ = {Value(text())};
  } catch (const PyError&) {
    throw;  // a Python exception raised while writing propagates, as in CPython
  } catch (...) {
    e->unwritten_ = std::current_exception();
  }
  return e;
}

ExceptionPtr new_exception_group(std::string message, std::vector<ExceptionPtr> members) {
  bool all_exceptions = std::all_of(members.begin(), members.end(),
                                    [](const ExceptionPtr& e) { return e->is_instance_of(exc::Exception); });
  auto list = std::make_shared<List>();
  for (const auto& m : members) list->items.emplace_back(m);
  auto group = new_exception(all_exceptions ? exc::ExceptionGroup : exc::BaseExceptionGroup,
                             {Value(std::move(message)), Value(list)});
  group->exceptions = std::move(members);
  return group;
}

const char* PyError::what() const noexcept {
  if (!what_.empty()) return what_.c_str();
  what_ = std::string(exc_->type->name());
  try {
    std::string msg = exc_->message();
    if (!msg.empty()) what_ += ": " + msg;
  } catch (...) {
    // An unwritten message (new_exception_with_text): the type alone.
  }
  return what_.c_str();
}

void raise(const ExceptionType& type, std::string message) {
  throw PyError(new_exception(type, {Value(std::move(message))}));
}

void raise(const ExceptionType& type) { throw PyError(new_exception(type)); }

}  // namespace loopspec
