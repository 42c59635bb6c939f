// The programs of programs.hpp.
#include "programs.hpp"

#include "loopspec/loopspec.hpp"

namespace loopspec::testing {
namespace {

std::string error_text(const PyError& e) { return e.exception()->type_name() + "(" + e.exception()->message() + ")"; }

Coro ping(Log* log, std::string name, int n) {
  for (int i = 0; i < n; ++i) {
    log->push_back(name + " " + std::to_string(i));
    co_await sleep(0);
  }
  co_return Value(name + " done");
}

Coro fail_after_yield(Log* log) {
  log->push_back("fail: before");
  co_await sleep(0);
  raise(exc::ValueError, "boom");
}

Coro sleeper(Log* log, double delay) {
  try {
    co_await sleep(delay);
    log->push_back("sleeper woke");
  } catch (const PyError& e) {
    log->push_back("sleeper caught " + error_text(e));
    throw;
  }
  co_return None;
}

Coro main_task(EventLoop* loop, Log* log) {
  TaskPtr a = loop->create_task(ping(log, "A", 3));
  TaskPtr b = loop->create_task(ping(log, "B", 2));
  FuturePtr fut = loop->create_future();
  loop->call_soon([fut, log] {
    log->push_back("resolving future");
    fut->set_result(Value(42));
  });
  Value v = co_await fut;
  log->push_back("future gave " + repr(v));

  std::vector<Value> children;
  children.emplace_back(ping(log, "G1", 2).object());
  children.emplace_back(ping(log, "G2", 1).object());
  children.emplace_back(a);
  FuturePtr g = gather(children);
  Value results = co_await g;
  log->push_back("gather gave " + repr(results));

  TaskPtr f = loop->create_task(fail_after_yield(log));
  try {
    co_await f;
  } catch (const PyError& e) {
    log->push_back("awaiting fail raised " + error_text(e));
  }

  TaskPtr s = loop->create_task(sleeper(log, 10.0));
  co_await sleep(0);
  s->cancel(Value("stop it"));
  try {
    co_await s;
  } catch (const PyError& e) {
    log->push_back("awaiting sleeper raised " + error_text(e));
  }
  Value bv = co_await b;
  log->push_back("b gave " + repr(bv));
  co_return Value("main done");
}

}  // namespace

void callbacks_and_timers(EventLoop& loop, Log& log, bool log_times) {
  auto stamp = [&loop, &log, log_times](std::string what) {
    log.push_back(log_times ? what + " @" + float_repr(loop.time()) : what);
  };
  loop.call_soon([&] {
    stamp("a");
    loop.call_soon([&] { stamp("c (scheduled by a)"); });
  });
  loop.call_soon([&] { stamp("b"); });
  HandlePtr dead = loop.call_soon([&] { stamp("cancelled handle ran"); });
  dead->cancel();
  loop.call_later(0.003, [&] { stamp("t3"); });
  loop.call_later(0.001, [&] {
    stamp("t1");
    loop.call_soon([&] { stamp("soon after t1"); });
    loop.call_later(0.0, [&] { stamp("t1 + 0"); });
  });
  TimerHandlePtr t2 = loop.call_later(0.002, [&] { stamp("cancelled timer ran"); });
  loop.call_at(loop.time() + 0.0045, [&] {
    stamp("t4.5 stops");
    loop.stop();
  });
  loop.call_later(0.01, [&] { stamp("t10 after stop"); });
  t2->cancel();
  loop.run_forever();
  stamp("run_forever returned");
}

void tasks_and_futures(EventLoop& loop, Log& log, bool) {
  Value r = loop.run_until_complete(Value(main_task(&loop, &log).object()));
  log.push_back("run_until_complete gave " + repr(r));
}

void timer_purge(EventLoop& loop, Log& log, bool log_times) {
  std::vector<TimerHandlePtr> timers;
  // Distinct deadlines, scheduled out of order, all from one reading of the
  // clock: call_later would read it again for each, and on a real clock a
  // slow machine would then reorder deadlines 0.1 ms apart.
  const double start = loop.time();
  for (int i = 0; i < 300; ++i) {
    double delay = 1e-4 * ((i * 37) % 300 + 1);
    timers.push_back(loop.call_at(start + delay, [&log, &loop, i, log_times] {
      log.push_back("timer " + std::to_string(i) + (log_times ? " @" + float_repr(loop.time()) : ""));
    }));
  }
  for (int i = 0; i < 300; ++i) {
    if (i % 3 != 0) timers[i]->cancel();
  }
  loop.call_later(0.05, [&loop] { loop.stop(); });
  loop.run_forever();
}

void loop_lifecycle(EventLoop& loop, Log& log, bool) {
  loop.set_exception_handler(
      [&log](EventLoop&, const DictPtr& ctx) {
        log.push_back("handler: " + str(*ctx->find("message")) + " " + repr(*ctx->find("exception")));
      },
      Value("handler"));
  loop.stop();
  loop.call_soon([&] { log.push_back("ran in the stopped pass"); });
  loop.run_forever();
  log.push_back("first run_forever returned");

  loop.call_soon([&] { log.push_back("x"); });
  loop.call_soon_threadsafe([&] { log.push_back("threadsafe keeps its place"); });
  loop.call_soon([&] { raise(exc::ValueError, "in a callback"); });
  loop.call_soon([&] {
    log.push_back("y");
    try {
      loop.run_forever();
    } catch (const PyError& e) {
      log.push_back("nested run_forever: " + error_text(e));
    }
    try {
      loop.close();
    } catch (const PyError& e) {
      log.push_back("close while running: " + error_text(e));
    }
    loop.stop();
  });
  loop.run_forever();
  log.push_back(std::string("is_running after: ") + (loop.is_running() ? "yes" : "no"));

  loop.call_soon([&] { log.push_back("dropped by close"); });
  loop.close();
  loop.close();
  log.push_back(std::string("is_closed: ") + (loop.is_closed() ? "yes" : "no"));
  try {
    loop.call_soon([] {});
  } catch (const PyError& e) {
    log.push_back("call_soon after close: " + error_text(e));
  }
  try {
    loop.run_forever();
  } catch (const PyError& e) {
    log.push_back("run_forever after close: " + error_text(e));
  }
}

Log run_program(Program p, const EventLoopPtr& loop, bool log_times) {
  Log log;
  {
    RuntimeScope scope;
    p(*loop, log, log_times);
    loop->abandon_unfinished();
  }
  return log;
}

}  // namespace loopspec::testing
