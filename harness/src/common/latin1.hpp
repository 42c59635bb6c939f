// bytes as text: the IR and the trace write a bytes value as the str of its
// bytes taken as the code points 0-255 (Python's bytes.decode("latin-1")),
// which JSON holds as UTF-8 (docs/ir.md, docs/scenario-language.md#trace-values).
#pragma once

#include <optional>
#include <string>

namespace loopspec::harness {

/// The UTF-8 text whose code points are the bytes of `bytes`.
inline std::string latin1_text(const std::string& bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

/// The bytes whose code points `text` (UTF-8) lists; nullopt when a code point is past 255.
inline std::optional<std::string> latin1_bytes(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if ((c == 0xC2 || c == 0xC3) && i + 1 < text.size()) {
      out += static_cast<char>(((c & 0x03) << 6) | (static_cast<unsigned char>(text[++i]) & 0x3F));
    } else {
      return std::nullopt;
    }
  }
  return out;
}

}  // namespace loopspec::harness
