// `try ... except*` (PEP 654): which part of an exception group each
// handler takes, and what the statement raises once the handlers are done.
#pragma once

#include <vector>

#include "interp/exec.hpp"

namespace loopspec::harness {

/// One run of the except* handlers of a try statement whose body raised
/// `orig`. Both executors drive it the same way: take() for each handler in
/// order (skip it when null), raised() for what its body raises, result().
class ExceptStar {
 public:
  explicit ExceptStar(ExceptionPtr orig) : orig_(orig), rest_(std::move(orig)) {}

  /// The part of what is still unhandled that handler `h` matches, or null.
  /// Evaluates h's classes (TypeError for an exception-group class).
  ExceptionPtr take(Interpreter& in, const ir::Handler& h, Frame& f);
  /// What a handler's body raised; a bare `raise` gives back its own part.
  void raised(ExceptionPtr e) { raised_.push_back(std::move(e)); }
  /// What the statement raises after the handlers, or null.
  ExceptionPtr result() const;

 private:
  bool is_reraise(const ExceptionPtr& e) const;

  ExceptionPtr orig_;
  ExceptionPtr rest_;                  // not matched by any handler yet
  std::vector<ExceptionPtr> matches_;  // what the handlers were given
  std::vector<ExceptionPtr> raised_;   // what their bodies raised, in order
};

}  // namespace loopspec::harness
