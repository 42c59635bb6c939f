// The binding tables (bindings.hpp): interned symbols, type tables, the
// builtin and asyncio names, and the C++-type -> TypeInfo cache.
#include "interp/bindings.hpp"

#include <deque>
#include <mutex>
#include <set>
#include <typeindex>
#include <unordered_map>

#include "interp/builtins/builtins.hpp"
#include "interp/pyobjects.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {
namespace {

struct Symbols {
  std::unordered_map<std::string, int> ids;
  std::deque<std::string> names;  // deque: references stay valid as it grows
};
Symbols& symbols() {
  static Symbols s;
  return s;
}
std::mutex& symbols_mutex() {
  static std::mutex m;
  return m;
}

struct Types {
  std::unordered_map<std::string, std::unique_ptr<TypeInfo>> by_name;
  std::vector<std::pair<std::function<bool(const Object&)>, const TypeInfo*>> model_classes;
};
Types& types() {
  static Types t;
  return t;
}

/// A module attribute and the CPython version that added it.
struct ModuleAttr {
  Value value;
  PythonVersion since = PythonVersion::v3_11;
};

struct Names {
  std::vector<std::string> builtin_names;
  std::vector<Value> builtin_values;
  std::unordered_map<std::string, std::unordered_map<std::string, ModuleAttr>> modules;  // module -> name -> attr
};

/// Whether the run's CPython version has what `since` added.
bool present(PythonVersion since) {
  return since == PythonVersion::v3_11 || Runtime::current().python() >= since;
}
Names& names() {
  static Names n;
  return n;
}

const TypeInfo& classify_object(const Object& o) {
  if (auto* h = dynamic_cast<const HarnessObject*>(&o)) return h->type();
  // One dynamic_cast walk per C++ type, then a hash lookup. Thread-local so
  // concurrent runs never race on the cache.
  thread_local std::unordered_map<std::type_index, const TypeInfo*> cache;
  std::type_index key(typeid(o));
  auto it = cache.find(key);
  if (it != cache.end()) return *it->second;
  const TypeInfo* found = &type_info("object");
  for (const auto& [matches, info] : types().model_classes) {
    if (matches(o)) {
      found = info;
      break;
    }
  }
  cache.emplace(key, found);
  return *found;
}

}  // namespace

int intern(std::string_view name) {
  std::lock_guard lock(symbols_mutex());
  auto& s = symbols();
  auto it = s.ids.find(std::string(name));
  if (it != s.ids.end()) return it->second;
  int id = static_cast<int>(s.names.size());
  s.names.emplace_back(name);
  s.ids.emplace(std::string(name), id);
  return id;
}

const std::string& symbol_name(int symbol) {
  std::lock_guard lock(symbols_mutex());
  return symbols().names.at(static_cast<std::size_t>(symbol));
}

void TypeInfo::define_method(std::string_view attr, NativeFn fn, PythonVersion since) {
  auto id = static_cast<std::size_t>(intern(attr));
  if (members_.size() <= id) members_.resize(id + 1);
  members_[id] = Member{fn, false, since};
}

void TypeInfo::define_property(std::string_view attr, NativeFn getter) {
  auto id = static_cast<std::size_t>(intern(attr));
  if (members_.size() <= id) members_.resize(id + 1);
  members_[id] = Member{getter, true};
}

const Member* TypeInfo::find(int symbol) const {
  for (const TypeInfo* t = this; t; t = t->base_) {
    auto i = static_cast<std::size_t>(symbol);
    if (symbol >= 0 && i < t->members_.size() && t->members_[i].fn && present(t->members_[i].since)) {
      return &t->members_[i];
    }
  }
  return nullptr;
}

TypeInfo& type_info(std::string_view name, const TypeInfo* base) {
  auto& t = types();
  auto it = t.by_name.find(std::string(name));
  if (it != t.by_name.end()) return *it->second;
  auto info = std::make_unique<TypeInfo>(std::string(name), base);
  TypeInfo& ref = *info;
  t.by_name.emplace(std::string(name), std::move(info));
  return ref;
}

void bind_model_type(std::function<bool(const Object&)> matches, const TypeInfo& info) {
  types().model_classes.emplace_back(std::move(matches), &info);
}

const TypeInfo& type_of(const Value& v) {
  switch (v.storage().index()) {
    case 0: {
      static const TypeInfo& t = type_info("NoneType");
      return t;
    }
    case 1: {
      static const TypeInfo& t = type_info("bool");
      return t;
    }
    case 2: {
      static const TypeInfo& t = type_info("int");
      return t;
    }
    case 3: {
      static const TypeInfo& t = type_info("float");
      return t;
    }
    case 4: {
      static const TypeInfo& t = type_info("str");
      return t;
    }
    default: return classify_object(*v.as_object());
  }
}

void define_builtin(std::string_view name, Value value) {
  auto& n = names();
  for (std::size_t i = 0; i < n.builtin_names.size(); ++i) {
    if (n.builtin_names[i] == name) {
      n.builtin_values[i] = std::move(value);
      return;
    }
  }
  n.builtin_names.emplace_back(name);
  n.builtin_values.push_back(std::move(value));
}

void define_module_attr(std::string_view module, std::string_view name, Value value) {
  names().modules[std::string(module)][std::string(name)] = ModuleAttr{std::move(value)};
}

