// run_on_large_stack (large_stack.hpp), with pthreads: std::thread cannot
// choose its stack size.
#include "common/large_stack.hpp"

#include <pthread.h>

#include <system_error>

namespace loopspec::harness {
namespace {

void* trampoline(void* arg) {
  (*static_cast<const std::function<void()>*>(arg))();
  return nullptr;
}

}  // namespace

void run_on_large_stack(const std::function<void()>& f, std::size_t bytes) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  int rc = pthread_attr_setstacksize(&attr, bytes);
  pthread_t thread;
  if (rc == 0) rc = pthread_create(&thread, &attr, trampoline, const_cast<std::function<void()>*>(&f));
  pthread_attr_destroy(&attr);
  if (rc != 0) throw std::system_error(rc, std::generic_category(), "cannot start the scenario's thread");
  pthread_join(thread, nullptr);
}

}  // namespace loopspec::harness
