// libFuzzer target: the IR loader on any bytes.
//
// Whatever the input, reading it as an IR document ends in a program or a
// LoadError: never a crash, a hang, another exception or unbounded
// recursion. A program that loads writes back (ir_writer) to an IR that
// loads to the same program: writing it again gives the same text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "common/errors.hpp"
#include "common/json_reader.hpp"
#include "ir/ir_loader.hpp"
#include "ir/ir_writer.hpp"

using loopspec::harness::Json;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  loopspec::ir::Program program;
  try {
    program = loopspec::harness::load_ir(loopspec::harness::parse_json(text, "input"), "input");
  } catch (const loopspec::harness::LoadError&) {
    return 0;
  }
  Json written = loopspec::ir::write_ir(program);
  Json rewritten = loopspec::ir::write_ir(loopspec::harness::load_ir(written, "written"));
  if (written.dump() != rewritten.dump()) std::abort();  // the writer and the loader disagree
  return 0;
}
