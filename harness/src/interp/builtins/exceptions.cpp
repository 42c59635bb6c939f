// Exception classes (builtin and asyncio.*) and exception attributes.
#include "interp/builtins/builtins.hpp"
#include "interp/classes.hpp"
#include "interp/pyobjects.hpp"

namespace loopspec::harness {
namespace {

ExceptionObject& exc_self(const Value& self) { return self_as<ExceptionObject>(self); }

Value exc_args(Interpreter&, const Value& self, CallArgs&) {
  return std::make_shared<Tuple>(exc_self(self).args());
}

Value exc_exceptions(Interpreter&, const Value& self, CallArgs&) {
  ExceptionObject& e = exc_self(self);
  if (!e.is_instance_of(exc::BaseExceptionGroup)) {
    raise(exc::AttributeError, "'" + e.type_name() + "' object has no attribute 'exceptions'");
  }
  std::vector<Value> items(e.exceptions.begin(), e.exceptions.end());
  return std::make_shared<Tuple>(std::move(items));
}

Value exc_message(Interpreter&, const Value& self, CallArgs&) {
  ExceptionObject& e = exc_self(self);
  if (!e.is_instance_of(exc::BaseExceptionGroup) || e.args().empty()) {
    raise(exc::AttributeError, "'" + e.type_name() + "' object has no attribute 'message'");
  }
  return e.args()[0];
}

}  // namespace

void bind_exceptions() {
  // Builtins a scenario may name (docs/scenario-language.md#expressions), plus the other builtin
  // classes of the hierarchy the model raises.
  const ExceptionType* builtins[] = {
      &exc::BaseException, &exc::Exception, &exc::ValueError, &exc::TypeError, &exc::RuntimeError, &exc::RecursionError,
      &exc::KeyError, &exc::ZeroDivisionError, &exc::TimeoutError, &exc::KeyboardInterrupt,
      &exc::SystemExit, &exc::ExceptionGroup, &exc::BaseExceptionGroup, &exc::ArithmeticError,
      &exc::LookupError, &exc::IndexError, &exc::AttributeError, &exc::NameError, &exc::StopIteration, &exc::StopAsyncIteration,
      &exc::GeneratorExit, &exc::AssertionError, &exc::UnboundLocalError, &exc::OverflowError,
      &exc::UnicodeError, &exc::UnicodeEncodeError, &exc::UnicodeDecodeError, &exc::OSError,
      &exc::BlockingIOError, &exc::ConnectionError, &exc::BrokenPipeError, &exc::ConnectionResetError,
      &exc::ConnectionRefusedError, &exc::ConnectionAbortedError, &exc::FileNotFoundError, &exc::ProcessLookupError};
  for (const ExceptionType* t : builtins) define_builtin(t->name(), exception_class_value(*t));

  // asyncio.TimeoutError is the builtin TimeoutError since 3.11.
  const ExceptionType* asyncio_classes[] = {&exc::CancelledError, &exc::TimeoutError, &exc::InvalidStateError,
                                            &exc::QueueEmpty, &exc::QueueFull, &exc::BrokenBarrierError};
  for (const ExceptionType* t : asyncio_classes) define_asyncio(t->name(), exception_class_value(*t));
  define_asyncio("QueueShutDown", exception_class_value(exc::QueueShutDown), PythonVersion::v3_13);

  TypeInfo& base = type_info("BaseException");
  base.define_property("args", exc_args);
  base.define_property("exceptions", exc_exceptions);
  base.define_property("message", exc_message);
  // A scenario's own exception classes: their attributes first (`self.message = ...`).
  bind_model_class<InstanceException>(own_attributes_table("<exception instance>", &base));
  bind_model_class<ExceptionObject>(base);
}

}  // namespace loopspec::harness
