// asyncio.queues (3.11, with 3.13.0's shutdown): Queue, PriorityQueue, LifoQueue.
#include "loopspec/queues.hpp"

#include <algorithm>

#include "loopspec/compare.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"

namespace loopspec {
namespace {

// heapq's C sift steps, which swap items in place: the comparisons are
// those of heapq.py, and a TypeError from `<` leaves every item in the heap.

// _siftdown: moves the item at `pos` up towards `start` while it is smaller
// than its parent.
void heap_sift_down(std::deque<Value>& heap, std::size_t start, std::size_t pos) {
  while (pos > start) {
    std::size_t parent = (pos - 1) >> 1;
    if (!less_than(heap[pos], heap[parent])) break;
    std::swap(heap[pos], heap[parent]);
    pos = parent;
  }
}

// _siftup: walks the smaller child up to a leaf (the right one unless the
// left is strictly smaller), then sifts the displaced item back down.
void heap_sift_up(std::deque<Value>& heap, std::size_t pos) {
  const std::size_t end = heap.size();
  const std::size_t start = pos;
  const std::size_t limit = end >> 1;
  while (pos < limit) {
    std::size_t child = 2 * pos + 1;
    if (child + 1 < end && !less_than(heap[child], heap[child + 1])) ++child;
    std::swap(heap[pos], heap[child]);
    pos = child;
  }
  heap_sift_down(heap, start, pos);
}

void remove_waiter(std::deque<FuturePtr>& waiters, const FuturePtr& fut) {
  auto it = std::find(waiters.begin(), waiters.end(), fut);
  if (it != waiters.end()) waiters.erase(it);
}

}  // namespace

Queue::Queue(std::int64_t maxsize) : maxsize_(maxsize), finished_(std::make_shared<Event>()) { finished_->set(); }

bool Queue::full() const { return maxsize_ > 0 && qsize() >= maxsize_; }

EventLoop& Queue::loop() { return loop_.get(*this); }

std::string Queue::format() const {
  std::string out = "maxsize=" + std::to_string(maxsize_);
  if (!items_.empty()) {
    out += " _queue=" + program_repr(Value(std::make_shared<List>(std::vector<Value>(items_.begin(), items_.end()))));
  }
  if (!getters_.empty()) out += " _getters[" + std::to_string(getters_.size()) + "]";
  if (!putters_.empty()) out += " _putters[" + std::to_string(putters_.size()) + "]";
  if (unfinished_tasks_) out += " tasks=" + std::to_string(unfinished_tasks_);
  if (shutdown_) out += " shutdown";
  return out;
}

std::string Queue::python_repr() const { return "<" + type_name() + " at " + kAddress + " " + format() + ">"; }

std::optional<std::string> Queue::python_str() const { return "<" + type_name() + " " + format() + ">"; }

void Queue::wakeup_next(std::deque<FuturePtr>& waiters) {
  while (!waiters.empty()) {
    FuturePtr waiter = std::move(waiters.front());
    waiters.pop_front();
    if (!waiter->done()) {
      waiter->set_result(None);
      break;
    }
  }
}

void Queue::wakeup_all(std::deque<FuturePtr>& waiters) {
  while (!waiters.empty()) {
    FuturePtr waiter = std::move(waiters.front());
    waiters.pop_front();
    if (!waiter->done()) waiter->set_result(None);
  }
}

Coro Queue::put(Value item) {
  return [](QueuePtr self, Value item) -> Coro {
    while (self->full()) {
      if (self->shutdown_) raise(exc::QueueShutDown);
      FuturePtr putter = self->loop().create_future();
      self->putters_.push_back(putter);
      ExceptionPtr error;
      try {
        co_await putter;
      } catch (const PyError& e) {
        error = e.exception();
      }
      if (error) {
        putter->cancel();  // in case it is still pending
        remove_waiter(self->putters_, putter);
        // Woken for a slot that is still free, then cancelled: pass it on.
        if (!self->full() && !putter->cancelled()) wakeup_next(self->putters_);
        throw PyError(error);
      }
    }
    self->put_nowait(std::move(item));
    co_return None;
  }(std::static_pointer_cast<Queue>(shared_from_this()), std::move(item));
}

void Queue::put_nowait(Value item) {
  if (shutdown_) raise(exc::QueueShutDown);  // before the size: even a free slot refuses
  if (full()) raise(exc::QueueFull);
  put_item(std::move(item));
  ++unfinished_tasks_;
  finished_->clear();
  wakeup_next(getters_);
}

Coro Queue::get() {
  return [](QueuePtr self) -> Coro {
    while (self->empty()) {
      // Items put before the shutdown stay readable; only an empty queue refuses.
      if (self->shutdown_) raise(exc::QueueShutDown);
      FuturePtr getter = self->loop().create_future();
      self->getters_.push_back(getter);
      ExceptionPtr error;
      try {
        co_await getter;
      } catch (const PyError& e) {
        error = e.exception();
      }
      if (error) {
        getter->cancel();  // in case it is still pending
        remove_waiter(self->getters_, getter);
        // Woken for an item that is still there, then cancelled: pass it on.
        if (!self->empty() && !getter->cancelled()) wakeup_next(self->getters_);
        throw PyError(error);
      }
    }
    co_return self->get_nowait();
  }(std::static_pointer_cast<Queue>(shared_from_this()));
}

Value Queue::get_nowait() {
  if (empty()) raise(shutdown_ ? exc::QueueShutDown : exc::QueueEmpty);
  Value item = get_item();
  wakeup_next(putters_);
  return item;
}

void Queue::task_done() {
  if (unfinished_tasks_ <= 0) raise(exc::ValueError, "task_done() called too many times");
  if (--unfinished_tasks_ == 0) finished_->set();
}

Coro Queue::join() {
  return [](QueuePtr self) -> Coro {
    if (self->unfinished_tasks_ > 0) co_await self->finished_->wait();
    co_return None;
  }(std::static_pointer_cast<Queue>(shared_from_this()));
}

void Queue::shutdown(bool immediate) {
  shutdown_ = true;
  if (immediate) discard_items();
  // Getters first, then putters: each runs again and meets the shutdown.
  wakeup_all(getters_);
  wakeup_all(putters_);
}

void Queue::discard_items() {
  // Through get_item, so a PriorityQueue pops (and compares) as heappop does.
  while (!empty()) {
    get_item();
    if (unfinished_tasks_ > 0) --unfinished_tasks_;
  }
  // Set even when nothing was discarded: CPython checks the count, not the items.
  if (unfinished_tasks_ == 0) finished_->set();
}

void Queue::put_item(Value item) { items_.push_back(std::move(item)); }

Value Queue::get_item() {
  Value item = std::move(items_.front());
  items_.pop_front();
  return item;
}

void PriorityQueue::put_item(Value item) {
  // heapq.heappush: append, then sift; a TypeError from `<` leaves the item in.
  items_.push_back(std::move(item));
  heap_sift_down(items_, 0, items_.size() - 1);
}

Value PriorityQueue::get_item() {
  // heapq.heappop: the last item replaces the root and sifts.
  Value last = std::move(items_.back());
  items_.pop_back();
  if (items_.empty()) return last;
  Value first = std::move(items_.front());
  items_.front() = std::move(last);
  heap_sift_up(items_, 0);
  return first;
}

Value LifoQueue::get_item() {
  Value item = std::move(items_.back());
  items_.pop_back();
  return item;
}

}  // namespace loopspec
