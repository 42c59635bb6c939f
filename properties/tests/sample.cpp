// loopspec_property_sample: prints generated programs as IR (JSON Lines), to
// look at what the generator makes or to feed `loopspec-traces batch`.
//
//   loopspec_property_sample [count=10] [size=50] [seed=1] [open]    (size -1: 0..100 in turn;
//                                                                     open: open orders, plan.hpp)
//   loopspec_property_sample 1 80 7 | head -1 > p.json && traces/loopspec-traces decompile p.json
#include <cstdlib>
#include <iostream>
#include <string>

#include "builder.hpp"
#include "generator.hpp"
#include "ir/ir_writer.hpp"

int main(int argc, char** argv) {
  using namespace loopspec::properties;
  int count = argc > 1 ? std::atoi(argv[1]) : 10;
  int size = argc > 2 ? std::atoi(argv[2]) : 50;
  std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
  const bool open = argc > 4 && std::string(argv[4]) == "open";
  rc::Gen<Plan> gen = gen_plan(open ? Orders::Open : Orders::Closed);
  rc::Random random(seed);
  for (int i = 0; i < count; ++i) {
    Plan p = gen(random.split(), size >= 0 ? size : i % 101).value();
    std::cout << loopspec::ir::write_ir(build_program(p, "sample/p" + std::to_string(i)).program).dump() << "\n";
  }
  return 0;
}
