// Codecs (codecs.hpp). Error positions follow CPython: a decoder reports the
// longest invalid start of a sequence, an encoder the whole run of
// characters it cannot encode.
#include "interp/codecs.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "common/errors.hpp"
#include "interp/utf8.hpp"
#include "loopspec/exceptions.hpp"

namespace loopspec::harness {
namespace {

enum class Codec { Utf8, Ascii, Latin1 };

/// CPython's canonical codec for the spellings people write ("UTF-8", "utf8", "latin1", ...).
Codec codec_named(const std::string& name, std::string& canonical) {
  std::string n;
  for (char c : name) n += c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* s : {"utf-8", "utf8", "u8"})
    if (n == s) return canonical = "utf-8", Codec::Utf8;
  for (const char* s : {"ascii", "us-ascii", "646"})
    if (n == s) return canonical = "ascii", Codec::Ascii;
  for (const char* s : {"latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1"})
    if (n == s) return canonical = "latin-1", Codec::Latin1;
  raise(exc::LookupError, "unknown encoding: " + name);
}

void check_handler(const std::string& errors) {
  if (errors != "strict" && errors != "ignore" && errors != "replace")
    throw ScenarioError("the error handler '" + errors + "' is not part of the scenario language (strict, ignore, replace)");
}

std::string utf8_of(std::uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

std::uint32_t code_point(const std::string& utf8) {
  auto c = static_cast<unsigned char>(utf8[0]);
  std::uint32_t cp = c >= 0xF0 ? c & 0x07 : c >= 0xE0 ? c & 0x0F : c >= 0xC0 ? c & 0x1F : c;
  for (std::size_t i = 1; i < utf8.size(); ++i) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i]) & 0x3F);
  return cp;
}

[[noreturn]] void decode_error(const std::string& codec, const std::string& bytes, std::size_t start, std::size_t end,
                               const std::string& reason) {
  throw PyError(new_exception(exc::UnicodeDecodeError,
                              {Value(codec), Value(std::make_shared<Bytes>(bytes)), Value(static_cast<std::int64_t>(start)),
                               Value(static_cast<std::int64_t>(end)), Value(reason)}));
}

/// The length of the valid UTF-8 sequence at `i`, or the end and reason of the invalid one.
std::size_t utf8_sequence(const std::string& b, std::size_t i, std::size_t& bad_end, std::string& reason) {
  auto c = static_cast<unsigned char>(b[i]);
  if (c < 0x80) return 1;
  std::size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (need == 0) return bad_end = i + 1, reason = "invalid start byte", 0;
  for (std::size_t k = 1; k < need; ++k) {
    if (i + k >= b.size()) return bad_end = b.size(), reason = "unexpected end of data", 0;
    auto d = static_cast<unsigned char>(b[i + k]);
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    unsigned char lo = 0x80, hi = 0xBF;
    if (k == 1 && c == 0xE0) lo = 0xA0;
    if (k == 1 && c == 0xED) hi = 0x9F;
    if (k == 1 && c == 0xF0) lo = 0x90;
    if (k == 1 && c == 0xF4) hi = 0x8F;
    if (d < lo || d > hi) return bad_end = i + k, reason = "invalid continuation byte", 0;
  }
  return need;
}

}  // namespace

std::string encode_text(const std::string& text, const std::string& encoding, const std::string& errors) {
  std::string codec;
  Codec c = codec_named(encoding, codec);
  check_handler(errors);
  if (c == Codec::Utf8) return text;
  std::uint32_t limit = c == Codec::Ascii ? 0x80 : 0x100;
  std::vector<std::string> points = code_points(text);
  std::string out;
  for (std::size_t i = 0; i < points.size();) {
    std::uint32_t cp = code_point(points[i]);
    if (cp < limit) {
      out += static_cast<char>(cp);
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < points.size() && code_point(points[end]) >= limit) ++end;
    if (errors == "strict") {
      throw PyError(new_exception(exc::UnicodeEncodeError,
                                  {Value(codec), Value(text), Value(static_cast<std::int64_t>(i)),
                                   Value(static_cast<std::int64_t>(end)),
                                   Value(std::string("ordinal not in range(") + (limit == 0x80 ? "128)" : "256)"))}));
    }
    if (errors == "replace") out += std::string(end - i, '?');
    i = end;
  }
  return out;
}

std::string decode_bytes(const std::string& bytes, const std::string& encoding, const std::string& errors) {
  std::string codec;
  Codec c = codec_named(encoding, codec);
  check_handler(errors);
  const std::string replacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  for (std::size_t i = 0; i < bytes.size();) {
    auto b = static_cast<unsigned char>(bytes[i]);
    std::size_t n = 1, bad_end = i + 1;
    std::string reason = "ordinal not in range(128)";
    if (c == Codec::Utf8) n = utf8_sequence(bytes, i, bad_end, reason);
    else if (c == Codec::Ascii && b >= 0x80) n = 0;
    if (n > 0) {
      out += c == Codec::Latin1 ? utf8_of(b) : bytes.substr(i, n);
      i += n;
      continue;
    }
    if (errors == "strict") decode_error(codec, bytes, i, bad_end, reason);
    if (errors == "replace") out += replacement;
    i = bad_end;
  }
  return out;
}

}  // namespace loopspec::harness
