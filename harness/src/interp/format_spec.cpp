// format(value, spec): see format_spec.hpp. The rules are those of CPython's
// str.__format__, int.__format__ and float.__format__ (Python/formatter_unicode.c
// in CPython's source), written for the subset of the mini-language the
// compiler admits.
#include "interp/format_spec.hpp"
#include "interp/utf8.hpp"

#include <cmath>
#include <cstdio>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "common/errors.hpp"
#include "interp/pyops.hpp"
#include "loopspec/exceptions.hpp"

namespace loopspec::harness {
namespace {

struct Spec {
  std::string fill = " ";
  char align = 0;  // '<' '>' '^' '=' or 0: the type's default
  char sign = '-';
  bool zero = false;
  std::size_t width = 0;
  char grouping = 0;  // ',' '_' or 0
  std::optional<int> precision;
  char type = 0;
};

std::size_t first_code_point(const std::string& s) {
  std::size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return n;
}

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::size_t digits(const std::string& s, std::size_t& i) {
  std::size_t n = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') n = n * 10 + static_cast<std::size_t>(s[i++] - '0');
  return n;
}

Spec parse(const std::string& s) {
  Spec spec;
  std::size_t i = 0;
  std::size_t cp = s.empty() ? 0 : first_code_point(s);
  if (cp < s.size() && is_align(s[cp])) {
    spec.fill = s.substr(0, cp);
    spec.align = s[cp];
    i = cp + 1;
  } else if (!s.empty() && is_align(s[0])) {
    spec.align = s[i++];
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec.sign = s[i++];
  if (i < s.size() && s[i] == '0') {
    spec.zero = true;
    ++i;
  }
  spec.width = digits(s, i);
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) spec.grouping = s[i++];
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (i == s.size() || s[i] < '0' || s[i] > '9') raise(exc::ValueError, "Format specifier missing precision");
    spec.precision = static_cast<int>(digits(s, i));
  }
  if (i < s.size()) spec.type = s[i++];
  if (i < s.size()) raise(exc::ValueError, "Invalid format specifier");
  return spec;
}

std::string unknown_code(char type, const char* of) {
  return std::string("Unknown format code '") + type + "' for object of type '" + of + "'";
}

/// Puts `sep` every `every` digits into the run of digits `d`, from the right.
std::string group(const std::string& d, char sep, std::size_t every) {
  std::string out;
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (i > 0 && (d.size() - i) % every == 0) out += sep;
    out += d[i];
  }
  return out;
}

/// Pads `sign + body` to the spec's width; `numeric` picks the default alignment.
std::string pad(const Spec& spec, const std::string& sign, const std::string& body, bool numeric) {
  std::string fill = spec.fill;
  char align = spec.align;
  if (spec.zero && align == 0) {
    fill = "0";
    align = numeric ? '=' : '<';
  }
  if (align == 0) align = numeric ? '>' : '<';
  std::size_t len = utf8_length(sign) + utf8_length(body);
  std::size_t n = spec.width > len ? spec.width - len : 0;
  auto fills = [&fill](std::size_t k) {
    std::string out;
    for (std::size_t i = 0; i < k; ++i) out += fill;
    return out;
  };
  switch (align) {
    case '<': return sign + body + fills(n);
    case '^': return fills(n / 2) + sign + body + fills(n - n / 2);
    case '=': return sign + fills(n) + body;
    default: return fills(n) + sign + body;
  }
}

std::string sign_of(const Spec& spec, bool negative) {
  if (negative) return "-";
  return spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
}

std::string format_str(const std::string& s, const Spec& spec) {
  if (spec.type != 0 && spec.type != 's') raise(exc::ValueError, unknown_code(spec.type, "str"));
  if (spec.sign != '-') raise(exc::ValueError, "Sign not allowed in string format specifier");
  if (spec.grouping) raise(exc::ValueError, std::string("Cannot specify '") + spec.grouping + "' with 's'.");
  if (spec.align == '=') raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
  std::string body = s;
  if (spec.precision) {
    std::size_t keep = 0, cps = 0;
    while (keep < s.size() && cps < static_cast<std::size_t>(*spec.precision)) {
      keep += first_code_point(s.substr(keep));
      ++cps;
    }
    body = s.substr(0, keep);
  }
  return pad(spec, "", body, false);
}

std::string format_float(double x, const Spec& spec) {
  char type = spec.type;
  if (type == 0 && spec.precision) {
    throw ScenarioError("format spec with a precision but no type on a float is not in the scenario language; write f, e or %");
  }
  std::string body;
  if (type == 0) {
    body = float_repr(std::fabs(x));
  } else {
    double v = type == '%' ? std::fabs(x) * 100 : std::fabs(x);
    char conv = type == '%' ? 'f' : type;
    char fmt[8] = {'%', '.', '*', conv, 0};
    char buf[512];
    std::snprintf(buf, sizeof buf, fmt, spec.precision.value_or(6), v);
    body = buf;
    if (type == '%') body += '%';
  }
  if (spec.grouping) {
    std::size_t end = body.find_first_not_of("0123456789");
    if (end == std::string::npos) end = body.size();
    body = group(body.substr(0, end), spec.grouping, 3) + body.substr(end);
  }
  return pad(spec, sign_of(spec, std::signbit(x)), body, true);
}

std::string format_int(std::int64_t n, const Spec& spec) {
  char type = spec.type == 0 ? 'd' : spec.type;
  if (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == '%') {
    return format_float(static_cast<double>(n), spec);
  }
  if (type == 's') raise(exc::ValueError, unknown_code(type, "int"));
  if (spec.precision) raise(exc::ValueError, "Precision not allowed in integer format specifier");
  if (spec.grouping == ',' && type != 'd') raise(exc::ValueError, std::string("Cannot specify ',' with '") + type + "'.");
  int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
  std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  std::string d;
  do {
    d.insert(d.begin(), "0123456789abcdef"[magnitude % static_cast<std::uint64_t>(base)]);
    magnitude /= static_cast<std::uint64_t>(base);
  } while (magnitude > 0);
  if (type == 'X')
    for (char& c : d) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (spec.grouping) d = group(d, spec.grouping, base == 10 ? 3 : 4);
  return pad(spec, sign_of(spec, n < 0), d, true);
}

}  // namespace

std::string format_value(const Value& v, const std::string& spec_text) {
  if (v.is_str()) return format_str(v.as_str(), parse(spec_text));
  if (spec_text.empty()) return py_str(v);
  if (v.is_bool()) return format_int(v.as_bool() ? 1 : 0, parse(spec_text));
  if (v.is_int()) return format_int(v.as_int(), parse(spec_text));
  if (v.is_float()) {
    Spec spec = parse(spec_text);
    if (spec.type && std::string("fFeE%").find(spec.type) == std::string::npos) {
      raise(exc::ValueError, unknown_code(spec.type, "float"));
    }
    return format_float(v.as_float(), spec);
  }
  raise(exc::TypeError, "unsupported format string passed to " + type_name(v) + ".__format__");
}

}  // namespace loopspec::harness
