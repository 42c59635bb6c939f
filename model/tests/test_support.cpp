// The shared fixture of the model's unit tests (see test_support.hpp).
#include "test_support.hpp"

namespace loopspec::test {

ModelTest::ModelTest() : loop_(new_event_loop()) { set_event_loop(loop_); }

Value ModelTest::run(Coro main) { return loop_->run_until_complete(Value(main.object())); }

void ModelTest::note(const std::string& text) { log_.push_back(float_repr(loop_->time()) + " " + text); }

std::string ModelTest::joined() const {
  std::string out;
  for (const auto& line : log_) out += (out.empty() ? "" : " | ") + line;
  return out;
}

std::string show(const Value& v) { return repr(v); }

std::string show(const PyError& e) { return e.what(); }

Coro job(ModelTest& t, std::string name, double delay, Value result) {
  co_await sleep(delay);
  t.note(name + " done");
  co_return result;
}

}  // namespace loopspec::test

namespace loopspec::test {
namespace {
void tick(ModelTest& t, int i, int n) {
  t.note("tick " + std::to_string(i));
  if (i < n) get_running_loop().call_soon([&t, i, n] { tick(t, i + 1, n); });
}
}  // namespace

void ticks(ModelTest& t, int n) {
  get_running_loop().call_soon([&t, n] { tick(t, 1, n); });
}

Coro gather_all(std::vector<TaskPtr> tasks, bool return_exceptions) {
  std::vector<Value> aws(tasks.begin(), tasks.end());
  FuturePtr g = gather(aws, return_exceptions);
  co_return co_await g;
}

std::string show_exc(const ExceptionPtr& e) { return PyError(e).what(); }

}  // namespace loopspec::test
