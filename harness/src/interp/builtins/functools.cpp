// functools.partial: the one functools name scenarios use, since asyncio
// callbacks are often built with it (`loop.call_soon(partial(f, x))`).
#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"

namespace loopspec::harness {
namespace {

Value make_partial(Interpreter& in, const Value&, CallArgs& args) {
  if (args.pos.empty()) raise(exc::TypeError, "type 'partial' takes at least one argument");
  Value func = args.pos.front();
  if (!in.is_callable(func)) raise(exc::TypeError, "the first argument must be callable");
  // partial(partial(f, a), b) is partial(f, a, b), as CPython flattens it.
  std::vector<Value> bound(args.pos.begin() + 1, args.pos.end());
  Keywords keywords = std::move(args.kw);
  if (auto inner = func.as<PartialObject>()) {
    bound.insert(bound.begin(), inner->args.begin(), inner->args.end());
    Keywords merged = inner->keywords;
    override_keywords(merged, std::move(keywords));
    keywords = std::move(merged);
    func = inner->func;
  }
  return std::make_shared<PartialObject>(std::move(func), std::move(bound), std::move(keywords));
}

Value partial_func(Interpreter&, const Value& self, CallArgs&) { return self_as<PartialObject>(self).func; }

Value partial_args(Interpreter&, const Value& self, CallArgs&) {
  return std::make_shared<Tuple>(self_as<PartialObject>(self).args);
}

Value partial_keywords(Interpreter&, const Value& self, CallArgs&) {
  auto d = std::make_shared<Dict>();
  for (const auto& [name, value] : self_as<PartialObject>(self).keywords) d->set(Value(name), value);
  return d;
}

}  // namespace

void bind_functools() {
  Value partial = native_function("partial", make_partial);
  define_builtin("partial", partial);  // `from functools import partial`
  define_builtin("functools", Value(std::make_shared<ModuleObject>("functools")));
  define_module_attr("functools", "partial", partial);
  TypeInfo& t = type_info("partial");
  t.define_property("func", partial_func);
  t.define_property("args", partial_args);
  t.define_property("keywords", partial_keywords);
}

}  // namespace loopspec::harness
