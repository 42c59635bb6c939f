// The floor loop's ready queue: one power-of-two block of uninitialised slots
// used as a ring, which doubles when full. Once it has grown to the
// workload's width, pushing and popping never allocate; growing constructs
// only the live items, as a hand-written ring would (a vector of callables
// would construct every slot first, which made W2 slower than bare C).
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
    std::allocator<T>().deallocate(slots_, cap_);
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

  void grow() {
    const std::size_t cap = cap_ == 0 ? 64 : 2 * cap_;
    T* bigger = std::allocator<T>().allocate(cap);
    for (std::size_t i = head_; i != tail_; ++i) {
      ::new (bigger + (i - head_)) T(std::move(*slot(i)));
      slot(i)->~T();
    }
    std::allocator<T>().deallocate(slots_, cap_);
    tail_ -= head_;
    head_ = 0;
    slots_ = bigger;
    cap_ = cap;
  }

  T* slots_ = nullptr;
  std::size_t cap_ = 0;
  std::size_t head_ = 0;  // both only grow; a slot is an index modulo cap_
  std::size_t tail_ = 0;
};

}  // namespace loopspec::bench
