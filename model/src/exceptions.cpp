// The exception classes of the scenario language, with CPython's hierarchy.
#include "loopspec/exceptions.hpp"

#include <array>
#include <algorithm>

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
const ExceptionType KeyError("KeyError", {&LookupError});
const ExceptionType IndexError("IndexError", {&LookupError});
const ExceptionType ZeroDivisionError("ZeroDivisionError", {&ArithmeticError});
const ExceptionType TimeoutError("TimeoutError", {&Exception});  // an OSError in CPython
const ExceptionType AttributeError("AttributeError", {&Exception});
const ExceptionType NameError("NameError", {&Exception});
const ExceptionType UnboundLocalError("UnboundLocalError", {&NameError});
const ExceptionType StopIteration("StopIteration", {&Exception});
const ExceptionType GeneratorExit("GeneratorExit", {&BaseException});
const ExceptionType KeyboardInterrupt("KeyboardInterrupt", {&BaseException});
const ExceptionType SystemExit("SystemExit", {&BaseException});
const ExceptionType AssertionError("AssertionError", {&Exception});
const ExceptionType BaseExceptionGroup("BaseExceptionGroup", {&BaseException});
const ExceptionType ExceptionGroup("ExceptionGroup", {&BaseExceptionGroup, &Exception});
// asyncio's own: CancelledError is a BaseException since 3.8 so that
// `except Exception` does not swallow cancellation.
const ExceptionType CancelledError("CancelledError", {&BaseException});
const ExceptionType InvalidStateError("InvalidStateError", {&Exception});
const ExceptionType QueueEmpty("QueueEmpty", {&Exception});
const ExceptionType QueueFull("QueueFull", {&Exception});
const ExceptionType BrokenBarrierError("BrokenBarrierError", {&RuntimeError});

const ExceptionType* by_name(std::string_view name) {
  static const std::array<const ExceptionType*, 27> all = {
      &BaseException, &Exception, &ArithmeticError, &LookupError, &ValueError, &TypeError,
      &RuntimeError, &RecursionError, &KeyError, &IndexError, &ZeroDivisionError, &TimeoutError,
      &AttributeError, &NameError, &UnboundLocalError, &StopIteration, &GeneratorExit, &KeyboardInterrupt,
      &SystemExit, &AssertionError, &BaseExceptionGroup, &ExceptionGroup, &CancelledError,
      &InvalidStateError, &QueueEmpty, &QueueFull, &BrokenBarrierError};
  auto it = std::find_if(all.begin(), all.end(), [name](const ExceptionType* t) { return t->name() == name; });
  return it == all.end() ? nullptr : *it;
}
}  // namespace exc

std::string ExceptionObject::message() const {
  if (args.empty()) return "";
  if (args.size() == 1) return type == &exc::KeyError ? repr(args[0]) : str(args[0]);
  return repr(Value(std::make_shared<Tuple>(args)));
}

ExceptionPtr new_exception(const ExceptionType& type, std::vector<Value> args) {
  return std::make_shared<ExceptionObject>(type, std::move(args));
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

PyError::PyError(ExceptionPtr e) : exc_(std::move(e)) {
  what_ = std::string(exc_->type->name());
  std::string msg = exc_->message();
  if (!msg.empty()) what_ += ": " + msg;
}

void raise(const ExceptionType& type, std::string message) {
  throw PyError(new_exception(type, {Value(std::move(message))}));
}

void raise(const ExceptionType& type) { throw PyError(new_exception(type)); }

}  // namespace loopspec
