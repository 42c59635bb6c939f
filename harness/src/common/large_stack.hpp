// Running a function on a thread with a large stack.
//
// The interpreter recurses in C++ as scenario code recurses in Python, and
// must reach CPython's recursion limit (1000 frames) before the C++ stack
// ends, in every build: a debug build under AddressSanitizer spends several
// times the stack per frame of an optimised one.
#pragma once

#include <cstddef>
#include <functional>

namespace loopspec::harness {

/// Address space reserved for the stack; pages are committed only as used.
inline constexpr std::size_t kLargeStackBytes = std::size_t{512} << 20;

/// Runs `f` on the calling thread's stack thread (a stack of
/// kLargeStackBytes, made by the thread's first call and kept until the
/// thread ends) and waits for it. `f` must not throw. std::system_error
/// when the stack thread cannot be made.
///
/// Kept rather than made per call: a thread per program mapped a fresh
/// stack, faulted its pages in and unmapped it at the end, which shoots
/// down the TLB entries on every core; that was a third of the property
/// tests' wall time (bench/README.md, "Differential throughput"). What the
/// model keeps per thread (the recycler's free lists, the ready queue's
/// spare buffer) stays with it from one program to the next, bounded as
/// those say.
void run_on_large_stack(const std::function<void()>& f);

}  // namespace loopspec::harness
