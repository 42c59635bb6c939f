// concurrent.futures.ThreadPoolExecutor in the virtual world (executor.hpp).
#include "loopspec/executor.hpp"

#include <utility>

#include "loopspec/runtime.hpp"

namespace loopspec {

ThreadPoolExecutor::ThreadPoolExecutor(int max_workers) : max_workers_(max_workers) {
  if (max_workers <= 0) raise(exc::ValueError, "max_workers must be greater than 0");
}

ConcurrentFuturePtr ThreadPoolExecutor::submit(Job job) {
  if (shut_down_) raise(exc::RuntimeError, "cannot schedule new futures after shutdown");
  WorkItem item{std::make_shared<ConcurrentFuture>(), std::move(job)};
  ConcurrentFuturePtr future = item.future;
  if (busy_ < max_workers_) {
    ++busy_;
    auto self = std::static_pointer_cast<ThreadPoolExecutor>(shared_from_this());
    Runtime::current().threads().start([self, item = std::move(item)]() mutable { self->work(std::move(item)); });
  } else {
    queue_.push_back(std::move(item));
  }
  return future;
}

void ThreadPoolExecutor::work(WorkItem first) {
  run_item(first);
  while (!queue_.empty()) {
    WorkItem next = std::move(queue_.front());
    queue_.pop_front();
    run_item(next);
  }
  if (--busy_ == 0) {
    VirtualThreads& threads = Runtime::current().threads();
    for (auto id : std::exchange(waiting_for_idle_, {})) threads.make_runnable(id);
  }
}

// _WorkItem.run: every exception, BaseException too, goes to the future.
void ThreadPoolExecutor::run_item(WorkItem& item) {
  if (!item.future->set_running_or_notify_cancel()) return;
  Value result;
  try {
    result = item.job();
  } catch (const PyError& e) {
    item.future->set_exception(e.exception());
    return;
  }
  item.future->set_result(std::move(result));
}

void ThreadPoolExecutor::shutdown(bool wait) {
  shut_down_ = true;
  if (!wait || busy_ == 0) return;
  if (!VirtualThreads::on_virtual_thread()) {
    throw BlocksThreadForever("shutdown(wait=True) on the loop's thread waits for ever: its jobs run only while the "
                              "loop selects");
  }
  VirtualThreads& threads = Runtime::current().threads();
  waiting_for_idle_.push_back(VirtualThreads::current());
  threads.park();
}

}  // namespace loopspec
