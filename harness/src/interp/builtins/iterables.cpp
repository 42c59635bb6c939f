// The builtins that walk an iterable: sorted min max sum any all enumerate
// zip, and the container constructors list tuple set dict. Iterables are
// walked as `for` walks them (exec.hpp Iteration); enumerate and zip are
// lazy iterators, as in CPython.
#include <cmath>

#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/exec.hpp"
#include "interp/pyobjects.hpp"
#include "interp/pyops.hpp"
#include "interp/sorting.hpp"
#include "loopspec/compare.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::harness {
namespace {

std::vector<Value> collect(Interpreter& in, const Value& iterable) {
  std::vector<Value> out;
  Iteration it(in, iterable);
  Value v;
  while (it.next(v)) out.push_back(std::move(v));
  return out;
}

bool all_of_kind(const std::vector<Value>& items, bool (*kind)(const Value&)) {
  return std::all_of(items.begin(), items.end(), kind);
}
bool is_str_value(const Value& v) { return v.is_str(); }
bool is_bytes_value(const Value& v) { return v.as<Bytes>() != nullptr; }

/// The items of an iterable for a consumer whose result cannot depend on a
/// set's order (docs/scenario-language.md#set-iteration): a set's members
/// come in the model's order when `order_free` says they may.
std::vector<Value> members(Interpreter& in, const Value& iterable, bool (*order_free)(const std::vector<Value>&)) {
  if (auto s = iterable.as<Set>(); s && order_free(s->items)) return s->items;
  return collect(in, iterable);
}

/// Sorting and min/max of numbers only, or strs only, or bytes only, never
/// raise, so any order of the members gives the same result.
bool totally_ordered(const std::vector<Value>& items) {
  return all_of_kind(items, is_number) || all_of_kind(items, is_str_value) || all_of_kind(items, is_bytes_value);
}
bool always(const std::vector<Value>&) { return true; }
bool ints_only(const std::vector<Value>& items) { return all_of_kind(items, is_integer); }
bool never(const std::vector<Value>&) { return false; }

Value builtin_sorted(Interpreter& in, const Value&, CallArgs& args) {
  std::optional<Value> key = args.take_kw("key");
  bool reverse = truthy(args.take_kw("reverse").value_or(Value(false)));
  args.no_keywords_left("sort");
  if (args.pos.size() != 1) raise(exc::TypeError, "sorted expected 1 argument, got " + std::to_string(args.pos.size()));
  bool has_key = key && !key->is_none();
  auto items = members(in, args.pos[0], has_key ? never : totally_ordered);
  return std::make_shared<List>(sort_values(in, std::move(items), has_key ? &*key : nullptr, reverse));
}

/// min() and max(): one iterable, or several positional values (CPython's min_max).
Value min_max(Interpreter& in, CallArgs& args, const char* name, ir::CmpOp better) {
  std::optional<Value> key = args.take_kw("key");
  std::optional<Value> dflt = args.take_kw("default");
  args.no_keywords_left(name);
  if (args.pos.empty()) raise(exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (args.pos.size() > 1 && dflt) {
    raise(exc::TypeError, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
  }
  bool has_key = key && !key->is_none();
  std::vector<Value> items = args.pos.size() > 1 ? args.pos : members(in, args.pos[0], has_key ? never : totally_ordered);
  if (items.empty()) {
    if (dflt) return *dflt;
    const bool worded_anew = Runtime::current().follows(VersionRule::MinMaxEmptyMessage);
    raise(exc::ValueError, std::string(name) + (worded_anew ? "() iterable argument is empty" : "() arg is an empty sequence"));
  }
  auto key_of = [&](const Value& v) {
    if (!has_key) return v;
    CallArgs one;
    one.pos.push_back(v);
    return in.call(*key, one);
  };
  Value best = items[0];
  Value best_key = key_of(best);
  for (std::size_t i = 1; i < items.size(); ++i) {
    Value k = key_of(items[i]);
    if (compare_op(better, k, best_key)) {
      best = items[i];
      best_key = std::move(k);
    }
  }
  return best;
}

Value builtin_min(Interpreter& in, const Value&, CallArgs& args) { return min_max(in, args, "min", ir::CmpOp::Lt); }
Value builtin_max(Interpreter& in, const Value&, CallArgs& args) { return min_max(in, args, "max", ir::CmpOp::Gt); }

/// 3.12's float sum: once the running total is a float, each float item is
/// added with Neumaier's compensation (the lost low-order part of every
/// addition is kept apart and added back at the end, when finite); an int
/// item is added plainly, as a double. Up to the first item that is not an
/// int, ints add exactly, and that item is added plainly too (CPython's
/// builtin_sum leaves its int fast path through a generic addition).
Value compensated_sum(Value total, const std::vector<Value>& items) {
  std::size_t i = 0;
  if (is_integer(total)) {
    while (i < items.size() && is_integer(items[i])) total = binary_op(ir::BinOp::Add, total, items[i++]);
    if (i < items.size()) total = binary_op(ir::BinOp::Add, total, items[i++]);
  }
  if (!total.is_float()) {
    for (; i < items.size(); ++i) total = binary_op(ir::BinOp::Add, total, items[i]);
    return total;
  }
  double sum = total.as_float(), lost = 0.0;
  for (; i < items.size(); ++i) {
    if (!is_number(items[i])) {  // the generic path, from the compensated total
      if (lost != 0.0 && std::isfinite(lost)) sum += lost;
      Value rest(sum);
      for (; i < items.size(); ++i) rest = binary_op(ir::BinOp::Add, rest, items[i]);
      return rest;
    }
    double x = as_double(items[i]);
    if (!items[i].is_float()) {
      sum += x;
      continue;
    }
    double t = sum + x;
    lost += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
    sum = t;
  }
  if (lost != 0.0 && std::isfinite(lost)) sum += lost;
  return Value(sum);
}

Value builtin_sum(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("sum", 1, 2);
  Value total = args.arg(1, "start", Value(0));
  args.no_keywords_left("sum");
  if (total.is_str()) raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (total.as<Bytes>()) raise(exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  // Adding ints gives the same total in any order; floats do not.
  std::vector<Value> items = members(in, args.pos[0], ints_only);
  if (Runtime::current().follows(VersionRule::SumCompensated)) return compensated_sum(std::move(total), items);
  for (const auto& v : items) total = binary_op(ir::BinOp::Add, total, v);
  return total;
}

/// any() and all(): stop at the first item that decides (`stop_on` truthiness).
Value any_all(Interpreter& in, CallArgs& args, const char* name, bool stop_on) {
  args.no_keywords_left(name);
  args.expect_positional(name, 1, 1);
  if (auto s = args.pos[0].as<Set>()) {
    bool found = std::any_of(s->items.begin(), s->items.end(), [&](const Value& v) { return truthy(v) == stop_on; });
    return found == stop_on;
  }
  Iteration it(in, args.pos[0]);
  Value v;
  while (it.next(v))
    if (truthy(v) == stop_on) return stop_on;
  return !stop_on;
}

Value builtin_any(Interpreter& in, const Value&, CallArgs& args) { return any_all(in, args, "any", true); }
Value builtin_all(Interpreter& in, const Value&, CallArgs& args) { return any_all(in, args, "all", false); }

/// enumerate(...) and zip(...) objects: lazy, each next() pulls from the sources.
class LazyIterator : public HarnessObject {
 public:
  explicit LazyIterator(const TypeInfo& kind) : kind(&kind) {}
  const TypeInfo& type() const override { return *kind; }
  const TypeInfo* kind;
  std::vector<std::unique_ptr<Iteration>> sources;
  std::int64_t count = 0;  // enumerate: the next index
};

Value builtin_enumerate(Interpreter& in, const Value&, CallArgs& args) {
  args.expect_positional("enumerate", 1, 2);
  Value iterable = args.arg(0, "iterable");
  Value start = args.arg(1, "start", Value(0));
  args.no_keywords_left("enumerate");
  auto e = std::make_shared<LazyIterator>(type_info("enumerate"));
  e->sources.push_back(std::make_unique<Iteration>(in, iterable));
  if (!is_integer(start)) raise(exc::TypeError, "'" + loopspec::type_name(start) + "' object cannot be interpreted as an integer");
  e->count = as_integer(start);
  return e;
}

Value builtin_zip(Interpreter& in, const Value&, CallArgs& args) {
  if (args.take_kw("strict")) throw ScenarioError("zip(strict=...) is not part of the scenario language");
  args.no_keywords_left("zip");
  auto z = std::make_shared<LazyIterator>(type_info("zip"));
  for (const auto& v : args.pos) z->sources.push_back(std::make_unique<Iteration>(in, v));
  return z;
}

[[noreturn]] void stop_iteration() { throw PyError(new_exception(exc::StopIteration)); }

Value lazy_iter(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__iter__", 0, 0);
  return self;
}

Value lazy_next(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("__next__", 0, 0);
  auto& it = self_as<LazyIterator>(self);
  std::vector<Value> row;
  for (auto& src : it.sources) {
    Value v;
    if (!src->next(v)) stop_iteration();  // zip stops at the first source that ends
    row.push_back(std::move(v));
  }
  if (row.empty()) stop_iteration();
  if (it.kind->name() == "enumerate") row.insert(row.begin(), Value(it.count++));
  return std::make_shared<Tuple>(std::move(row));
}

/// list(x), tuple(x), set(x): CPython's "<name> expected at most 1 argument".
std::vector<Value> constructor_items(Interpreter& in, CallArgs& args, const char* name, bool (*order_free)(const std::vector<Value>&)) {
  args.no_keywords_left(name);
  if (args.pos.size() > 1) raise(exc::TypeError, std::string(name) + " expected at most 1 argument, got " + std::to_string(args.pos.size()));
  if (args.pos.empty()) return {};
  return members(in, args.pos[0], order_free);
}

Value builtin_list(Interpreter& in, const Value&, CallArgs& args) {
  return std::make_shared<List>(constructor_items(in, args, "list", never));
}
Value builtin_tuple(Interpreter& in, const Value&, CallArgs& args) {
  return std::make_shared<Tuple>(constructor_items(in, args, "tuple", never));
}
Value builtin_set(Interpreter& in, const Value&, CallArgs& args) {
  return make_set(constructor_items(in, args, "set", always));
}

/// dict(), dict(mapping), dict(pairs), then the keyword entries.
Value builtin_dict(Interpreter& in, const Value&, CallArgs& args) {
  if (args.pos.size() > 1) raise(exc::TypeError, "dict expected at most 1 argument, got " + std::to_string(args.pos.size()));
  auto d = std::make_shared<Dict>();
  if (!args.pos.empty()) {
    if (auto src = args.pos[0].as<Dict>()) {
      d->items = src->items;
    } else {
      std::vector<Value> pairs = collect(in, args.pos[0]);
      for (std::size_t i = 0; i < pairs.size(); ++i) {
        auto kv = plain_items(pairs[i]);
        std::string n = "dictionary update sequence element #" + std::to_string(i);
        if (!kv || pairs[i].as<Set>()) raise(exc::TypeError, "cannot convert " + n + " to a sequence");
        if (kv->size() != 2) raise(exc::ValueError, n + " has length " + std::to_string(kv->size()) + "; 2 is required");
        check_hashable((*kv)[0]);
        d->set((*kv)[0], (*kv)[1]);
      }
    }
  }
  for (auto& [k, v] : args.kw) d->set(Value(k), std::move(v));
  return d;
}

}  // namespace

void bind_iterables() {
  define_builtin("sorted", native_function("sorted", builtin_sorted));
  define_builtin("min", native_function("min", builtin_min));
  define_builtin("max", native_function("max", builtin_max));
  define_builtin("sum", native_function("sum", builtin_sum));
  define_builtin("any", native_function("any", builtin_any));
  define_builtin("all", native_function("all", builtin_all));
  define_builtin("enumerate", native_function("enumerate", builtin_enumerate));
  define_builtin("zip", native_function("zip", builtin_zip));
  define_builtin("list", native_function("list", builtin_list));
  define_builtin("tuple", native_function("tuple", builtin_tuple));
  define_builtin("set", native_function("set", builtin_set));
  define_builtin("dict", native_function("dict", builtin_dict));
  for (const char* kind : {"enumerate", "zip"}) {
    TypeInfo& t = type_info(kind);
    t.define_method("__iter__", lazy_iter);
    t.define_method("__next__", lazy_next);
  }
}

}  // namespace loopspec::harness
