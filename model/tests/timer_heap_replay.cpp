// Replays timer-heap operations read from stdin and prints the order in which
// timers leave the heap, for timer_heap_parity.py to compare with heapq.
//   push <id> <when>   pop   purge <id>...   (purge: cancel these, then bulk-remove)
// After each operation it also checks that top_when(), the heap's own copy of
// the top deadline that the loop reads, is the top handle's deadline: if not,
// it says so on stderr and exits 1.
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "loopspec/reference_loop.hpp"
#include "loopspec/detail/timer_heap.hpp"

int main() {
  using namespace loopspec;
  EventLoopPtr loop = make_reference_loop();  // handles need a loop to belong to
  detail::TimerHeap heap;
  std::map<long, TimerHandlePtr> by_id;  // keeps popped timers alive for purge
  std::map<const TimerHandle*, long> ids;
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    std::string op;
    in >> op;
    if (op == "push") {
      long id;
      double when;
      in >> id >> when;
      auto t = std::make_shared<TimerHandle>(*loop, when, [] {});
      by_id[id] = t;
      ids[t.get()] = id;
      heap.push(std::move(t));
    } else if (op == "pop" && !heap.empty()) {
      std::printf("%ld\n", ids[heap.pop().get()]);
    } else if (op == "purge") {
      long id;
      while (in >> id) by_id[id]->cancel();
      heap.remove_cancelled();
    }
    if (!heap.empty() && heap.top_when() != heap.top()->when()) {
      std::fprintf(stderr, "after '%s': top_when() is %g but the top timer's when() is %g\n", line.c_str(),
                   heap.top_when(), heap.top()->when());
      return 1;
    }
  }
  while (!heap.empty()) std::printf("%ld\n", ids[heap.pop().get()]);
}
