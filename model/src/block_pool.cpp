// BlockPool (detail/block_pool.hpp).
#include "loopspec/detail/block_pool.hpp"

#include <sanitizer/asan_interface.h>

#include <new>
#include <stdexcept>

namespace loopspec::detail {
namespace {

// Blocks kept for reuse at most: a burst (W2's million pending handles)
// goes back to the allocator instead of staying pinned for the loop's life.
constexpr std::size_t kMaxFree = 4096;

}  // namespace

void* BlockPool::take(std::size_t size) {
  if (size_ != size) {
    if (size_ != 0) throw std::logic_error("BlockPool: one pool, one block size");
    size_ = size < sizeof(Free) ? sizeof(Free) : size;
  }
  ++out_;
  if (!free_) return ::operator new(size_);
  Free* b = free_;
  // Poisoned while free, so AddressSanitizer still sees a handle used after
  // its release even though the memory is not given back.
  ASAN_UNPOISON_MEMORY_REGION(b, size_);
  free_ = b->next;
  --free_count_;
  return b;
}

void BlockPool::give(void* block) noexcept {
  --out_;
  if (!owned_ || free_count_ == kMaxFree) {
    ::operator delete(block);
    if (!owned_ && out_ == 0) delete this;
    return;
  }
  free_ = ::new (block) Free{free_};
  ++free_count_;
  ASAN_POISON_MEMORY_REGION(block, size_);
}

void BlockPool::disown() noexcept {
  owned_ = false;
  if (out_ == 0) delete this;
}

BlockPool::~BlockPool() {
  while (free_) {
    Free* b = free_;
    ASAN_UNPOISON_MEMORY_REGION(b, size_);
    free_ = b->next;
    ::operator delete(b);
  }
}

}  // namespace loopspec::detail