void define_asyncio(std::string_view name, Value value, PythonVersion since) {
  // The C accelerator's functions and classes; the rest of asyncio is Python.
  static const std::set<std::string_view> in_c = {"get_running_loop", "current_task", "Future", "Task"};
  if (auto fn = value.as<NativeFunction>(); fn && !in_c.contains(name)) fn->python_in_cpython = true;
  names().modules["asyncio"][std::string(name)] = ModuleAttr{std::move(value), since};
}

bool methods_in_python(const TypeInfo& t) {
  static const std::set<std::string_view> python_classes = {
      "EventLoop", "Handle", "TimerHandle", "Timeout", "TaskGroup", "Runner", "Lock", "Event", "Condition",
      "Semaphore", "BoundedSemaphore", "Barrier", "Queue", "PriorityQueue", "LifoQueue", "_AsCompletedIterator"};
  for (const TypeInfo* k = &t; k; k = k->base())
    if (python_classes.contains(k->name())) return true;
  return false;
}

int builtin_slot(std::string_view name) {
  const auto& n = names();
  for (std::size_t i = 0; i < n.builtin_names.size(); ++i)
    if (n.builtin_names[i] == name) return static_cast<int>(i);
  return -1;
}

const Value& builtin_value(int slot) { return names().builtin_values.at(static_cast<std::size_t>(slot)); }

/// The entry of `<module>.<name>`, whatever version added it; null when none.
const ModuleAttr* find_module_attr(std::string_view module, std::string_view name) {
  const auto& modules = names().modules;
  auto m = modules.find(std::string(module));
  if (m == modules.end()) return nullptr;
  auto it = m->second.find(std::string(name));
  return it == m->second.end() ? nullptr : &it->second;
}

const Value* module_attr(std::string_view module, std::string_view name) {
  const ModuleAttr* a = find_module_attr(module, name);
  return a && present(a->since) ? &a->value : nullptr;
}

const Value* asyncio_attr(std::string_view name) {
  const ModuleAttr* a = find_module_attr("asyncio", name);
  return a && a->since == PythonVersion::v3_11 ? &a->value : nullptr;
}

Value native_function(std::string name, NativeFn fn) {
  return std::make_shared<NativeFunction>(std::move(name), fn);
}

void ensure_bindings() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Every table that type_of() may ask for later, created now: afterwards
    // the tables are only read, so concurrent runs need no lock.
    for (const char* t : {"object", "NoneType", "bool", "int", "float", "str", "function",
                          "builtin_function_or_method", "method", "type", "module", "range", "slice", "bytes",
                          "enumerate", "zip", "partial", "generator", "frame", "code", "StringIO"}) {
      type_info(t);
    }
    bind_core_builtins();
    bind_containers();
    bind_iterables();
    bind_conversions();
    bind_bytes();
    bind_exceptions();
    bind_loop();
    bind_futures();
    bind_handles();
    bind_module_functions();
    bind_runner();
    bind_sync();
    bind_queues();
    bind_structured();
    bind_functools();
    bind_concurrent_futures();
    bind_task_factories();
    bind_contextvars();
    bind_generators();
    bind_classes();
    bind_async_generators();
    bind_stacks();
    bind_io();
    bind_signals();
    bind_time_module();
    bind_executors();
    bind_sockets();
    bind_selector_transports();
    bind_transports();
    bind_streams();
    bind_servers();
    bind_datagrams();
    bind_pipes();
    bind_subprocesses();
  });
}

// --- CallArgs ----------------------------------------------------------------

std::optional<Value> CallArgs::take_kw(std::string_view name) {
  for (auto it = kw.begin(); it != kw.end(); ++it) {
    if (it->first == name) {
      Value v = std::move(it->second);
      kw.erase(it);
      return v;
    }
  }
  return std::nullopt;
}

void CallArgs::expect_positional(std::string_view fname, std::size_t min, std::size_t max) const {
  std::size_t n = pos.size();
  if (n >= min && n <= max) return;
  std::string f(fname);
  auto plural = [](std::size_t k) { return std::to_string(k) + (k == 1 ? " positional argument" : " positional arguments"); };
  if (min == max) {
    raise(exc::TypeError, f + "() takes exactly " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
                              " (" + std::to_string(n) + " given)");
  }
  if (n < min) raise(exc::TypeError, f + "() takes at least " + plural(min) + " (" + std::to_string(n) + " given)");
  raise(exc::TypeError, f + "() takes at most " + plural(max) + " (" + std::to_string(n) + " given)");
}

void CallArgs::no_keywords_left(std::string_view fname) const {
  if (kw.empty()) return;
  raise(exc::TypeError, std::string(fname) + "() got an unexpected keyword argument '" + kw.front().first + "'");
}

void CallArgs::expect_one_argument(std::string_view fname) const {
  if (!kw.empty()) raise(exc::TypeError, std::string(fname) + "() takes no keyword arguments");
  if (pos.size() != 1)
    raise(exc::TypeError, std::string(fname) + "() takes exactly one argument (" + std::to_string(pos.size()) + " given)");
}

Value CallArgs::arg(std::size_t i, std::string_view name, Value dflt) {
  if (i < pos.size()) return pos[i];
  if (auto v = take_kw(name)) return std::move(*v);
  return dflt;
}

}  // namespace loopspec::harness
