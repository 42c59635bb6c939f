// The recycler (detail/recycler.hpp).
#include "loopspec/detail/recycler.hpp"

#include <sanitizer/asan_interface.h>

#include <algorithm>
#include <array>
#include <new>

namespace loopspec::detail {
namespace {

constexpr std::size_t kGranule = 16;
// Larger blocks (a deep coroutine frame, a big container) are not in the
// size classes: they are kept whole, by exact size (BigBlocks).
constexpr std::size_t kLargest = 1024;
constexpr std::size_t kClasses = kLargest / kGranule;
// A list keeps at least this many blocks, whatever its thread's high-water
// mark: a thread that frees what others made (a loop running the handles
// another thread scheduled) reuses them too.
constexpr std::size_t kMinBlocksPerClass = 64;
// What one thread's lists keep in all: past it, blocks go back to the
// allocator however big the burst was.
constexpr std::size_t kMaxKeptBytes = std::size_t{256} << 20;
// What one thread keeps of blocks over kLargest, and how many: a burst's
// arrays (a registry doubling up to 2^18 entries, gather's tables) fit
// several times over.
constexpr std::size_t kMaxBigBytes = std::size_t{64} << 20;
constexpr std::size_t kMaxBigBlocks = 32;

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
    // The next take's block: blocks come back in whatever order their
    // objects died (timers in deadline order), so the list's next link is
    // rarely in the cache when that take reads it. (Not an empty list's
    // null: a prefetch of an unmapped address can cost a page walk.)
    if (l.head) __builtin_prefetch(l.head);
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

// Blocks over kLargest: the arrays a loop sizes to its burst (its task
// registry as it grows, gather's tables for a hundred thousand children).
// Why keep them: glibc serves such blocks from the top of its heap or from
// mmap and gives them back to the kernel once freed, so a burst that comes
// again faulted in its megabytes anew every time (bench/README.md, "Page
// faults"). The same burst asks for the same sizes, so a block is kept whole
// and handed out again only for exactly its size. The least recently given
// back goes first when there are too many or they are too big in all.
class BigBlocks {
 public:
  BigBlocks() = default;
  BigBlocks(const BigBlocks&) = delete;
  BigBlocks& operator=(const BigBlocks&) = delete;
  ~BigBlocks() {
    while (count_ > 0) drop_oldest();
  }

  // take and give are out of line, so the small blocks' path (every handle,
  // future and task) keeps its few registers: inlined, take's scan made
  // recycle_take save six.
  [[gnu::noinline]] void* take(std::size_t size) {
    for (std::size_t i = count_; i-- > 0;) {
      if (kept_[i].size != size) continue;
      void* b = kept_[i].block;
      ASAN_UNPOISON_MEMORY_REGION(b, size);
      forget(i);
      return b;
    }
    return ::operator new(size);
  }

  [[gnu::noinline]] void give(void* block, std::size_t size) noexcept {
    if (size > kMaxBigBytes) return ::operator delete(block);
    while (count_ == kept_.size() || kept_bytes_ + size > kMaxBigBytes) drop_oldest();
    kept_[count_++] = {block, size};
    kept_bytes_ += size;
    // Poisoned while kept, as the lists' blocks are.
    ASAN_POISON_MEMORY_REGION(block, size);
  }

 private:
  struct Kept {
    void* block;
    std::size_t size;
  };

  void drop_oldest() noexcept {
    ASAN_UNPOISON_MEMORY_REGION(kept_[0].block, kept_[0].size);
    ::operator delete(kept_[0].block);
    forget(0);
  }
  // Entries stay in the order they were given back, oldest first.
  void forget(std::size_t i) noexcept {
    kept_bytes_ -= kept_[i].size;
    std::copy(kept_.begin() + static_cast<std::ptrdiff_t>(i) + 1, kept_.begin() + static_cast<std::ptrdiff_t>(count_),
              kept_.begin() + static_cast<std::ptrdiff_t>(i));
    --count_;
  }

  std::array<Kept, kMaxBigBlocks> kept_{};
  std::size_t count_ = 0;
  std::size_t kept_bytes_ = 0;
};

// The lists die with their thread; a block given back after that (by a
// thread_local destructor that runs later) goes to the allocator.
thread_local bool lists_gone = false;
struct ListsOwner {
  Lists lists;
  BigBlocks big;
  ~ListsOwner() { lists_gone = true; }
};
thread_local ListsOwner owner;

}  // namespace

void* recycle_take(std::size_t size) {
  if (lists_gone) return ::operator new(size);
  if (size > kLargest) return owner.big.take(size);
  return owner.lists.take(Lists::class_of(size));
}

void recycle_give(void* block, std::size_t size) noexcept {
  if (lists_gone) return ::operator delete(block);
  if (size > kLargest) return owner.big.give(block, size);
  owner.lists.give(block, Lists::class_of(size));
}

}  // namespace loopspec::detail
