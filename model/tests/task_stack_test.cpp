// Task.get_stack() and print_stack() (base_tasks), and the traceback a
// future gives back once. The program's side (frames, tracebacks) is made
// by hand here, as the interpreter makes it.
#include "test_support.hpp"

#include <stdexcept>

#include "loopspec/reprs.hpp"

namespace loopspec::test {
namespace {

/// Just enough of the interpreter's hooks for print_stack's text.
class PlainHooks : public ReprHooks {
 public:
  std::string repr(const Value& v) const override { return loopspec::repr(v); }
  std::string short_repr(const Value& v) const override { return loopspec::repr(v); }
  std::string callback(const Value&, const std::vector<Value>&, bool) const override { return "cb()"; }
  [[noreturn]] void unpinnable(const std::string& what) const override { throw std::runtime_error(what); }
  std::string exception_only(const ExceptionObject& e) const override {
    return std::string(e.type->name()) + ": " + e.message() + "\n";
  }
};

class TaskStackTest : public ModelTest {
 public:
  TaskStackTest() { scope_.runtime().repr_hooks = &hooks_; }
  ~TaskStackTest() override { scope_.runtime().repr_hooks = nullptr; }

  /// A coroutine of "the program": named `name`, its frame at `*line`.
  static Coro as_program(Coro c, const std::string& name, const int* line) {
    auto frame = std::make_shared<FrameObject>(name, "a/b.py", line);
    c.object()->code = CoroutineObject::PythonCode{name, "a/b.py", 1, frame};
    return c;
  }

  PlainHooks hooks_;
};

Coro sleeps() {
  co_await sleep(1.0);
  co_return None;
}

/// Raises ValueError('boom') with the traceback `frames` already recorded.
Coro fails(std::vector<FramePtr> frames) {
  co_await sleep(0.0);
  ExceptionPtr e = new_exception(exc::ValueError, {Value("boom")});
  e->traceback = std::move(frames);
  throw PyError(e);
  co_return None;
}

std::vector<std::string> names(const std::vector<FramePtr>& frames) {
  std::vector<std::string> out;
  for (const FramePtr& f : frames) out.push_back(f->name + ":" + std::to_string(f->line()));
  return out;
}

TEST_F(TaskStackTest, SuspendedTaskListsItsCoroutinesFrameUpToTheLimit) {
  int line = 7;
  auto main = [&]() -> Coro {
    TaskPtr t = create_task(as_program(sleeps(), "sleeps", &line));
    co_await sleep(0.0);
    note(std::to_string(names(t->get_stack(std::nullopt)).size()) + " " + names(t->get_stack(1))[0]);
    note(std::to_string(t->get_stack(0).size()) + " " + std::to_string(t->get_stack(-3).size()));
    line = 8;  // the frame object follows the frame
    note(names(t->get_stack(std::nullopt))[0]);
    t->cancel();
    co_await sleep(0.0);
    note(t->stack_text(std::nullopt));
    co_return None;
  };
  run(main());
  EXPECT_EQ(joined(), "0.0 1 sleeps:7 | 0.0 0 0 | 0.0 sleeps:8 | 0.0 No stack for <Task cancelled name='Task-2' "
                      "coro=<sleeps() done, defined at a/b.py:1>>\n");
}

TEST_F(TaskStackTest, FailedTaskListsItsTracebackAndPrintsTheException) {
  int line = 1;
  auto outer = std::make_shared<FrameObject>("outer", "a/b.py", &line);
  auto inner = std::make_shared<FrameObject>("inner", "a/b.py", &line);
  outer->end();
  auto main = [&]() -> Coro {
    std::vector<FramePtr> tb = {outer, inner, inner, inner, inner, inner};
    TaskPtr t = create_task(as_program(fails(tb), "fails", &line));
    co_await sleep(0.1);
    note(std::to_string(t->get_stack(std::nullopt).size()) + " " + std::to_string(t->get_stack(2).size()));
    line = 3;
    note(t->stack_text(std::nullopt));
    co_return None;
  };
  run(main());
  // Runs of more than three alike frames are cut as traceback cuts recursion.
  EXPECT_EQ(joined(),
            "0.1 6 2 | 0.1 Traceback for <Task finished name='Task-2' coro=<fails() done, defined at a/b.py:1> "
            "exception=ValueError('boom')> (most recent call last):\n"
            "  File \"a/b.py\", line 1, in outer\n"
            "  File \"a/b.py\", line 3, in inner\n  File \"a/b.py\", line 3, in inner\n"
            "  File \"a/b.py\", line 3, in inner\n  [Previous line repeated 2 more times]\n"
            "ValueError: boom\n");
}

TEST_F(TaskStackTest, FrameOfAsyncioCodeInTheTracebackStopsTheRun) {
  int line = 1;
  auto main = [&]() -> Coro {
    TaskPtr t = create_task(as_program(fails({nullptr}), "fails", &line));
    Coro asyncio_own = sleeps();  // no code: what asyncio.sleep() gives
    asyncio_own.object()->name = "sleep";
    TaskPtr own = create_task(asyncio_own);
    co_await sleep(0.1);
    for (const TaskPtr& task : {t, own}) {
      try {
        task->get_stack(std::nullopt);
        note("listed");
      } catch (const std::runtime_error& e) {
        note(e.what());
      }
    }
    own->cancel();
    co_return None;
  };
  run(main());
  EXPECT_EQ(joined(),
            "0.1 a frame of asyncio's own code in the task's traceback (its file is CPython's) | "
            "0.1 the frame of sleep() of asyncio's own (its file is CPython's)");
}

TEST_F(TaskStackTest, FutureGivesItsTracebackBackOnceWhenRaising) {
  int line = 4;
  auto frame = std::make_shared<FrameObject>("f", "a/b.py", &line);
  FuturePtr fut = loop_->create_future();
  ExceptionPtr e = new_exception(exc::ValueError);
  e->traceback = {frame};
  fut->set_exception(e);
  e->traceback.insert(e->traceback.begin(), frame);  // raised again elsewhere meanwhile
  std::vector<std::size_t> sizes;
  for (int i = 0; i < 2; ++i) {
    try {
      fut->result();
    } catch (const PyError&) {
      sizes.push_back(e->traceback.size());
    }
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{1, 0}));
  EXPECT_EQ(fut->exception(), e);  // exception() raises nothing and changes nothing
  EXPECT_EQ(e->traceback.size(), 0u);
}

}  // namespace
}  // namespace loopspec::test
