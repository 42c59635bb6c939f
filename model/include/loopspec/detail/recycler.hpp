// The recycler: this thread's free lists of small memory blocks, one per size
// class, the few big blocks it keeps whole, and the allocator through which
// allocate_shared and the loops' burst-sized arrays take from them.
//
// Why: a loop makes and drops the same few kinds of objects over and over
// (a handle per call_soon, a future per await of a fresh one, a task, its
// coroutine's frame and object per create_task), and their malloc and free
// were a large part of what the loops do per item (bench/README.md,
// "Allocations per item"). Recycling their memory, as Boost.Asio recycles
// handler memory, makes a loop's steady state allocation-free. Only where the
// bytes come from changes: the objects are the same, made and destroyed at
// the same moments.
//
// Per thread rather than per loop: an object may outlive its loop (a
// scenario keeps what call_soon returned), and a block given back on another
// thread simply joins that thread's lists. A list keeps as many blocks as
// its thread ever had out at once (its high-water mark), so a burst that
// comes again (a million pending handles, a hundred thousand tasks, each
// time a program fans out) reuses the memory the last one faulted in instead
// of freeing it to the allocator, which hands it back to the kernel and
// faults it in again (bench/README.md, W2). Blocks over 1 KiB (the arrays
// a burst sizes) are kept whole, up to 32 of them, and handed out again for
// exactly their size. What a thread keeps is bounded in all (256 MiB of
// small blocks, 64 MiB of big ones) and freed when the thread ends. The
// harness runs its programs on one kept thread per caller (run_program), so
// a scenario's burst stays for the next, up to that bound; `loopspec check`
// runs each scenario in a process of its own.
#pragma once

#include <cstddef>
#include <vector>

namespace loopspec::detail {

/// A block of at least `size` bytes, with operator new's alignment.
void* recycle_take(std::size_t size);
/// Gives back a block recycle_take(size) returned, on any thread.
void recycle_give(void* block, std::size_t size) noexcept;

/// The allocator for allocate_shared (the object and its control block in
/// one recycled block) and for RecycledVector.
template <class T>
struct RecyclingAllocator {
  using value_type = T;

  RecyclingAllocator() noexcept = default;
  template <class U>
  RecyclingAllocator(const RecyclingAllocator<U>&) noexcept {}  // NOLINT: rebinding

  T* allocate(std::size_t n) {
    static_assert(alignof(T) <= alignof(std::max_align_t), "recycled blocks have operator new's alignment");
    return static_cast<T*>(recycle_take(n * sizeof(T)));
  }
  void deallocate(T* p, std::size_t n) noexcept { recycle_give(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const RecyclingAllocator<U>&) const noexcept {
    return true;
  }
};

/// An array sized to a burst (a task per child of a big gather): its memory
/// is kept for the next burst instead of going back to the kernel.
template <class T>
using RecycledVector = std::vector<T, RecyclingAllocator<T>>;

}  // namespace loopspec::detail
