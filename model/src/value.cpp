// Python's identity, equality, truth and repr for model values.
#include "loopspec/value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "loopspec/exceptions.hpp"
#include "loopspec/numbers.hpp"

namespace loopspec {
namespace {

bool numbers_equal(const Value& a, const Value& b) {
  if (is_integer(a) && is_integer(b)) return as_integer(a) == as_integer(b);
  return as_exact(a) == as_exact(b);
}

bool sequences_equal(const std::vector<Value>& a, const std::vector<Value>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const Value& x, const Value& y) { return equals(x, y); });
}

// repr(str) and repr(bytes): single quotes unless the text holds one and no
// double quote; a str keeps its non-ASCII characters, bytes write \xhh for them.
std::string quoted_repr(const std::string& s, bool is_bytes) {
  bool single = s.find('\'') != std::string::npos;
  bool dbl = s.find('"') != std::string::npos;
  char quote = (single && !dbl) ? '"' : '\'';
  std::string out = is_bytes ? "b" : "";
  out += quote;
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f || (is_bytes && c > 0x7f)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + quote;
}

std::string join_reprs(const std::vector<Value>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr(items[i]);
  }
  return out;
}

std::string object_repr(const ObjectPtr& o) {
  if (auto l = std::dynamic_pointer_cast<List>(o)) return "[" + join_reprs(l->items) + "]";
  if (auto t = std::dynamic_pointer_cast<Tuple>(o)) {
    return "(" + join_reprs(t->items) + (t->items.size() == 1 ? ",)" : ")");
  }
  if (auto d = std::dynamic_pointer_cast<Dict>(o)) {
    std::string out = "{";
    for (std::size_t i = 0; i < d->items.size(); ++i) {
      if (i) out += ", ";
      out += repr(d->items[i].first) + ": " + repr(d->items[i].second);
    }
    return out + "}";
  }
  if (auto s = std::dynamic_pointer_cast<Set>(o)) {
    return s->items.empty() ? "set()" : "{" + join_reprs(s->cpython_order().value_or(s->items)) + "}";
  }
  if (auto b = std::dynamic_pointer_cast<Bytes>(o)) return quoted_repr(b->data, true);
  if (auto e = std::dynamic_pointer_cast<ExceptionObject>(o)) {
    if (e->args().size() == 1) return e->type_name() + "(" + repr(e->args()[0]) + ")";
    return e->type_name() + "(" + join_reprs(e->args()) + ")";
  }
  return o->python_repr();
}

}  // namespace

bool is_same(const Value& a, const Value& b) {
  if (a.is_object() && b.is_object()) return a.as_object() == b.as_object();
  if (a.storage().index() != b.storage().index()) return false;
  return equals(a, b);
}

bool equals(const Value& a, const Value& b) {
  if (is_number(a) && is_number(b)) return numbers_equal(a, b);
  if (a.is_none() || b.is_none()) return a.is_none() && b.is_none();
  if (a.is_str() && b.is_str()) return a.as_str() == b.as_str();
  if (a.is_object() && b.is_object()) {
    return a.as_object() == b.as_object() || a.as_object()->equals(*b.as_object());
  }
  return false;
}

bool truthy(const Value& v) {
  if (v.is_none()) return false;
  if (v.is_bool()) return v.as_bool();
  if (v.is_int()) return v.as_int() != 0;
  if (v.is_float()) return v.as_float() != 0.0;
  if (v.is_str()) return !v.as_str().empty();
  const ObjectPtr& o = v.as_object();
  if (auto l = std::dynamic_pointer_cast<List>(o)) return !l->items.empty();
  if (auto t = std::dynamic_pointer_cast<Tuple>(o)) return !t->items.empty();
  if (auto d = std::dynamic_pointer_cast<Dict>(o)) return !d->items.empty();
  if (auto s = std::dynamic_pointer_cast<Set>(o)) return !s->items.empty();
  if (auto b = std::dynamic_pointer_cast<Bytes>(o)) return !b->data.empty();
  return true;
}

