// Trace values: the encoding of docs/scenario-language.md#trace-values and the canonical JSON text sets
// are sorted by (Python's json.dumps with sort_keys and ensure_ascii).
#include "trace/value_encoding.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "common/errors.hpp"
#include "common/latin1.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/task.hpp"

namespace loopspec::harness {
namespace {

constexpr int kMaxDepth = 100;  // as the CPython recorder: deeper means a cycle


Json encode_items(const std::vector<Value>& items, int depth);

Json encode_at(const Value& v, int depth) {
  if (depth > kMaxDepth) throw ScenarioError("value nests too deeply (a list that contains itself?)");
  if (v.is_none()) return nullptr;
  if (v.is_bool()) return v.as_bool();
  if (v.is_int()) return v.as_int();
  if (v.is_str()) return v.as_str();
  if (v.is_float()) {
    if (!std::isfinite(v.as_float())) throw ScenarioError("float " + float_repr(v.as_float()) + " is not finite");
    return v.as_float();
  }
  if (auto l = v.as<List>()) return encode_items(l->items, depth + 1);
  if (auto t = v.as<Tuple>()) return Json{{"tuple", encode_items(t->items, depth + 1)}};
  if (auto s = v.as<Set>()) {
    Json items = encode_items(s->items, depth + 1);
    std::vector<std::pair<std::string, Json>> keyed;
    for (auto& e : items) keyed.emplace_back(canonical_json(e), std::move(e));
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Json sorted = Json::array();
    for (auto& [k, e] : keyed) sorted.push_back(std::move(e));
    return Json{{"set", std::move(sorted)}};
  }
  if (auto b = v.as<Bytes>()) return Json{{"bytes", latin1_text(b->data)}};
  if (auto d = v.as<Dict>()) {
    Json pairs = Json::array();
    for (const auto& [k, val] : d->items) pairs.push_back(Json::array({encode_at(k, depth + 1), encode_at(val, depth + 1)}));
    return Json{{"dict", std::move(pairs)}};
  }
  if (auto e = v.as<ExceptionObject>()) {
    Json out{{"exc", std::string(e->type->name())}, {"args", encode_items(e->args(), depth + 1)}};
    if (e->is_instance_of(exc::BaseExceptionGroup)) {
      Json members = Json::array();
      for (const auto& m : e->exceptions) members.push_back(encode_at(Value(m), depth + 1));
      out["exceptions"] = std::move(members);
    }
    return out;
  }
  if (auto t = v.as<Task>()) return Json{{"task", t->get_name()}};
  throw ScenarioError("a value of type " + loopspec::type_name(v) +
                      " cannot be logged (loggable: None, bools, ints, floats, strings, bytes, lists, "
                      "tuples, sets, dicts, exceptions, tasks)");
}

Json encode_items(const std::vector<Value>& items, int depth) {
  Json out = Json::array();
  for (const auto& x : items) out.push_back(encode_at(x, depth));
  return out;
}

void append_escaped(std::string& out, const std::string& s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = c;
    std::size_t len = 1;
    if (c >= 0x80) {  // decode one UTF-8 sequence
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      cp = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
      for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    i += len;
    char buf[16];
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      default: break;
    }
    if (cp >= 0x20 && cp <= 0x7E) {
      out += static_cast<char>(cp);
    } else if (cp >= 0x10000) {  // a surrogate pair, as Python writes it
      std::uint32_t v = cp - 0x10000;
      std::snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    }
  }
  out += '"';
}

void append_canonical(std::string& out, const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: out += "null"; return;
    case Json::value_t::boolean: out += j.get<bool>() ? "true" : "false"; return;
    case Json::value_t::number_integer: out += std::to_string(j.get<std::int64_t>()); return;
    case Json::value_t::number_unsigned: out += std::to_string(j.get<std::uint64_t>()); return;
    case Json::value_t::number_float: {
      double d = j.get<double>();
      // json.dumps writes non-finite floats as NaN/Infinity (never in a trace).
      out += std::isnan(d) ? "NaN" : std::isinf(d) ? (d > 0 ? "Infinity" : "-Infinity") : float_repr(d);
      return;
    }
    case Json::value_t::string: append_escaped(out, j.get_ref<const std::string&>()); return;
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& e : j) {
        if (!first) out += ',';
        first = false;
        append_canonical(out, e);
      }
      out += ']';
      return;
    }
    case Json::value_t::object: {
      std::vector<const std::string*> keys;
      for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(&it.key());
      // Python sorts str keys by code point: the byte order of UTF-8.
      std::sort(keys.begin(), keys.end(), [](const auto* a, const auto* b) { return *a < *b; });
      out += '{';
      for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i) out += ',';
        append_escaped(out, *keys[i]);
        out += ':';
        append_canonical(out, j.at(*keys[i]));
      }
      out += '}';
      return;
    }
    default: out += "null"; return;  // binary/discarded never occur in a trace
  }
}

}  // namespace

Json encode_value(const Value& v) { return encode_at(v, 0); }

std::string canonical_json(const Json& j) {
  std::string out;
  append_canonical(out, j);
  return out;
}

}  // namespace loopspec::harness
