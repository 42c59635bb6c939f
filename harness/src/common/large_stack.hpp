// Running a function on a thread of its own with a large stack.
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

/// Runs `f` on a new thread with a stack of `bytes` and waits for it. `f`
/// must not throw. std::system_error when the thread cannot be made.
void run_on_large_stack(const std::function<void()>& f, std::size_t bytes = kLargeStackBytes);

}  // namespace loopspec::harness
