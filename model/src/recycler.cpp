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
// A list keeps at least this many blocks, whatever its thread's high-water
// mark: a thread that frees what others made (a loop running the handles
// another thread scheduled) reuses them too.
constexpr std::size_t kMinBlocksPerClass = 64;
// What one thread's lists keep in all: past it, blocks go back to the
// allocator however big the burst was.
constexpr std::size_t kMaxKeptBytes = std::size_t{256} << 20;

struct Free {
  Free* next;
};

struct FreeList {
  Free* head = nullptr;
  std::size_t count = 0;
  // Blocks of this class this thread has taken and not given back, and the
  // most it ever had: the list keeps up to that many, so a burst that comes
  // again (a million handles each repetition) finds its memory waiting.
  // A block given back on another thread is never counted back here; the
  // mark only rises then, and kMaxKeptBytes still bounds the lists.
  std::size_t out = 0;
  std::size_t most_out = kMinBlocksPerClass;
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
    l.most_out = std::max(l.most_out, ++l.out);
    if (!l.head) return ::operator new(block_size(c));
    Free* b = l.head;
    // Poisoned while free, so AddressSanitizer still sees an object used
    // after its release even though the memory is not given back.
    ASAN_UNPOISON_MEMORY_REGION(b, block_size(c));
    l.head = b->next;
    --l.count;
    kept_bytes_ -= block_size(c);
    return b;
  }

  void give(void* block, std::size_t c) noexcept {
    FreeList& l = lists_[c];
    if (l.out > 0) --l.out;
    if (l.count >= l.most_out || kept_bytes_ + block_size(c) > kMaxKeptBytes) return ::operator delete(block);
    l.head = ::new (block) Free{l.head};
    ++l.count;
    kept_bytes_ += block_size(c);
    ASAN_POISON_MEMORY_REGION(block, block_size(c));
  }

 private:
  std::array<FreeList, kClasses> lists_{};
  std::size_t kept_bytes_ = 0;
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
