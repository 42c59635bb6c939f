// str values are UTF-8; Python counts and indexes them by code point.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace loopspec::harness {

/// The number of code points of a UTF-8 string.
inline std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

/// Each code point of a UTF-8 string as its own string.
inline std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> out;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80 || out.empty()) out.emplace_back();
    out.back() += static_cast<char>(c);
  }
  return out;
}

}  // namespace loopspec::harness
