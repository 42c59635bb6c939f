// str.encode and bytes.decode for the codecs of the scenario language:
// utf-8, ascii and latin-1, with the error handlers strict, ignore and replace.
#pragma once

#include <string>

namespace loopspec::harness {

/// The bytes of `text` (UTF-8, as the model keeps strs) in `encoding`.
/// LookupError for an unknown encoding, UnicodeEncodeError as CPython's.
std::string encode_text(const std::string& text, const std::string& encoding, const std::string& errors);
/// `bytes` decoded from `encoding` into a UTF-8 str. UnicodeDecodeError as CPython's.
std::string decode_bytes(const std::string& bytes, const std::string& encoding, const std::string& errors);

}  // namespace loopspec::harness
