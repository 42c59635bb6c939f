// The floor loop's ready queue: one power-of-two block of uninitialised slots
// used as a ring, which doubles when full. Once it has grown to the
// workload's width, pushing and popping never allocate; growing constructs
// only the live items, as a hand-written ring would (a vector of callables
// would construct every slot first, which made W2 slower than bare C).
// A ring that goes leaves its block to the next ring of its thread, as the
// model's ReadyQueue leaves its buffer: without it, W2's floor faulted in a
// fresh 32 MiB block on every repetition, or not, depending on what glibc
// had kept of the workloads before it (190 ms against 14 ms a repetition).
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <utility>

namespace loopspec::bench {

template <class T>
class Ring {
 public:
  Ring() = default;
  Ring(const Ring&) = delete;
  Ring& operator=(const Ring&) = delete;
  ~Ring() {
    while (!empty()) pop();
    // The bigger block stays with the thread for its next ring.
    if (cap_ > spare_.cap) {
      std::swap(slots_, spare_.slots);
      std::swap(cap_, spare_.cap);
    }
    release(slots_, cap_);
  }

  std::size_t size() const { return tail_ - head_; }
  bool empty() const { return head_ == tail_; }

  void push(T v) {
    if (size() == cap_) grow();
    ::new (slot(tail_++)) T(std::move(v));
  }

  T pop() {
    T* s = slot(head_++);
    T v = std::move(*s);
    s->~T();
    return v;
  }

 private:
  T* slot(std::size_t i) const { return slots_ + (i & (cap_ - 1)); }

  /// Uninitialised slots, kept by a thread between its rings.
  struct Block {
    T* slots = nullptr;
    std::size_t cap = 0;
    ~Block() { release(slots, cap); }
  };

  static void release(T* slots, std::size_t cap) {
    if (slots) std::allocator<T>().deallocate(slots, cap);
  }

  void grow() {
    std::size_t cap = cap_ == 0 ? 64 : 2 * cap_;
    T* bigger;
    if (spare_.cap >= cap) {
      bigger = std::exchange(spare_.slots, nullptr);
      cap = std::exchange(spare_.cap, 0);
    } else {
      bigger = std::allocator<T>().allocate(cap);
    }
    for (std::size_t i = head_; i != tail_; ++i) {
      ::new (bigger + (i - head_)) T(std::move(*slot(i)));
      slot(i)->~T();
    }
    release(slots_, cap_);
    tail_ -= head_;
    head_ = 0;
    slots_ = bigger;
    cap_ = cap;
  }

  static inline thread_local Block spare_;
  T* slots_ = nullptr;
  std::size_t cap_ = 0;
  std::size_t head_ = 0;  // both only grow; a slot is an index modulo cap_
  std::size_t tail_ = 0;
};

}  // namespace loopspec::bench
