// reprlib.Repr's defaults, written from its documented behaviour.
#include "interp/short_repr.hpp"

#include <algorithm>
#include <optional>

#include "interp/interpreter.hpp"
#include "interp/pyops.hpp"
#include "interp/sorting.hpp"
#include "interp/utf8.hpp"

namespace loopspec::harness {
namespace {

constexpr std::size_t kMaxString = 30;
constexpr std::size_t kMaxLong = 40;
constexpr std::size_t kMaxOther = 30;
constexpr std::size_t kMaxItems = 6;  // lists, tuples, sets
constexpr std::size_t kMaxDict = 4;
constexpr int kMaxLevel = 6;

std::string joined(const std::vector<std::string>& cps, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += cps[i];
  return out;
}

/// Keeps the first and last characters of `text` around "...", `limit` in all.
std::string elide(const std::string& text, std::size_t limit) {
  auto cps = code_points(text);
  if (cps.size() <= limit) return text;
  std::size_t head = (limit - 3) / 2, tail = limit - 3 - head;
  return joined(cps, 0, head) + "..." + joined(cps, cps.size() - tail, cps.size());
}

std::string str_repr(const std::string& s) {
  auto cps = code_points(s);
  std::string out = py_repr(Value(joined(cps, 0, std::min(cps.size(), kMaxString))));
  if (code_points(out).size() <= kMaxString) return out;
  // The repr of both ends, cut again so that the quotes survive.
  std::size_t head = (kMaxString - 3) / 2, tail = kMaxString - 3 - head;
  auto both = code_points(py_repr(Value(joined(cps, 0, head) + joined(cps, cps.size() - tail, cps.size()))));
  return joined(both, 0, head) + "..." + joined(both, both.size() - tail, both.size());
}

struct Limiter {
  Interpreter& in;
  std::string limited(const Value& v, int level) const;
  std::string items_repr(const std::vector<Value>& items, int level, const std::string& open, const std::string& close,
                         std::size_t max, bool one_trails) const;
  std::optional<std::vector<Value>> sorted_if_possible(const std::vector<Value>& items) const;
  std::string dict_repr(const Dict& d, int level) const;
};

std::string Limiter::items_repr(const std::vector<Value>& items, int level, const std::string& open,
                                const std::string& close, std::size_t max, bool one_trails) const {
  if (items.empty()) return open + close;
  if (level <= 0) return open + "..." + close;
  std::string inside;
  for (std::size_t i = 0; i < std::min(items.size(), max); ++i) inside += (i ? ", " : "") + limited(items[i], level - 1);
  if (items.size() > max) inside += ", ...";
  return open + inside + (one_trails && items.size() == 1 ? "," : "") + close;
}

/// reprlib sorts dict keys and set members when they compare, else keeps
/// their iteration order.
std::optional<std::vector<Value>> Limiter::sorted_if_possible(const std::vector<Value>& items) const {
  try {
    return sort_values(in, items, nullptr, false);
  } catch (const PyError&) {
    return std::nullopt;
  }
}

std::string Limiter::dict_repr(const Dict& d, int level) const {
  if (d.items.empty()) return "{}";
  if (level <= 0) return "{...}";
  std::vector<Value> keys;
  for (const auto& kv : d.items) keys.push_back(kv.first);
  if (auto sorted = sorted_if_possible(keys)) keys = std::move(*sorted);
  std::string inside;
  for (std::size_t i = 0; i < std::min(keys.size(), kMaxDict); ++i) {
    inside += (i ? ", " : "") + limited(keys[i], level - 1) + ": " + limited(*d.find(keys[i]), level - 1);
  }
  if (keys.size() > kMaxDict) inside += ", ...";
  return "{" + inside + "}";
}

std::string Limiter::limited(const Value& v, int level) const {
  if (v.is_str()) return str_repr(v.as_str());
  if (v.is_int()) return elide(py_repr(v), kMaxLong);
  if (auto l = v.as<List>()) return items_repr(l->items, level, "[", "]", kMaxItems, false);
  if (auto t = v.as<Tuple>()) return items_repr(t->items, level, "(", ")", kMaxItems, true);
  if (auto s = v.as<Set>()) {
    if (s->items.empty()) return "set()";
    auto members = sorted_if_possible(s->items);
    return items_repr(members ? *members : set_in_cpython_order(*s), level, "{", "}", kMaxItems, false);
  }
  if (auto d = v.as<Dict>()) return dict_repr(*d, level);
  return elide(py_repr(v), kMaxOther);
}

}  // namespace

std::string short_repr(Interpreter& in, const Value& v) { return Limiter{in}.limited(v, kMaxLevel); }

}  // namespace loopspec::harness
