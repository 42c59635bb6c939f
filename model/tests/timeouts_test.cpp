// asyncio.timeout / timeout_at and wait_for, checked against CPython
// 3.11.7's logs for the same programs.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

class TimeoutsTest : public ModelTest {};

// The deadline cancels the task; exit converts the CancelledError into
// TimeoutError and takes the cancel request back (cancelling() is 0 again).
TEST_F(TimeoutsTest, ExpiryRaisesTimeoutErrorAndUncancels) {
  run([](ModelTest& t) -> Coro {
    TaskPtr task = current_task();
    TimeoutPtr cm = timeout(0.1);
    try {
      co_await cm->aenter();
      t.note("when " + show(cm->when()) + " " + cm->python_repr());
      ExceptionPtr error;
      try {
        co_await sleep(1);
      } catch (const PyError& e) {
        error = e.exception();
      }
      if (!truthy(co_await cm->aexit(error)) && error) throw PyError(error);
    } catch (const PyError& e) {
      t.note("timeout " + show(e) + " expired=" + (cm->expired() ? "True" : "False") +
             " cancelling=" + std::to_string(task->cancelling()) + " " + cm->python_repr());
    }
    try {
      cm->reschedule(1);
    } catch (const PyError& e) {
      t.note(show(e));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 when 0.1 <Timeout [active] when=0.1> | 0.1 timeout TimeoutError expired=True cancelling=0 "
            "<Timeout [expired]> | 0.1 RuntimeError: Cannot change state of expired Timeout");
}

Coro body_with_timeout(ModelTest& t) {
  TaskPtr task = current_task();
  TimeoutPtr cm = timeout(0.1);
  co_await cm->aenter();
  ExceptionPtr error;
  try {
    co_await sleep(1);
  } catch (const PyError& e) {
    error = e.exception();
  }
  try {
    co_await cm->aexit(error);
  } catch (const PyError& e) {
    error = e.exception();
  }
  if (error && error->is_instance_of(exc::CancelledError)) {
    t.note(std::string("cancelled expired=") + (cm->expired() ? "True" : "False") +
           " cancelling=" + std::to_string(task->cancelling()));
  }
  if (error) throw PyError(error);
  co_return None;
}

// The deadline and an outside cancel() land in the same iteration: two
// cancel requests, one taken back, so the CancelledError is not converted.
TEST_F(TimeoutsTest, OutsideCancelIsNotConverted) {
  run([](ModelTest& t) -> Coro {
    TaskPtr task = create_task(body_with_timeout(t));
    co_await sleep(0.1);
    task->cancel();
    try {
      co_await task;
    } catch (const PyError&) {
      t.note("task cancelled");
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.1 cancelled expired=True cancelling=1 | 0.1 task cancelled");
}

// reschedule() moves the deadline; None disables it; a deadline in the past
// fires through call_soon, one iteration after entering.
TEST_F(TimeoutsTest, RescheduleAndPastDeadline) {
  run([](ModelTest& t) -> Coro {
    EventLoop& loop = get_running_loop();
    TimeoutPtr cm = timeout(None);
    co_await cm->aenter();
    t.note("when " + show(cm->when()));
    cm->reschedule(loop.time() + 0.3);
    co_await sleep(0.1);
    cm->reschedule(None);
    co_await sleep(0.5);
    co_await cm->aexit(nullptr);
    t.note(std::string("expired ") + (cm->expired() ? "True" : "False"));

    ticks(t, 2);
    TimeoutPtr past = timeout_at(loop.time() - 1);
    co_await past->aenter();
    t.note("inside");
    ExceptionPtr error;
    try {
      co_await sleep(0);
      t.note("not reached");
    } catch (const PyError& e) {
      error = e.exception();
    }
    try {
      co_await past->aexit(error);
    } catch (const PyError& e) {
      if (e.exception()->is_instance_of(exc::TimeoutError)) t.note("past deadline fired");
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 when None | 0.6 expired False | 0.6 inside | 0.6 tick 1 | 0.6 past deadline fired | 0.6 tick 2");
}

Coro named_job(ModelTest& t, std::string name, double delay, Value result) {
  co_await sleep(delay);
  t.note(name + " done");
  co_return result;
}

// wait_for's four paths: result in time; timeout (inner cancelled and
// awaited); timeout 0 on a coroutine (its task never runs); timeout None
// (a plain await). An immediate result through the waiter takes three
// iterations.
TEST_F(TimeoutsTest, WaitForPaths) {
  run([](ModelTest& t) -> Coro {
    Value r = co_await wait_for(named_job(t, "a", 0.1, 1).object(), 0.5);
    t.note("result " + show(r));
    try {
      co_await wait_for(named_job(t, "b", 1, 2).object(), 0.2);
    } catch (const PyError& e) {
      t.note("timeout " + show(e));
    }
    try {
      co_await wait_for(named_job(t, "c", 0, 3).object(), 0);
    } catch (const PyError& e) {
      t.note("zero timeout " + show(e));
    }
    r = co_await wait_for(named_job(t, "d", 0, 4).object(), None);
    t.note("none " + show(r));
    ticks(t, 5);
    r = co_await wait_for(named_job(t, "e", 0, 5).object(), 1);
    t.note("immediate " + show(r));
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.1 a done | 0.1 result 1 | 0.30000000000000004 timeout TimeoutError | "
            "0.30000000000000004 zero timeout TimeoutError | 0.30000000000000004 d done | "
            "0.30000000000000004 none 4 | 0.30000000000000004 tick 1 | 0.30000000000000004 tick 2 | "
            "0.30000000000000004 e done | 0.30000000000000004 tick 3 | 0.30000000000000004 tick 4 | "
            "0.30000000000000004 immediate 5 | 0.30000000000000004 tick 5");
}

}  // namespace
}  // namespace loopspec::test
