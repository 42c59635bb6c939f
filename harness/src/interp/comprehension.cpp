// Comprehensions and generator expressions (comprehension.hpp).
#include "interp/comprehension.hpp"

#include "common/errors.hpp"
#include "interp/bindings.hpp"
#include "interp/pyops.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {

ComprehensionCursor::ComprehensionCursor(Interpreter& in, const ir::Comprehension& c, const Value& first,
                                         Frame& outer)
    : in_(in), c_(c) {
  in.enter_scope(*c.scope, in.captured(*c.scope, outer), frame_);
  levels_.push_back(std::make_unique<Iteration>(in, first));
}

bool ComprehensionCursor::next() {
  while (!levels_.empty()) {
    std::size_t i = levels_.size() - 1;
    Value item;
    if (!levels_.back()->next(item)) {
      levels_.pop_back();
      continue;
    }
    in_.step();
    const ir::CompFor& clause = c_.generators[i];
    Exec::store(in_, *clause.target, std::move(item), frame_);
    if (!passes(clause)) continue;
    if (i + 1 == c_.generators.size()) return true;
    levels_.push_back(std::make_unique<Iteration>(in_, in_.eval(*c_.generators[i + 1].iter, frame_)));
  }
  return false;
}

bool ComprehensionCursor::passes(const ir::CompFor& clause) {
  for (const auto& cond : clause.ifs)
    if (!truthy(in_.eval(*cond, frame_))) return false;
  return true;
}

ComprehensionResult::ComprehensionResult(ir::Comprehension::Kind kind) {
  using Kind = ir::Comprehension::Kind;
  if (kind == Kind::Set) result_ = std::make_shared<Set>();
  else if (kind == Kind::Dict) result_ = std::make_shared<Dict>();
  else result_ = std::make_shared<List>();
}

void ComprehensionResult::add(Value elt) {
  if (auto l = result_.as<List>()) return l->items.push_back(std::move(elt));
  check_hashable(elt);
  result_.as<Set>()->add(elt);
}

void ComprehensionResult::add(Value key, Value value) {
  check_hashable(key);
  result_.as<Dict>()->set(key, std::move(value));
}

void trace_comprehension(Interpreter& in, ExceptionObject& e) {
  // 3.11's `<listcomp>` frame, which the interpreter does not keep; from
  // 3.12 a comprehension runs inside its function's frame (PEP 709).
  if (in.options().python < PythonVersion::v3_12) Interpreter::trace_unpinnable(e);
}

Value eval_comprehension(Interpreter& in, const ir::Comprehension& c, Frame& f) {
  Value first = in.eval(*c.generators.front().iter, f);
  if (c.kind == ir::Comprehension::Kind::Generator) return std::make_shared<GeneratorObject>(in, c, first, f);
  PythonFrame python_frame;  // CPython 3.11 runs a comprehension as a function call
  ComprehensionCursor cursor(in, c, first, f);
  ComprehensionResult out(c.kind);
  try {
    while (cursor.next()) {
      Value elt = in.eval(*c.elt, cursor.frame());
      if (c.value) out.add(std::move(elt), in.eval(*c.value, cursor.frame()));
      else out.add(std::move(elt));
    }
  } catch (const PyError& e) {
    trace_comprehension(in, *e.exception());
    throw;
  }
  return out.take();
}

const TypeInfo& GeneratorObject::type() const {
  static const TypeInfo& t = type_info("generator");
  return t;
}

}  // namespace loopspec::harness
