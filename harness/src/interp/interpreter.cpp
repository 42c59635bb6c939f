// Interpreter: module start-up, calls, attributes and loop callbacks.
#include "interp/interpreter.hpp"

#include <stdlib.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

#include "loopspec/socket.hpp"

#include "interp/asyncio_reprs.hpp"

#include "interp/async_generator.hpp"
#include "interp/classes.hpp"
#include "interp/context.hpp"
#include "interp/exec.hpp"
#include "loopspec/runtime.hpp"
#include "common/errors.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "trace/trace_recorder.hpp"

namespace loopspec::harness {
namespace {

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

/// Python's "missing 2 required positional arguments: 'a' and 'b'".
std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

void bind_arguments(const ir::Function& fn, const std::vector<Value>& defaults, CallArgs& args, Frame& f) {
  const std::size_t n = fn.params.size();
  if (args.pos.size() > n) {
    // CPython names the range when some parameters have defaults.
    std::string takes = defaults.empty() ? plural(n, "positional argument")
                                         : "from " + std::to_string(n - defaults.size()) + " to " +
                                               plural(n, "positional argument");
    raise(exc::TypeError, fn.qualname + "() takes " + takes + " but " + std::to_string(args.pos.size()) +
                              (args.pos.size() == 1 ? " was" : " were") + " given");
  }
  for (std::size_t i = 0; i < args.pos.size(); ++i) f.locals[i] = std::move(args.pos[i]);
  for (auto& [name, value] : args.kw) {
    std::size_t i = 0;
    while (i < n && fn.params[i] != name) ++i;
    if (i == n) raise(exc::TypeError, fn.qualname + "() got an unexpected keyword argument '" + name + "'");
    if (f.locals[i]) raise(exc::TypeError, fn.qualname + "() got multiple values for argument '" + name + "'");
    f.locals[i] = std::move(value);
  }
  const std::size_t first_default = n - defaults.size();
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < n; ++i) {
    if (f.locals[i]) continue;
    if (i >= first_default) f.locals[i] = defaults[i - first_default];
    else missing.push_back(fn.params[i]);
  }
  if (!missing.empty()) {
    raise(exc::TypeError, fn.qualname + "() missing " + plural(missing.size(), "required positional argument") +
                              ": " + name_list(missing));
  }
}

[[noreturn]] void no_attribute(const Value& obj, int symbol) {
  const std::string& attr = symbol_name(symbol);
  if (auto m = obj.as<ModuleObject>()) {
    raise(exc::AttributeError, "module '" + m->name + "' has no attribute '" + attr + "'");
  }
  if (auto c = obj.as<ExceptionClass>()) {
    raise(exc::AttributeError, "type object '" + std::string(c->exc_type->name()) + "' has no attribute '" + attr + "'");
  }
  raise(exc::AttributeError, "'" + loopspec::type_name(obj) + "' object has no attribute '" + attr + "'");
}

Value instantiate(const ExceptionType& t, CallArgs& args) {
  if (!args.kw.empty()) raise(exc::TypeError, std::string(t.name()) + "() takes no keyword arguments");
  if (&t != &exc::ExceptionGroup && &t != &exc::BaseExceptionGroup) return new_exception(t, std::move(args.pos));
  std::string name(t.name());
  if (args.pos.size() != 2)
    raise(exc::TypeError, name + " expected 2 arguments, got " + std::to_string(args.pos.size()));
  if (!args.pos[0].is_str()) raise(exc::TypeError, "argument 1 must be str, not " + loopspec::type_name(args.pos[0]));
  const std::vector<Value>* items = nullptr;
  if (auto l = args.pos[1].as<List>()) items = &l->items;
  if (auto tu = args.pos[1].as<Tuple>()) items = &tu->items;
  if (!items) raise(exc::TypeError, "second argument (exceptions) must be a sequence");
  if (items->empty()) raise(exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  std::vector<ExceptionPtr> members;
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto e = (*items)[i].as<ExceptionObject>();
    if (!e) raise(exc::ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    if (&t == &exc::ExceptionGroup && !e->is_instance_of(exc::Exception))
      raise(exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    members.push_back(std::move(e));
  }
  return new_exception_group(args.pos[0].as_str(), std::move(members));
}

/// A partial's call: its arguments first, then the call's; the call's
/// keywords override the partial's.
Value call_partial(Interpreter& in, const PartialObject& p, CallArgs& args) {
  CallArgs all;
  all.line = args.line;
  all.pos = p.args;
  all.pos.insert(all.pos.end(), std::make_move_iterator(args.pos.begin()), std::make_move_iterator(args.pos.end()));
  all.kw = p.keywords;
  override_keywords(all.kw, std::move(args.kw));
  return in.call(p.func, all);
}

}  // namespace

Interpreter::Interpreter(const ir::Program& program, Recorder& recorder, RunOptions options)
    : program_(program), recorder_(recorder), options_(options) {
  if (!program.resolved) throw ScenarioError("internal: the program was not resolved before running");
  for (const auto& fn : program.functions) {
    functions_.emplace_back(std::make_shared<FunctionObject>(fn, std::vector<Value>{}, std::vector<CellPtr>{}));
  }
  if (program.uses_contextvars) contexts_ = std::make_unique<ContextState>();
}

Interpreter::~Interpreter() {
  for (const auto& weak : cells_)
    if (CellPtr c = weak.lock()) c->value.reset();
  for (const auto& weak : handles_)
    if (HandlePtr h = weak.lock()) h->release_callback();
  if (!private_dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(private_dir_, ignored);
  }
}

const std::string& Interpreter::private_dir() {
  if (private_dir_.empty()) {
    std::string pattern = (std::filesystem::temp_directory_path() / "loopspec-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) raise_os_error(errno);
    private_dir_ = pattern;
  }
  return private_dir_;
}

void Interpreter::track(const HandlePtr& h) {
  // Forgetting the handles already freed before the list grows keeps a long
  // run's list as short as the handles it still holds.
  if (handles_.size() == handles_.capacity())
    std::erase_if(handles_, [](const std::weak_ptr<Handle>& w) { return w.expired(); });
  handles_.push_back(h);
}

void Interpreter::start() {
  if (contexts_) contexts_->install();
  Runtime::current().awaitable_adapter = [this](const Value& v) { return wrap_awaitable(*this, v); };
  repr_hooks_ = std::make_unique<ProgramReprHooks>(*this);
  Runtime::current().repr_hooks = repr_hooks_.get();
  Frame module;  // constants and defaults see only the module scope
  constants_.assign(program_.constants.size(), std::nullopt);
  for (std::size_t i = 0; i < program_.constants.size(); ++i) {
    constants_[i] = eval(*program_.constants[i].value, module);
  }
  for (const auto& c : program_.classes) classes_.push_back(make_class(c, module));
  for (const Value& v : functions_) {
    auto fo = v.as<FunctionObject>();
    fo->defaults.clear();
    for (const auto& e : fo->fn->defaults) fo->defaults.push_back(eval(*e, module));
  }
}

const Value& Interpreter::function_value(int index) const {
  return functions_.at(static_cast<std::size_t>(index));
}

const Value& Interpreter::class_value(int index) const { return classes_.at(static_cast<std::size_t>(index)); }

Value Interpreter::make_class(const ir::ClassDef& c, Frame& module) {
  std::vector<ClassPtr> bases;
  std::vector<const ExceptionType*> exception_bases;
  for (const auto& b : c.bases) {
    Value base = eval(*b, module);
    if (auto k = base.as<ClassObject>()) bases.push_back(std::move(k));
    else if (auto e = base.as<ExceptionClass>()) exception_bases.push_back(e->exc_type);
    else throw ScenarioError("line " + std::to_string(c.line) + ": a base of class " + c.name + " is not a class");
  }
  ClassPtr cls;
  try {
    cls = std::make_shared<ClassObject>(c.name, std::move(bases), std::move(exception_bases));
  } catch (const PyError& e) {  // no consistent MRO: CPython fails the module's import
    throw ScenarioError("line " + std::to_string(c.line) + ": class " + c.name + ": " + e.exception()->message());
  }
  for (const auto& a : c.attrs) cls->dict.set(intern(a.name), eval(*a.value, module));
  for (const auto& m : c.methods) {
    std::vector<Value> defaults;
    for (const auto& d : m.fn.defaults) defaults.push_back(eval(*d, module));
    Value f = std::make_shared<FunctionObject>(m.fn, std::move(defaults), std::vector<CellPtr>{});
    cls->dict.set(intern(m.fn.name), m.property ? Value(std::make_shared<PropertyObject>(f, m.fn.name)) : f);
  }
  return cls;
}

CellPtr Interpreter::new_cell() {
  if (cells_.size() == cells_.capacity()) {  // forget dead cells before growing
    std::erase_if(cells_, [](const std::weak_ptr<Cell>& c) { return c.expired(); });
    cells_.reserve(2 * cells_.size() + 16);
  }
  auto c = std::make_shared<Cell>();
  cells_.push_back(c);
  return c;
}

std::vector<CellPtr> Interpreter::captured(const ir::Function& fn, Frame& outer) {
  std::vector<CellPtr> closure;
  closure.reserve(fn.closure.size());
  for (int slot : fn.closure) closure.push_back(outer.cells[static_cast<std::size_t>(slot)]);
  return closure;
}

Value Interpreter::make_function(const ir::Function& fn, Frame& f) {
  std::vector<Value> defaults;
  for (const auto& e : fn.defaults) defaults.push_back(eval(*e, f));
  return std::make_shared<FunctionObject>(fn, std::move(defaults), captured(fn, f));
}

void Interpreter::enter_scope(const ir::Function& fn, const std::vector<CellPtr>& closure, Frame& f) {
  f.fn = &fn;
  f.locals.resize(fn.locals.size());
  if (fn.cells.empty()) return;
  f.cells.reserve(fn.cells.size());
  for (std::size_t i = 0; i < fn.n_cellvars; ++i) f.cells.push_back(new_cell());
  f.cells.insert(f.cells.end(), closure.begin(), closure.end());
}

const FramePtr& Interpreter::frame_object(Frame& f) {
  if (!f.object) {
    f.object = std::make_shared<FrameObject>(f.fn ? f.fn->name : "<module>", program_.id + ".py", &f.line);
  }
  return f.object;
}

void Interpreter::trace(ExceptionObject& e, Frame& f) {
  const FramePtr& object = frame_object(f);
  if (e.traced_in == object.get()) return;
  e.traceback.insert(e.traceback.begin(), object);
  e.traced_in = object.get();
}

void Interpreter::trace_unpinnable(ExceptionObject& e) {
  e.traceback.insert(e.traceback.begin(), nullptr);
  e.traced_in = nullptr;
}

void Interpreter::step(int line) {
  if (line) line_ = line;
  if (++steps_ > options_.max_steps) {
    throw ScenarioError("the scenario did not finish within " + std::to_string(options_.max_steps) +
                        " steps (an endless loop?)");
  }
}

void Interpreter::enter(const FunctionObject& fo, CallArgs& args, Frame& f) {
  const ir::Function& fn = *fo.fn;
  enter_scope(fn, fo.closure, f);
  bind_arguments(fn, fo.defaults, args, f);
  for (std::size_t i = 0; i < fn.n_cellvars; ++i)
    if (int p = fn.cell_params[i]; p >= 0) f.cells[i]->value = std::move(f.locals[static_cast<std::size_t>(p)]);
}

Value Interpreter::call_function(const FunctionObject& fo, CallArgs& args) {
  const ir::Function& fn = *fo.fn;
  if (fn.is_async) {
    auto frame = std::make_unique<Frame>();
    enter(fo, args, *frame);
    frame->line = fn.line;  // an unstarted coroutine's frame is at its `def`
    Frame* body_frame = frame.get();  // owned by the body coroutine from here on
    Coro c = Exec::block_async(this, &fn.body, nullptr, std::move(frame));
    c.object()->name = fn.name;
    if (repr_hooks_) c.object()->code = repr_hooks_->code_of(fo, frame_object(*body_frame));
    if (!fn.is_generator) return Value(c.object());
    auto gen = std::make_shared<AsyncGenObject>(std::move(c));
    body_frame->generator = &gen->body;
    return gen;
  }
  PythonFrame python_frame;  // RecursionError past the limit, as in CPython
  Frame frame;
  enter(fo, args, frame);
  try {
    Exec::block(*this, fn.body, frame);
  } catch (const PyError& e) {
    trace(*e.exception(), frame);
    throw;
  }
  return std::move(frame.ret);
}

namespace {

/// Calls a binding; when CPython writes it in Python, what it raises heads
/// its traceback with that code's frames.
template <class F>
Value through_binding(bool python_in_cpython, F&& call) {
  if (!python_in_cpython) return call();
  try {
    return call();
  } catch (const PyError& e) {
    Interpreter::trace_unpinnable(*e.exception());
    throw;
  }
}

}  // namespace

Value Interpreter::call(const Value& callee, CallArgs& args) {
  if (callee.is_object()) {
    const Object* o = callee.as_object().get();
    if (auto* f = dynamic_cast<const FunctionObject*>(o)) return call_function(*f, args);
    if (auto* p = dynamic_cast<const PartialObject*>(o)) return call_partial(*this, *p, args);
    if (auto* n = dynamic_cast<const NativeFunction*>(o)) {
      return through_binding(n->python_in_cpython, [&] { return n->fn(*this, Value(None), args); });
    }
    if (auto* m = dynamic_cast<const BoundMethod*>(o)) {
      return through_binding(methods_in_python(type_of(m->self)), [&] { return m->fn(*this, m->self, args); });
    }
    if (auto* c = dynamic_cast<const ExceptionClass*>(o)) return instantiate(*c->exc_type, args);
    if (auto* m = dynamic_cast<const MethodObject*>(o)) {
      args.pos.insert(args.pos.begin(), m->self);
      return call(m->func, args);
    }
    if (auto c = callee.as<ClassObject>()) return instantiate_class(*this, c, args);
  }
  raise(exc::TypeError, "'" + loopspec::type_name(callee) + "' object is not callable");
}

bool Interpreter::is_callable(const Value& v) const {
  if (!v.is_object()) return false;
  const Object* o = v.as_object().get();
  return dynamic_cast<const FunctionObject*>(o) || dynamic_cast<const NativeFunction*>(o) ||
         dynamic_cast<const BoundMethod*>(o) || dynamic_cast<const ExceptionClass*>(o) ||
         dynamic_cast<const PartialObject*>(o) || dynamic_cast<const MethodObject*>(o) ||
         dynamic_cast<const ClassObject*>(o);
}

Value Interpreter::call_method(const Value& self, int symbol, CallArgs& args) {
  const TypeInfo& t = type_of(self);
  if (Value attr; t.has_own_attributes() && user_get_attr(*this, self, symbol, attr)) return call(attr, args);
  const Member* m = t.find(symbol);
  if (!m) {
    if (auto mod = self.as<ModuleObject>()) {
      if (const Value* v = module_attr(mod->name, symbol_name(symbol))) return call(*v, args);
    }
    no_attribute(self, symbol);
  }
  if (m->property) {
    CallArgs none;
    Value attr = m->fn(*this, self, none);
    return call(attr, args);
  }
  return through_binding(methods_in_python(t), [&] { return m->fn(*this, self, args); });
}

Value Interpreter::get_attr(const Value& obj, int symbol) {
  const TypeInfo& t = type_of(obj);
  if (Value attr; t.has_own_attributes() && user_get_attr(*this, obj, symbol, attr)) return attr;
  const Member* m = t.find(symbol);
  if (!m) {
    if (auto mod = obj.as<ModuleObject>()) {
      if (const Value* v = module_attr(mod->name, symbol_name(symbol))) return *v;
    }
    no_attribute(obj, symbol);
  }
  if (m->property) {
    CallArgs none;
    return m->fn(*this, obj, none);
  }
  return std::make_shared<BoundMethod>(obj, symbol, m->fn);
}

void Interpreter::set_attr(const Value& obj, int symbol, Value v) {
  if (!user_set_attr(obj, symbol, std::move(v))) no_attribute(obj, symbol);
}

void Interpreter::del_attr(const Value& obj, int symbol) {
  if (!user_del_attr(obj, symbol)) no_attribute(obj, symbol);
}

ContextPtr Interpreter::callback_context(const Value& context) {
  if (contexts_) return contexts_->for_callback(context);
  if (!context.is_none()) throw ScenarioError("context= must be a contextvars.Context");
  return nullptr;
}

void Interpreter::run_callback(const ContextPtr& ctx, const Value& fn, CallArgs& args) {
  step();
  if (!ctx) {
    call(fn, args);
    return;
  }
  ContextState::Entered in(*contexts_, ctx);  // Handle._run: the callback runs inside context.run
  call(fn, args);
}

Callback Interpreter::make_callback(Value fn, std::vector<Value> args, const Value& context) {
  return [this, fn = std::move(fn), args = std::move(args), ctx = callback_context(context)]() {
    CallArgs a;
    a.pos = args;
    run_callback(ctx, fn, a);
  };
}

}  // namespace loopspec::harness
