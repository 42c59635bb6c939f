// asyncio.queues orderings, checked against CPython 3.11.7's logs for the
// same programs.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

class QueuesTest : public ModelTest {};

/// The name of a cancellation or a shutdown, which end a getter or putter quietly.
std::string quiet_end(const PyError& e) {
  if (e.exception()->is_instance_of(exc::CancelledError)) return "cancelled";
  if (e.exception()->is_instance_of(exc::QueueShutDown)) return "QueueShutDown";
  throw e;
}

Coro getter(ModelTest& t, QueuePtr q, std::string name) {
  try {
    Value v = co_await q->get();
    t.note(name + " got " + show(v));
  } catch (const PyError& e) {
    t.note(name + " " + quiet_end(e));
  }
  co_return None;
}

Coro putter(ModelTest& t, QueuePtr q, std::string name, Value item) {
  try {
    co_await q->put(std::move(item));
    t.note(name + " put");
  } catch (const PyError& e) {
    t.note(name + " " + quiet_end(e));
  }
  co_return None;
}

// put_nowait wakes getter a, but get_nowait takes the item first: a finds the
// queue empty when it runs and waits again, behind b.
TEST_F(QueuesTest, GettersFifoAndWokenGetterLosesItemToGetNowait) {
  run([](ModelTest& t) -> Coro {
    auto q = std::make_shared<Queue>();
    std::vector<TaskPtr> ts{create_task(getter(t, q, "a")), create_task(getter(t, q, "b"))};
    co_await sleep(0);
    ticks(t, 3);
    q->put_nowait(1);
    t.note("stolen " + show(q->get_nowait()));
    q->put_nowait(2);
    q->put_nowait(3);
    co_await gather_all(ts);
    try {
      q->get_nowait();
    } catch (const PyError& e) {
      t.note("QueueEmpty args=" + std::to_string(e.exception()->args().size()));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 stolen 1 | 0.0 tick 1 | 0.0 a got 2 | 0.0 b got 3 | 0.0 tick 2 | 0.0 tick 3 | 0.0 QueueEmpty args=0");
}

Coro producer(ModelTest& t, QueuePtr q) {
  for (int i = 0; i < 3; ++i) {
    co_await q->put(i);
    t.note("put " + std::to_string(i) + " qsize=" + std::to_string(q->qsize()) + " full=" + (q->full() ? "True" : "False"));
  }
  co_return None;
}

Coro consumer(ModelTest& t, QueuePtr q) {
  for (int i = 0; i < 3; ++i) {
    co_await sleep(0.1);
    Value v = co_await q->get();
    t.note("got " + show(v));
    q->task_done();
  }
  co_return None;
}

// join() returns at once when nothing is unfinished; a full queue parks the
// putter until a get frees a slot.
TEST_F(QueuesTest, PutBlocksWhenFullAndJoinCountsUnfinished) {
  run([](ModelTest& t) -> Coro {
    auto q = std::make_shared<Queue>(1);
    std::vector<TaskPtr> ts{create_task(producer(t, q)), create_task(consumer(t, q))};
    co_await q->join();
    t.note("joined");
    try {
      q->task_done();
    } catch (const PyError& e) {
      t.note(show(e));
    }
    try {
      q->put_nowait(9);
      q->put_nowait(10);
    } catch (const PyError& e) {
      t.note(show(e));
    }
    co_await gather_all(ts);
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 joined | 0.0 ValueError: task_done() called too many times | 0.0 QueueFull | 0.1 got 9 | "
            "0.1 put 0 qsize=1 full=True | 0.2 got 0 | 0.2 put 1 qsize=1 full=True | "
            "0.30000000000000004 got 1 | 0.30000000000000004 put 2 qsize=1 full=True");
}

Value tuple(std::int64_t n, const char* s) {
  std::vector<Value> items{Value(n), Value(s)};
  return std::make_shared<Tuple>(std::move(items));
}

TEST_F(QueuesTest, PriorityQueueOrdersByPythonLessAndLifoByRecency) {
  auto pq = std::make_shared<PriorityQueue>();
  for (auto item : {tuple(2, "b"), tuple(1, "z"), tuple(2, "a"), tuple(0, "x"), tuple(1, "y")}) pq->put_nowait(item);
  std::string out;
  while (!pq->empty()) out += show(pq->get_nowait()) + " ";
  EXPECT_EQ(out, "(0, 'x') (1, 'y') (1, 'z') (2, 'a') (2, 'b') ");

  auto lq = std::make_shared<LifoQueue>();
  for (int i = 0; i < 3; ++i) lq->put_nowait(i);
  out.clear();
  while (!lq->empty()) out += show(lq->get_nowait()) + " ";
  EXPECT_EQ(out, "2 1 0 ");

  // An incomparable item raises from put and stays in the heap (heapq's
  // append comes before its failing sift).
  pq->put_nowait(tuple(1, "a"));
  std::vector<Value> bad{Value(1), Value(2)};
  try {
    pq->put_nowait(std::make_shared<Tuple>(bad));
    FAIL() << "no TypeError";
  } catch (const PyError& e) {
    EXPECT_STREQ(e.what(), "TypeError: '<' not supported between instances of 'int' and 'str'");
  }
  EXPECT_EQ(pq->qsize(), 2);
}

// A getter woken for an item and cancelled before it runs hands the wake-up
// to the next getter, which gets the item one iteration later.
TEST_F(QueuesTest, WokenGetterCancelledPassesItemOn) {
  run([](ModelTest& t) -> Coro {
    auto q = std::make_shared<Queue>();
    TaskPtr a = create_task(getter(t, q, "a"));
    TaskPtr b = create_task(getter(t, q, "b"));
    co_await sleep(0);
    ticks(t, 4);
    q->put_nowait("x");
    a->cancel();
    std::vector<TaskPtr> all{a, b};
    co_await gather_all(all);
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.0 tick 1 | 0.0 a cancelled | 0.0 tick 2 | 0.0 b got 'x' | 0.0 tick 3 | 0.0 tick 4");
}

// shutdown() (3.13.0): a getter woken for an item before the shutdown still
// takes it; the next getter and a later putter meet QueueShutDown, as do the
// nowait forms on the empty shut-down queue. Checked against CPython 3.13.0.
TEST_F(QueuesTest, ShutdownLeavesItemsReadableAndRefusesTheRest) {
  run([](ModelTest& t) -> Coro {
    auto q = std::make_shared<Queue>(1);
    std::vector<TaskPtr> ts{create_task(getter(t, q, "a")), create_task(getter(t, q, "b"))};
    co_await sleep(0);
    ticks(t, 2);
    q->put_nowait("x");  // wakes a, which has not run yet
    q->shutdown();
    EXPECT_TRUE(q->is_shutdown());
    ts.push_back(create_task(putter(t, q, "p", "y")));
    co_await gather_all(ts);
    try {
      q->get_nowait();
    } catch (const PyError& e) {
      t.note("get_nowait " + show(e) + " args=" + std::to_string(e.exception()->args().size()));
    }
    try {
      q->put_nowait(1);
    } catch (const PyError& e) {
      t.note("put_nowait " + show(e));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 tick 1 | 0.0 a got 'x' | 0.0 b QueueShutDown | 0.0 p QueueShutDown | 0.0 tick 2 | "
            "0.0 get_nowait QueueShutDown args=0 | 0.0 put_nowait QueueShutDown");
}

Coro joiner(ModelTest& t, QueuePtr q) {
  co_await q->join();
  t.note("joined");
  co_return None;
}

// shutdown(immediate=True) drops the items and their unfinished counts (not
// the one already taken): join() waits for that last task_done(), after which
// task_done() is one too many. The woken putters raise. CPython 3.13.0.
TEST_F(QueuesTest, ImmediateShutdownDiscountsDroppedItems) {
  run([](ModelTest& t) -> Coro {
    auto q = std::make_shared<Queue>(2);
    q->put_nowait(1);
    q->put_nowait(2);
    std::vector<TaskPtr> ts{create_task(putter(t, q, "p", "y")), create_task(putter(t, q, "r", "z")),
                            create_task(joiner(t, q))};
    co_await sleep(0);
    t.note("got " + show(q->get_nowait()));  // wakes p
    q->shutdown(true);
    t.note("qsize=" + std::to_string(q->qsize()));
    co_await sleep(0);
    t.note("task_done");
    q->task_done();
    co_await gather_all(ts);
    try {
      q->task_done();
    } catch (const PyError& e) {
      t.note(show(e));
    }
    q->shutdown(true);  // again: nothing left to drop or wake
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 got 1 | 0.0 qsize=0 | 0.0 p QueueShutDown | 0.0 r QueueShutDown | 0.0 task_done | 0.0 joined | "
            "0.0 ValueError: task_done() called too many times");
}

// The subclasses drop their items through their own order; the shut-down
// PriorityQueue still hands out what a plain shutdown left, smallest first.
TEST_F(QueuesTest, ShutdownOfSubclassesKeepsTheirOrder) {
  auto pq = std::make_shared<PriorityQueue>();
  for (int i : {3, 1, 2}) pq->put_nowait(i);
  pq->shutdown();
  EXPECT_EQ(show(pq->get_nowait()), "1");
  auto lq = std::make_shared<LifoQueue>();
  for (int i : {1, 2}) lq->put_nowait(i);
  lq->shutdown(true);
  EXPECT_TRUE(lq->empty());
  EXPECT_THROW(lq->put_nowait(3), PyError);
}

}  // namespace
}  // namespace loopspec::test
