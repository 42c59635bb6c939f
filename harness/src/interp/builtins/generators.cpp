// The generator object of a generator expression: an iterator (`__iter__`
// gives itself, `__next__` the next element or StopIteration), which is all
// the builtins and `for` ask of it.
#include "interp/builtins/builtins.hpp"
#include "interp/comprehension.hpp"

namespace loopspec::harness {
namespace {

Value generator_iter(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__iter__", 0, 0);
  return self;
}

Value generator_next(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("__next__", 0, 0);
  auto& g = self_as<GeneratorObject>(self);
  // An exhausted generator stays exhausted; one whose element raised is
  // finished too (CPython closes a generator its exception escapes).
  if (!g.exhausted) {
    g.exhausted = true;
    try {
      if (g.cursor.next()) {
        Value v = in.eval(*g.comp.elt, g.cursor.frame());
        g.exhausted = false;
        return v;
      }
    } catch (const PyError& e) {
      // The `<genexpr>` frame, which the interpreter does not keep.
      Interpreter::trace_unpinnable(*e.exception());
      throw;
    }
  }
  raise(exc::StopIteration);
}

}  // namespace

void bind_generators() {
  TypeInfo& t = type_info("generator");
  t.define_method("__iter__", generator_iter);
  t.define_method("__next__", generator_next);
}

}  // namespace loopspec::harness
