// The recycler (detail/recycler.hpp).
#include "loopspec/detail/recycler.hpp"

#include <sanitizer/asan_interface.h>

#include <algorithm>
#include <array>
#include <new>

namespace loopspec::detail {
namespace {

constexpr std::size_t kGranule = 16;
// Larger blocks (a deep coroutine frame, a big container) go straight to
// the allocator: they are rare, and would pin much memory.
constexpr std::size_t kLargest = 1024;
constexpr std::size_t kClasses = kLargest / kGranule;
// What one list may keep, in bytes, and in blocks at least.
constexpr std::size_t kBytesPerClass = 512 * 1024;
constexpr std::size_t kMinBlocksPerClass = 64;

struct Free {
  Free* next;
};

struct FreeList {
  Free* head = nullptr;
  std::size_t count = 0;
};

class Lists {
 public:
  Lists() = default;
  Lists(const Lists&) = delete;
  Lists& operator=(const Lists&) = delete;
  ~Lists() {
    for (std::size_t c = 0; c < kClasses; ++c) {
      while (Free* b = lists_[c].head) {
        ASAN_UNPOISON_MEMORY_REGION(b, block_size(c));
        lists_[c].head = b->next;
        ::operator delete(b);
      }
    }
  }

  static std::size_t class_of(std::size_t size) { return (std::max(size, sizeof(Free)) + kGranule - 1) / kGranule - 1; }
  static std::size_t block_size(std::size_t c) { return (c + 1) * kGranule; }

  void* take(std::size_t c) {
    FreeList& l = lists_[c];
    if (!l.head) return ::operator new(block_size(c));
    Free* b = l.head;
    // Poisoned while free, so AddressSanitizer still sees an object used
    // after its release even though the memory is not given back.
    ASAN_UNPOISON_MEMORY_REGION(b, block_size(c));
    l.head = b->next;
    --l.count;
    return b;
  }

  void give(void* block, std::size_t c) noexcept {
    FreeList& l = lists_[c];
    if (l.count >= std::max(kMinBlocksPerClass, kBytesPerClass / block_size(c))) return ::operator delete(block);
    l.head = ::new (block) Free{l.head};
    ++l.count;
    ASAN_POISON_MEMORY_REGION(block, block_size(c));
  }

 private:
  std::array<FreeList, kClasses> lists_{};
};

// The lists die with their thread; a block given back after that (by a
// thread_local destructor that runs later) goes to the allocator.
thread_local bool lists_gone = false;
struct ListsOwner {
  Lists lists;
  ~ListsOwner() { lists_gone = true; }
};
thread_local ListsOwner owner;

}  // namespace

void* recycle_take(std::size_t size) {
  if (size > kLargest || lists_gone) return ::operator new(size);
  return owner.lists.take(Lists::class_of(size));
}

void recycle_give(void* block, std::size_t size) noexcept {
  if (size > kLargest || lists_gone) return ::operator delete(block);
  owner.lists.give(block, Lists::class_of(size));
}

}  // namespace loopspec::detail
