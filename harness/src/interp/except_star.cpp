// ExceptStar (except_star.hpp), after PEP 654 and CPython 3.11's
// exception-group split and re-raise rules.
#include "interp/except_star.hpp"

#include <functional>
#include <unordered_set>

#include "interp/pyobjects.hpp"

namespace loopspec::harness {
namespace {

using Predicate = std::function<bool(const ExceptionPtr&)>;

bool is_group(const ExceptionPtr& e) { return e->is_instance_of(exc::BaseExceptionGroup); }

struct Split {
  ExceptionPtr match, rest;
};

/// BaseExceptionGroup.split: a group that matches as a whole goes whole;
/// otherwise its members are split one by one, and each side that keeps
/// some is a new group with the same message (`derive`).
Split split(const ExceptionPtr& e, const Predicate& pred) {
  if (pred(e)) return {e, nullptr};
  if (!is_group(e)) return {nullptr, e};
  std::vector<ExceptionPtr> matched, rest;
  for (const auto& member : e->exceptions) {
    Split s = split(member, pred);
    if (s.match) matched.push_back(std::move(s.match));
    if (s.rest) rest.push_back(std::move(s.rest));
  }
  const std::string message = e->args().empty() ? "" : str(e->args().front());
  return {matched.empty() ? nullptr : new_exception_group(message, std::move(matched)),
          rest.empty() ? nullptr : new_exception_group(message, std::move(rest))};
}

void collect_leaves(const ExceptionPtr& e, std::unordered_set<const ExceptionObject*>& out) {
  if (!is_group(e)) {
    out.insert(e.get());
    return;
  }
  for (const auto& member : e->exceptions) collect_leaves(member, out);
}

/// A naked exception as except* hands it over: in a group of one whose
/// args hold a tuple (derived groups hold a list, as CPython's do).
ExceptionPtr wrap(const ExceptionPtr& naked) {
  ExceptionPtr group = new_exception_group("", {naked});
  group->args()[1] = std::make_shared<Tuple>(std::vector<Value>{Value(naked)});
  return group;
}

bool names_a_group_class(const Value& cls) {
  if (auto c = cls.as<ExceptionClass>()) return c->exc_type->is_subclass_of(exc::BaseExceptionGroup);
  if (auto t = cls.as<Tuple>()) {
    for (const auto& x : t->items)
      if (names_a_group_class(x)) return true;
  }
  return false;
}

}  // namespace

ExceptionPtr ExceptStar::take(Interpreter& in, const ir::Handler& h, Frame& f) {
  if (!rest_) return nullptr;  // all handled: the remaining clauses are skipped, classes unevaluated
  std::vector<Value> classes;
  for (const auto& type : h.types) {
    classes.push_back(in.eval(*type, f));
    if (names_a_group_class(classes.back()))
      raise(exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
  auto matches = [&classes](const ExceptionPtr& e) {
    for (const auto& c : classes)
      if (class_matches(c, e)) return true;
    return false;
  };
  ExceptionPtr part;
  if (!is_group(rest_)) {
    // A naked exception is handed over wrapped in a group of one.
    if (!matches(rest_)) return nullptr;
    part = wrap(rest_);
    rest_ = nullptr;
  } else {
    Split s = split(rest_, matches);
    part = s.match;
    rest_ = s.rest;
  }
  if (part) matches_.push_back(part);
  return part;
}

bool ExceptStar::is_reraise(const ExceptionPtr& e) const {
  // CPython compares tracebacks and contexts; here a re-raise is one of
  // the parts the handlers were given (what a bare `raise` raises).
  if (e == orig_) return true;
  for (const auto& m : matches_)
    if (e == m) return true;
  return false;
}

ExceptionPtr ExceptStar::result() const {
  // A naked exception reached at most one handler: what it raised, else
  // the exception itself when no handler took it.
  if (!is_group(orig_)) return raised_.empty() ? rest_ : raised_.front();
  std::vector<ExceptionPtr> fresh;
  std::unordered_set<const ExceptionObject*> kept;
  if (rest_) collect_leaves(rest_, kept);
  for (const auto& e : raised_) {
    if (is_reraise(e)) collect_leaves(e, kept);
    else fresh.push_back(e);
  }
  // What is re-raised keeps the original group's shape and message.
  ExceptionPtr keep = split(orig_, [&kept](const ExceptionPtr& e) { return !is_group(e) && kept.count(e.get()) > 0; }).match;
  if (fresh.empty()) return keep;
  if (keep) fresh.push_back(std::move(keep));
  return new_exception_group("", std::move(fresh));
}

}  // namespace loopspec::harness
