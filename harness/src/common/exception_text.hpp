// Naming the C++ exception being handled: "threw std::runtime_error: boom",
// so a report says what an implementation threw, not only its message.
#pragma once

#include <string>

namespace loopspec::harness {

/// Call inside a catch block: "threw <demangled type>[: <what()>]".
std::string current_exception_text();

}  // namespace loopspec::harness