std::string type_name(const Value& v) {
  if (v.is_none()) return "NoneType";
  if (v.is_bool()) return "bool";
  if (v.is_int()) return "int";
  if (v.is_float()) return "float";
  if (v.is_str()) return "str";
  return v.as_object()->type_name();
}

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  // Shortest round-trip digits, then CPython's layout: positional notation
  // for 1e-4 <= |d| < 1e16 (decimal exponent -4..15), scientific with a two-digit exponent otherwise.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  auto epos = sci.find('e');
  std::string mant = sci.substr(0, epos);
  int exp = std::stoi(sci.substr(epos + 1));
  bool neg = mant[0] == '-';
  if (neg) mant.erase(0, 1);
  std::string digits;
  for (char c : mant) {
    if (c != '.') digits += c;
  }
  std::string out;
  if (exp >= -4 && exp < 16) {
    int point = exp + 1;  // digits before the decimal point
    if (point <= 0) {
      out = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    } else if (static_cast<std::size_t>(point) >= digits.size()) {
      out = digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, static_cast<std::size_t>(point)) + "." + digits.substr(static_cast<std::size_t>(point));
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char e[16];
    std::snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += e;
  }
  return neg ? "-" + out : out;
}

std::string repr(const Value& v) {
  if (v.is_none()) return "None";
  if (v.is_bool()) return v.as_bool() ? "True" : "False";
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_float()) return float_repr(v.as_float());
  if (v.is_str()) return quoted_repr(v.as_str(), false);
  return object_repr(v.as_object());
}

std::string str(const Value& v) {
  if (v.is_str()) return v.as_str();
  if (auto e = v.as<ExceptionObject>()) return e->message();
  if (auto o = v.as<Object>()) {
    if (auto own = o->python_str()) return *own;
  }
  return repr(v);
}

bool List::equals(const Object& other) const {
  auto* o = dynamic_cast<const List*>(&other);
  return o && sequences_equal(items, o->items);
}

bool Tuple::equals(const Object& other) const {
  auto* o = dynamic_cast<const Tuple*>(&other);
  return o && sequences_equal(items, o->items);
}

const Value* Dict::find(const Value& key) const {
  for (const auto& [k, v] : items) {
    if (loopspec::equals(k, key)) return &v;
  }
  return nullptr;
}

void Dict::set(const Value& key, Value value) {
  for (auto& [k, v] : items) {
    if (loopspec::equals(k, key)) {
      v = std::move(value);
      return;
    }
  }
  items.emplace_back(key, std::move(value));
}

bool Dict::equals(const Object& other) const {
  auto* o = dynamic_cast<const Dict*>(&other);
  if (!o || o->items.size() != items.size()) return false;
  return std::all_of(items.begin(), items.end(), [o](const auto& kv) {
    const Value* v = o->find(kv.first);
    return v && loopspec::equals(*v, kv.second);
  });
}

bool Set::contains(const Value& v) const {
  return std::any_of(items.begin(), items.end(), [&v](const Value& x) { return loopspec::equals(x, v); });
}

void Set::add(const Value& v) {
  if (!contains(v)) items.push_back(v);
}

bool Set::discard(const Value& v) {
  auto it = std::find_if(items.begin(), items.end(), [&v](const Value& x) { return loopspec::equals(x, v); });
  if (it == items.end()) return false;
  items.erase(it);
  lost_member = true;
  return true;
}

std::optional<std::vector<Value>> Set::cpython_order() const {
  // CPython's table has at least 8 slots and an int n hashes to n, so the
  // ints 0..7 each sit in slot n and iterate ascending, as long as no
  // removal has left a dummy slot that a later add probes past.
  if (lost_member) return std::nullopt;
  std::vector<Value> out = items;
  for (const auto& v : out)
    if (!is_integer(v) || as_integer(v) < 0 || as_integer(v) > 7) return std::nullopt;
  std::sort(out.begin(), out.end(), [](const Value& a, const Value& b) { return as_integer(a) < as_integer(b); });
  return out;
}

bool Bytes::equals(const Object& other) const {
  auto* o = dynamic_cast<const Bytes*>(&other);
  return o && o->data == data;
}

bool Set::equals(const Object& other) const {
  auto* o = dynamic_cast<const Set*>(&other);
  return o && o->items.size() == items.size() &&
         std::all_of(items.begin(), items.end(), [o](const Value& v) { return o->contains(v); });
}

const std::vector<Value>* sequence_items(const Value& v) {
  if (auto l = v.as<List>()) return &l->items;
  if (auto t = v.as<Tuple>()) return &t->items;
  return nullptr;
}

}  // namespace loopspec
