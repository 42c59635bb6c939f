// libFuzzer target: the trace reader and the strict trace comparison on any
// bytes.
//
// Reading ends in events or a LoadError: never a crash, a hang or another
// exception. Events that were read compare equal to themselves, both
// strictly and by the diff that reports divergences.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "common/errors.hpp"
#include "trace/trace_diff.hpp"
#include "trace/trace_file.hpp"

using loopspec::harness::Json;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<Json> events;
  try {
    events = loopspec::harness::read_trace(text, "input");
  } catch (const loopspec::harness::LoadError&) {
    return 0;
  }
  for (const Json& e : events)
    if (!loopspec::harness::strict_equal(e, e)) std::abort();
  if (!loopspec::harness::diff_traces(events, events).equal) std::abort();
  return 0;
}
