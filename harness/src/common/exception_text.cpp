// current_exception_text (exception_text.hpp), with the Itanium C++ ABI's
// type query: it works for any thrown type, std::exception or not.
#include "common/exception_text.hpp"

#include <cxxabi.h>

#include <cstdlib>
#include <exception>
#include <memory>
#include <typeinfo>

namespace loopspec::harness {
namespace {

std::string demangled(const std::type_info* type) {
  if (!type) return "an unknown type";
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> name(abi::__cxa_demangle(type->name(), nullptr, nullptr, &status), std::free);
  return status == 0 && name ? name.get() : type->name();
}

}  // namespace

std::string current_exception_text() {
  std::string out = "threw " + demangled(abi::__cxa_current_exception_type());
  try {
    throw;
  } catch (const std::exception& e) {
    out += std::string(": ") + e.what();
  } catch (...) {
  }
  return out;
}

}  // namespace loopspec::harness
