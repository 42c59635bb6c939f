// run_on_large_stack (large_stack.hpp), with pthreads: std::thread cannot
// choose its stack size.
#include "common/large_stack.hpp"

#include <pthread.h>
#include <unistd.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <system_error>

namespace loopspec::harness {
namespace {

/// A thread with a large stack running one job at a time for the thread
/// that owns it.
class StackThread {
 public:
  StackThread() {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    int rc = pthread_attr_setstacksize(&attr, kLargeStackBytes);
    if (rc == 0) rc = pthread_create(&thread_, &attr, &StackThread::main, this);
    pthread_attr_destroy(&attr);
    if (rc != 0) throw std::system_error(rc, std::generic_category(), "cannot start the scenario's thread");
  }
  StackThread(const StackThread&) = delete;
  StackThread& operator=(const StackThread&) = delete;

  ~StackThread() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    pthread_join(thread_, nullptr);
  }

  void run(const std::function<void()>& f) {
    std::unique_lock lock(mutex_);
    job_ = &f;
    changed_.notify_all();
    changed_.wait(lock, [this] { return job_ == nullptr; });
  }

 private:
  static void* main(void* self) {
    static_cast<StackThread*>(self)->serve();
    return nullptr;
  }

  // Invariant: job_ is set only by run() and cleared only here, after the
  // job has returned, so run() returns after its own job and no other.
  void serve() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [this] { return job_ != nullptr || stopping_; });
      if (!job_) return;
      lock.unlock();
      (*job_)();
      lock.lock();
      job_ = nullptr;
      changed_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  const std::function<void()>* job_ = nullptr;
  bool stopping_ = false;
  pthread_t thread_{};
};

/// The calling thread's stack thread. A child made by fork() has none of its
/// parent's other threads: there the parent's object is left unused (its
/// thread is not in this process to join) and the child makes its own.
StackThread& stack_thread() {
  thread_local std::unique_ptr<StackThread> made;
  thread_local pid_t made_in = 0;
  if (made_in != ::getpid()) {
    if (made_in != 0) (void)made.release();
    made = std::make_unique<StackThread>();
    made_in = ::getpid();
  }
  return *made;
}

}  // namespace

void run_on_large_stack(const std::function<void()>& f) { stack_thread().run(f); }

}  // namespace loopspec::harness
