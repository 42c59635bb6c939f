// Comprehensions and generator expressions at run time (docs/ir.md#comprehensions).
#pragma once

#include <memory>
#include <vector>

#include "interp/exec.hpp"

namespace loopspec::harness {

/// Walks the clauses of a comprehension in the comprehension's own frame:
/// each next() binds the targets to the next combination of items that
/// passes every `if`, nested clauses varying fastest, as Python's nested
/// loops do. The first iterable, evaluated by the caller in the enclosing
/// scope, is turned into an iterator at once (a generator expression over
/// something not iterable fails where it is written, as in CPython).
class ComprehensionCursor {
 public:
  ComprehensionCursor(Interpreter& in, const ir::Comprehension& c, const Value& first, Frame& outer);
  ComprehensionCursor(const ComprehensionCursor&) = delete;
  ComprehensionCursor& operator=(const ComprehensionCursor&) = delete;

  /// False once every combination has been produced.
  bool next();
  /// Where the element is evaluated.
  Frame& frame() { return frame_; }

 private:
  bool passes(const ir::CompFor& clause);

  Interpreter& in_;
  const ir::Comprehension& c_;
  Frame frame_;
  std::vector<std::unique_ptr<Iteration>> levels_;  // one per clause entered
};

/// The list, set or dict a comprehension builds, one element at a time.
class ComprehensionResult {
 public:
  explicit ComprehensionResult(ir::Comprehension::Kind kind);
  void add(Value elt);
  void add(Value key, Value value);
  Value take() { return std::move(result_); }

 private:
  Value result_;
};

/// A list, set or dict comprehension without await, or a generator expression.
Value eval_comprehension(Interpreter& in, const ir::Comprehension& c, Frame& f);
/// `e` escaped a list, set or dict comprehension: in 3.11 its traceback
/// holds the comprehension's own frame.
void trace_comprehension(Interpreter& in, ExceptionObject& e);

/// The generator object of `(elt for ...)`: its iterator methods run the
/// clauses one element at a time.
class GeneratorObject : public HarnessObject {
 public:
  GeneratorObject(Interpreter& in, const ir::Comprehension& c, const Value& first, Frame& outer)
      : comp(c), cursor(in, c, first, outer) {}
  const TypeInfo& type() const override;
  const ir::Comprehension& comp;
  ComprehensionCursor cursor;
  bool exhausted = false;
};

}  // namespace loopspec::harness
