// contextvars: ContextVar, Token, Context and copy_context
// (docs/scenario-language.md#contextvars), with CPython 3.11's errors. The
// objects and the current context are interp/context.hpp; asyncio's rules
// (tasks and callbacks) are applied where tasks and callbacks are made.
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/context.hpp"
#include "interp/pyops.hpp"

namespace loopspec::harness {
namespace {

ContextState& state(Interpreter& in) {
  if (ContextState* s = in.contexts()) return *s;
  throw ScenarioError("internal: contextvars used in a run that keeps no contexts");
}

Value contextvar_new(Interpreter&, const Value&, CallArgs& args) {
  std::optional<Value> dflt = args.take_kw("default");
  if (!args.kw.empty())
    raise(exc::TypeError, "'" + args.kw.front().first + "' is an invalid keyword argument for ContextVar()");
  if (args.pos.size() != 1) {
    raise(exc::TypeError, "ContextVar() takes exactly 1 positional argument (" + std::to_string(args.pos.size()) +
                              " given)");
  }
  if (!args.pos[0].is_str()) raise(exc::TypeError, "context variable name must be a str");
  return std::make_shared<ContextVarObject>(args.pos[0].as_str(), std::move(dflt));
}

ContextVarPtr var_of(const Value& self) { return self.as<ContextVarObject>(); }

// get(): the current context's value, else the default given, else the
// variable's default, else LookupError(var).
Value var_get(Interpreter& in, const Value& self, CallArgs& args) {
  if (!args.kw.empty()) raise(exc::TypeError, "ContextVar.get() takes no keyword arguments");
  if (args.pos.size() > 1)
    raise(exc::TypeError, "get expected at most 1 argument, got " + std::to_string(args.pos.size()));
  const ContextVarObject& var = self_as<ContextVarObject>(self);
  if (const Value* v = state(in).current()->find(var)) return *v;
  if (!args.pos.empty()) return args.pos[0];
  if (var.dflt) return *var.dflt;
  throw PyError(new_exception(exc::LookupError, {self}));
}

Value var_set(Interpreter& in, const Value& self, CallArgs& args) {
  args.no_keywords_left("ContextVar.set");
  args.expect_positional("ContextVar.set", 1, 1);
  const ContextPtr& ctx = state(in).current();
  ContextVarPtr var = var_of(self);
  std::optional<Value> old;
  if (const Value* v = ctx->find(*var)) old = *v;
  ctx->assign(var, args.pos[0]);
  return std::make_shared<TokenObject>(var, std::move(old), ctx);
}

// reset(token): the token's own checks first (used once, same variable, same
// context), then the value it saw is put back, or the variable unset.
Value var_reset(Interpreter& in, const Value& self, CallArgs& args) {
  args.no_keywords_left("ContextVar.reset");
  args.expect_positional("ContextVar.reset", 1, 1);
  auto tok = args.pos[0].as<TokenObject>();
  if (!tok) raise(exc::TypeError, "expected an instance of Token, got " + py_repr(args.pos[0]));
  if (tok->used) raise(exc::RuntimeError, "<Token used var=<ContextVar name='" + tok->var->name + "'>> has already been used once");
  std::string token_text = "<Token var=<ContextVar name='" + tok->var->name + "'>>";
  if (tok->var != var_of(self)) raise(exc::ValueError, token_text + " was created by a different ContextVar");
  const ContextPtr& ctx = state(in).current();
  if (tok->ctx.lock() != ctx) raise(exc::ValueError, token_text + " was created in a different Context");
  tok->used = true;
  ctx->assign(tok->var, tok->old_value);
  return None;
}

Value var_name(Interpreter&, const Value& self, CallArgs&) { return self_as<ContextVarObject>(self).name; }

Value token_var(Interpreter&, const Value& self, CallArgs&) { return Value(self_as<TokenObject>(self).var); }

Value token_old_value(Interpreter&, const Value& self, CallArgs&) {
  const auto& old = self_as<TokenObject>(self).old_value;
  return old ? *old : token_missing();
}

Value copy_context(Interpreter& in, const Value&, CallArgs& args) {
  if (!args.pos.empty() || !args.kw.empty()) {
    raise(exc::TypeError, "_contextvars.copy_context() takes no arguments (" +
                              std::to_string(args.pos.size() + args.kw.size()) + " given)");
  }
  ContextState& s = state(in);
  return s.make(s.current()->vars);
}

Value context_new(Interpreter& in, const Value&, CallArgs& args) {
  if (!args.pos.empty() || !args.kw.empty()) raise(exc::TypeError, "Context() does not accept any arguments");
  return state(in).make(nullptr);
}

// Context.run(callable, *args, **kwargs): the call with the context entered.
Value context_run(Interpreter& in, const Value& self, CallArgs& args) {
  if (args.pos.empty()) raise(exc::TypeError, "run() missing 1 required positional argument");
  ContextState::Entered entered(state(in), std::static_pointer_cast<ContextObject>(self.as_object()));
  Value fn = args.pos.front();
  args.pos.erase(args.pos.begin());
  return in.call(fn, args);
}

Value context_copy(Interpreter& in, const Value& self, CallArgs& args) {
  if (!args.pos.empty() || !args.kw.empty())
    raise(exc::TypeError, "Context.copy() takes no arguments (" + std::to_string(args.pos.size()) + " given)");
  return state(in).make(self_as<ContextObject>(self).vars);
}

Value context_get(Interpreter&, const Value& self, CallArgs& args) {
  if (!args.kw.empty()) raise(exc::TypeError, "Context.get() takes no keyword arguments");
  if (args.pos.empty() || args.pos.size() > 2) {
    raise(exc::TypeError, std::string("get expected ") + (args.pos.empty() ? "at least 1 argument" : "at most 2 arguments") +
                              ", got " + std::to_string(args.pos.size()));
  }
  const Value* v = self_as<ContextObject>(self).find(context_key(args.pos[0]));
  return v ? *v : (args.pos.size() > 1 ? args.pos[1] : Value(None));
}

// A Context's keys come out in the order of CPython's hash tree: not ours to copy.
Value context_iterate(Interpreter&, const Value&, CallArgs&) {
  throw ScenarioError("iterating a contextvars.Context: CPython's order depends on hashing; use ctx.get(var)");
}

}  // namespace

void bind_contextvars() {
  Value contextvar = native_function("ContextVar", contextvar_new);
  Value copy = native_function("copy_context", copy_context);
  define_builtin("ContextVar", contextvar);  // `from contextvars import ContextVar`
  define_builtin("copy_context", copy);      // `from contextvars import copy_context`
  define_builtin("contextvars", Value(std::make_shared<ModuleObject>("contextvars")));
  define_module_attr("contextvars", "ContextVar", contextvar);
  define_module_attr("contextvars", "copy_context", copy);
  define_module_attr("contextvars", "Context", native_function("Context", context_new));

  TypeInfo& v = type_info("ContextVar");
  v.define_method("get", var_get);
  v.define_method("set", var_set);
  v.define_method("reset", var_reset);
  v.define_property("name", var_name);
  TypeInfo& t = type_info("Token");
  t.define_property("var", token_var);
  t.define_property("old_value", token_old_value);
  TypeInfo& c = type_info("Context");
  c.define_method("run", context_run);
  c.define_method("copy", context_copy);
  c.define_method("get", context_get);
  for (const char* m : {"keys", "values", "items", "__iter__"}) c.define_method(m, context_iterate);
}

}  // namespace loopspec::harness
