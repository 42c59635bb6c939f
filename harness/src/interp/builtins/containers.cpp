// Methods of list, dict and set, the few the scenario language uses.
#include "interp/builtins/builtins.hpp"
#include "interp/pyops.hpp"

namespace loopspec::harness {
namespace {

std::vector<Value>& items(const Value& self) { return self_as<List>(self).items; }

Value list_append(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("append");
  args.expect_positional("list.append", 1, 1);
  items(self).push_back(std::move(args.pos[0]));
  return None;
}

Value list_extend(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("extend");
  args.expect_positional("list.extend", 1, 1);
  // Materialise first: `l.extend(l)` must not walk a list it grows.
  std::vector<Value> extra;
  if (auto l = args.pos[0].as<List>()) extra = l->items;
  else if (auto t = args.pos[0].as<Tuple>()) extra = t->items;
  else raise(exc::TypeError, "'" + loopspec::type_name(args.pos[0]) + "' object is not iterable");
  items(self).insert(items(self).end(), extra.begin(), extra.end());
  return None;
}

Value list_pop(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("pop");
  args.expect_positional("pop", 0, 1);
  auto& v = items(self);
  if (v.empty()) raise(exc::IndexError, "pop from empty list");
  std::int64_t n = static_cast<std::int64_t>(v.size());
  std::int64_t i = n - 1;
  if (!args.pos.empty()) {
    if (!args.pos[0].is_int())
      raise(exc::TypeError, "'" + loopspec::type_name(args.pos[0]) + "' object cannot be interpreted as an integer");
    i = args.pos[0].as_int();
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc::IndexError, "pop index out of range");
  Value out = std::move(v[static_cast<std::size_t>(i)]);
  v.erase(v.begin() + i);
  return out;
}

Value list_insert(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("insert");
  args.expect_positional("insert", 2, 2);
  if (!args.pos[0].is_int()) raise(exc::TypeError, "'" + loopspec::type_name(args.pos[0]) + "' object cannot be interpreted as an integer");
  auto& v = items(self);
  std::int64_t n = static_cast<std::int64_t>(v.size());
  std::int64_t i = args.pos[0].as_int();
  if (i < 0) i = std::max<std::int64_t>(0, i + n);
  i = std::min(i, n);
  v.insert(v.begin() + i, std::move(args.pos[1]));
  return None;
}

Value list_index(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("index");
  args.expect_positional("index", 1, 1);
  auto& v = items(self);
  for (std::size_t i = 0; i < v.size(); ++i)
    if (equals(v[i], args.pos[0])) return static_cast<std::int64_t>(i);
  raise(exc::ValueError, py_repr(args.pos[0]) + " is not in list");
}

Value list_remove(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("remove");
  args.expect_positional("list.remove", 1, 1);
  auto& v = items(self);
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (equals(v[i], args.pos[0])) {
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
      return None;
    }
  }
  raise(exc::ValueError, "list.remove(x): x not in list");
}

Value list_count(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("count");
  args.expect_positional("list.count", 1, 1);
  std::int64_t n = 0;
  for (const auto& x : items(self)) n += equals(x, args.pos[0]);
  return n;
}

Dict& dict(const Value& self) { return self_as<Dict>(self); }

Value dict_get(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("get");
  args.expect_positional("get", 1, 2);
  check_hashable(args.pos[0]);
  if (const Value* v = dict(self).find(args.pos[0])) return *v;
  return args.pos.size() > 1 ? args.pos[1] : Value(None);
}

Value dict_pop(Interpreter&, const Value& self, CallArgs& args) {
  args.no_keywords_left("pop");
  args.expect_positional("pop", 1, 2);
  check_hashable(args.pos[0]);
  auto& its = dict(self).items;
  for (auto it = its.begin(); it != its.end(); ++it) {
    if (equals(it->first, args.pos[0])) {
      Value v = std::move(it->second);
      its.erase(it);
      return v;
    }
  }
  if (args.pos.size() > 1) return args.pos[1];
  throw PyError(new_exception(exc::KeyError, {args.pos[0]}));
}

// keys()/values()/items() give lists: views would be unloggable in CPython anyway.
Value dict_keys(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("keys", 0, 0);
  std::vector<Value> out;
  for (const auto& kv : dict(self).items) out.push_back(kv.first);
  return std::make_shared<List>(std::move(out));
}

Value dict_values(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("values", 0, 0);
  std::vector<Value> out;
  for (const auto& kv : dict(self).items) out.push_back(kv.second);
  return std::make_shared<List>(std::move(out));
}

Value dict_items(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("items", 0, 0);
  std::vector<Value> out;
  for (const auto& kv : dict(self).items) out.push_back(std::make_shared<Tuple>(std::vector<Value>{kv.first, kv.second}));
  return std::make_shared<List>(std::move(out));
}

Value set_add(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("add", 1, 1);
  check_hashable(args.pos[0]);
  self_as<Set>(self).add(args.pos[0]);
  return None;
}

/// Removes the argument from the set; whether it was a member.
bool discard_arg(const Value& self, CallArgs& args, const char* name) {
  args.no_keywords_left(name);
  args.expect_positional(std::string("set.") + name, 1, 1);
  check_hashable(args.pos[0]);
  return self_as<Set>(self).discard(args.pos[0]);
}

Value set_discard(Interpreter&, const Value& self, CallArgs& args) {
  discard_arg(self, args, "discard");
  return None;
}

Value set_remove(Interpreter&, const Value& self, CallArgs& args) {
  if (!discard_arg(self, args, "remove")) throw PyError(new_exception(exc::KeyError, {args.pos[0]}));
  return None;
}

}  // namespace

void bind_containers() {
  TypeInfo& list = type_info("list");
  list.define_method("append", list_append);
  list.define_method("extend", list_extend);
  list.define_method("pop", list_pop);
  list.define_method("insert", list_insert);
  list.define_method("index", list_index);
  list.define_method("remove", list_remove);
  list.define_method("count", list_count);
  bind_model_class<List>(list);

  TypeInfo& d = type_info("dict");
  d.define_method("get", dict_get);
  d.define_method("pop", dict_pop);
  d.define_method("keys", dict_keys);
  d.define_method("values", dict_values);
  d.define_method("items", dict_items);
  bind_model_class<Dict>(d);

  TypeInfo& s = type_info("set");
  s.define_method("add", set_add);
  s.define_method("discard", set_discard);
  s.define_method("remove", set_remove);
  bind_model_class<Set>(s);

  bind_model_class<Tuple>(type_info("tuple"));
}

}  // namespace loopspec::harness
