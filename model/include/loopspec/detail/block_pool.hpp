// BlockPool: a loop's free list of equal-sized memory blocks, and the
// allocator through which allocate_shared takes its blocks from one.
//
// Why: every call_soon and call_at makes a handle (one to three per item in
// bench/'s workloads), and their malloc and free were a large part of what
// the loops do per item (bench/README.md, "Allocations per item"). A loop
// recycles its handles' memory instead, as Boost.Asio recycles handler
// memory, so a loop in its steady state makes no allocator call for them.
// Only where the bytes come from changes: the handles are the same objects,
// made and destroyed at the same moments.
//
// A handle may outlive its loop (a scenario keeps what call_soon returned),
// so the loop disowns its pool rather than destroying it, and the pool goes
// when its last block comes back. Not thread-safe: blocks are taken and
// given back on the loop's thread (a handle made on another thread is not
// pooled).
#pragma once

#include <cstddef>

namespace loopspec::detail {

class BlockPool {
 public:
  BlockPool() = default;
  BlockPool(const BlockPool&) = delete;
  BlockPool& operator=(const BlockPool&) = delete;

  /// A block of `size` bytes; every block of one pool has the same size.
  void* take(std::size_t size);
  void give(void* block) noexcept;
  /// The owner lets go: the pool deletes itself once no block is out.
  void disown() noexcept;

 private:
  struct Free {
    Free* next;
  };
  ~BlockPool();

  Free* free_ = nullptr;
  std::size_t free_count_ = 0;
  std::size_t size_ = 0;
  std::size_t out_ = 0;
  bool owned_ = true;
};

/// The allocator for allocate_shared: the handle and its control block in one
/// block of the pool.
template <class T>
struct PoolAllocator {
  using value_type = T;
  BlockPool* pool;

  explicit PoolAllocator(BlockPool& p) noexcept : pool(&p) {}
  template <class U>
  PoolAllocator(const PoolAllocator<U>& other) noexcept : pool(other.pool) {}  // NOLINT: rebinding

  T* allocate(std::size_t n) {
    static_assert(alignof(T) <= alignof(std::max_align_t), "pool blocks have operator new's alignment");
    return static_cast<T*>(pool->take(n * sizeof(T)));
  }
  void deallocate(T* p, std::size_t) noexcept { pool->give(p); }
  template <class U>
  bool operator==(const PoolAllocator<U>& other) const noexcept {
    return pool == other.pool;
  }
};

/// A loop's hold on one pool, for one kind of object.
class OwnedPool {
 public:
  OwnedPool() : pool_(new BlockPool) {}
  OwnedPool(const OwnedPool&) = delete;
  OwnedPool& operator=(const OwnedPool&) = delete;
  ~OwnedPool() { pool_->disown(); }

  template <class T>
  PoolAllocator<T> allocator() const noexcept {
    return PoolAllocator<T>(*pool_);
  }

 private:
  BlockPool* pool_;
};

}  // namespace loopspec::detail
