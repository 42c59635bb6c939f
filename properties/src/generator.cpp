// gen_plan: RapidCheck generators for Plans.
//
// Every generator here ignores RapidCheck's size except through list lengths
// (list_of), so a program grows in breadth with the size and in depth only up
// to kMaxDepth. Nested generators are made lazily inside mapcat, after the op
// is chosen: building them eagerly would build the whole depth-limited tree.
#include "generator.hpp"

#include <utility>


namespace loopspec::properties {
namespace {

constexpr int kMaxDepth = 3;

/// `g` at RapidCheck's nominal size: a choice among alternatives that must
/// not depend on the size (gen::inRange narrows its range at small sizes).
/// It still shrinks towards the range's start.
template <class T>
rc::Gen<T> full_range(rc::Gen<T> g) {
  return rc::gen::resize(rc::kNominalSize, std::move(g));
}

/// Where an action sits: what it may do.
struct Ctx {
  bool async = true;  // a coroutine body (awaits allowed) or a callback
  int depth = 0;
  Orders orders = Orders::Closed;  // open: TaskGroups get more children
  Ctx nested(bool is_async) const { return Ctx{is_async, depth + 1, orders}; }
};

/// A list whose length is at most `per100` percent of the size (at least
/// `min_max`), shrinking by dropping elements. The elements see the full size.
template <class T>
rc::Gen<std::vector<T>> list_of(rc::Gen<T> elem, int per100, int min_max = 1) {
  return rc::gen::withSize([=](int size) {
    int len = std::max(min_max, size * per100 / 100);
    return rc::gen::resize(len, rc::gen::container<std::vector<T>>(rc::gen::resize(size, elem)));
  });
}

rc::Gen<Op> gen_op(const Ctx& c) {
  using P = std::pair<std::size_t, Op>;
  std::vector<P> w = {
      {5, Op::Log},         {4, Op::SetResult},  {2, Op::SetException}, {1, Op::CancelFuture},
      {4, Op::CancelTask},  {2, Op::Uncancel},   {1, Op::Probe},        {4, Op::CallSoon},
      {3, Op::CallLater},   {2, Op::CallAt},     {2, Op::CancelHandle}, {1, Op::Stop},
      {3, Op::FutureOp},
  };
  w.insert(w.end(), {{4, Op::SyncSignal}, {2, Op::SyncProbe}, {2, Op::Signal}, {2, Op::Job}});
  w.insert(w.end(), {{8, Op::ConnWrite}, {2, Op::ConnEnd}, {6, Op::Child}});
  if (c.async) {
    // Awaits weigh most: they make the interleavings.
    std::vector<P> more = {{8, Op::Sleep0}, {10, Op::Sleep}, {5, Op::AwaitFuture}, {5, Op::AwaitTask},
                           {5, Op::Try},    {2, Op::Inline}, {5, Op::Gather}, {3, Op::AsyncFor}};
    w.insert(w.end(), more.begin(), more.end());
    // With open orders TaskGroups come more often: their aborts walk a set.
    const std::size_t groups = c.orders == Orders::Open ? 6 : 2;
    w.insert(w.end(), {{2, Op::Shield}, {2, Op::WaitFor}, {groups, Op::TaskGroup}, {6, Op::SyncWait}});
    w.push_back({6, Op::ConnRead});
  }
  // weightedElement takes an initializer_list; pick an index instead (which
  // also shrinks towards Log). At full size: inRange scales its range with
  // the size, so at size s only the first s% of the list could be chosen, and
  // the ops at its end (shield, wait_for, TaskGroup, the sync waits) came
  // only from the largest programs.
  std::size_t total = 0;
  for (auto& p : w) total += p.first;
  return rc::gen::map(full_range(rc::gen::inRange<std::size_t>(0, total)), [w](std::size_t x) {
    for (auto& p : w) {
      if (x < p.first) return p.second;
      x -= p.first;
    }
    return Op::Log;
  });
}

rc::Gen<Ending> gen_ending() {
  return rc::gen::weightedElement<Ending>({{5, Ending::Return}, {3, Ending::Raise}, {1, Ending::ReturnNone}});
}

rc::Gen<std::vector<Action>> gen_actions(const Ctx& c, int per100);

/// A gather/TaskGroup child: a task, a future, or a coroutine of its own.
rc::Gen<Action> gen_child(const Ctx& c) {
  return rc::gen::mapcat(rc::gen::weightedElement<Op>({{3, Op::AwaitTask}, {2, Op::AwaitFuture}, {3, Op::Inline}}),
                         [c](Op op) {
                           return rc::gen::build<Action>(
                               rc::gen::set(&Action::op, rc::gen::just(op)),
                               rc::gen::set(&Action::a, rc::gen::inRange(0, 8)),
                               rc::gen::set(&Action::ending, gen_ending()),
                               rc::gen::set(&Action::body, op == Op::Inline ? gen_actions(c.nested(true), 4)
                                                                            : rc::gen::just(std::vector<Action>{})));
                         });
}

rc::Gen<std::vector<Action>> body_of(Op op, const Ctx& c) {
  switch (op) {
    case Op::Try:
    case Op::TaskGroup:
    case Op::Inline:
    case Op::WaitFor:
      return gen_actions(c.nested(true), 6);
    case Op::SyncWait:  // the `async with` body
    case Op::AsyncFor:  // the async generator's body
      return gen_actions(c.nested(true), 4);
    case Op::CallSoon:
    case Op::CallLater:
    case Op::CallAt:
      return gen_actions(c.nested(false), 5);
    case Op::Signal:  // the handler
    case Op::Job:     // the callback it sends the loop
      return gen_actions(c.nested(false), 4);
    default:
      return rc::gen::just(std::vector<Action>{});
  }
}

rc::Gen<std::vector<Action>> alt_of(Op op, const Ctx& c) {
  switch (op) {
    case Op::Try:
      return gen_actions(c.nested(true), 3);
    case Op::Gather:  // one to four children, mostly several
      return rc::gen::mapcat(rc::gen::weightedElement<int>({{1, 1}, {3, 2}, {2, 3}, {1, 4}}), [c](int n) {
        return rc::gen::container<std::vector<Action>>(static_cast<std::size_t>(n), gen_child(c.nested(true)));
      });
    case Op::TaskGroup: {
      const int most = c.orders == Orders::Open ? kOpenTaskGroupChildren : 2;
      return rc::gen::resize(most, rc::gen::container<std::vector<Action>>(gen_child(c.nested(true))));
    }
    default:
      return rc::gen::just(std::vector<Action>{});
  }
}

rc::Gen<Action> gen_action(const Ctx& c) {
  return rc::gen::mapcat(gen_op(c), [c](Op op) {
    bool nest = c.depth < kMaxDepth;
    auto empty = rc::gen::just(std::vector<Action>{});
    return rc::gen::build<Action>(
        rc::gen::set(&Action::op, rc::gen::just(op)),
        rc::gen::set(&Action::a, rc::gen::inRange(0, 8)),
        rc::gen::set(&Action::b, rc::gen::inRange(0, 8)),
        // A SyncWait's flag makes a newcomer: only main's contention opening makes those.
        rc::gen::set(&Action::flag, op == Op::SyncWait ? rc::gen::just(false) : rc::gen::arbitrary<bool>()),
        rc::gen::set(&Action::c, full_range(rc::gen::inRange(0, 8))),
        rc::gen::set(&Action::ending, gen_ending()),
        rc::gen::set(&Action::body, nest ? body_of(op, c) : empty),
        rc::gen::set(&Action::alt, nest || op == Op::Gather ? alt_of(op, c) : empty),
        rc::gen::set(&Action::fin, nest && op == Op::Try ? gen_actions(c.nested(true), 3) : empty));
  });
}

rc::Gen<std::vector<Action>> gen_actions(const Ctx& c, int per100) {
  if (c.depth > kMaxDepth) return rc::gen::just(std::vector<Action>{});
  return list_of(rc::gen::lazy([c] { return gen_action(c); }), per100);
}

/// A blocking wait on a primitive, with any variant and guard.
rc::Gen<Action> gen_sync_wait(const Ctx& c) {
  return rc::gen::build<Action>(rc::gen::set(&Action::op, rc::gen::just(Op::SyncWait)),
                                rc::gen::set(&Action::a, full_range(rc::gen::inRange(0, 8))),
                                rc::gen::set(&Action::b, full_range(rc::gen::inRange(0, 8))),
                                rc::gen::set(&Action::c, full_range(rc::gen::inRange(0, 8))),
                                rc::gen::set(&Action::body, gen_actions(c.nested(true), 4)));
}

/// How a task starts: with nothing special, with a sleep, (when there are
/// primitives) with a blocking wait on one of them, or (when there are
/// connections) with a read that waits for the peer's data.
enum class Lead : std::uint8_t { None, Sleep, Wait, Read };

/// A task's actions. Most tasks start with a sleep or a wait on a
/// primitive, so that tasks are still running when others fail, finish or
/// get cancelled (without it most tasks end in their first step and little
/// interleaves), and so that primitives have queued waiters when main and
/// the other tasks release, notify, put and cancel.
rc::Gen<std::vector<Action>> gen_task_actions(Orders orders) {
  // With open orders most tasks lead with a sleep, whose ties show.
  const std::size_t sleeps = orders == Orders::Open ? 8 : 3;
  auto lead = rc::gen::weightedElement<Lead>(
      {{3, Lead::None}, {sleeps, Lead::Sleep}, {2, Lead::Wait}, {2, Lead::Read}});
  // With open orders most lead sleeps take ranks 0 and 1, whose delays tie
  // (delays.hpp); the others, short and long ones that do not.
  auto rank = orders == Orders::Open
                  ? rc::gen::weightedElement<int>({{4, 0}, {4, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 5}})
                  : rc::gen::inRange(0, 6);
  auto parts = rc::gen::tuple(lead, rank, gen_actions(Ctx{true, 0, orders}, 12));
  return rc::gen::mapcat(parts, [orders](std::tuple<Lead, int, std::vector<Action>> t) {
    auto& [lead, rank, actions] = t;
    if (lead == Lead::Sleep) {
      Action sleep;
      sleep.op = Op::Sleep;
      sleep.b = rank;
      // With open orders the sleep logs its result: two tasks that sleep the
      // same delay from the start then show the order their tie ran in.
      sleep.flag = orders == Orders::Open;
      actions.insert(actions.begin(), sleep);
    }
    if (lead == Lead::Read) {
      Action read;
      read.op = Op::ConnRead;
      read.a = rank;  // which end
      read.c = rank;  // and which read
      actions.insert(actions.begin(), read);
    }
    if (lead != Lead::Wait) return rc::gen::just(actions);
    return rc::gen::map(gen_sync_wait(Ctx{true, 0, orders}), [actions](Action w) {
      std::vector<Action> v = actions;
      v.insert(v.begin(), std::move(w));
      return v;
    });
  });
}

rc::Gen<TaskPlan> gen_task(Orders orders) {
  return rc::gen::build<TaskPlan>(rc::gen::set(&TaskPlan::actions, gen_task_actions(orders)),
                                  rc::gen::set(&TaskPlan::ending, gen_ending()),
                                  rc::gen::set(&TaskPlan::named, rc::gen::arbitrary<bool>()));
}

/// The usual shape of asyncio code: spawn tasks, then gather them. Main opens
/// with such a gather half the time, while every task is still pending, so
/// the children finish, fail and get cancelled under the gather's eyes.
rc::Gen<Action> gen_fan_in() {
  auto child = rc::gen::build<Action>(rc::gen::set(&Action::op, rc::gen::just(Op::AwaitTask)),
                                      rc::gen::set(&Action::a, rc::gen::inRange(0, 8)));
  return rc::gen::build<Action>(
      rc::gen::set(&Action::op, rc::gen::just(Op::Gather)), rc::gen::set(&Action::b, rc::gen::inRange(0, 8)),
      rc::gen::set(&Action::flag, rc::gen::arbitrary<bool>()),
      rc::gen::set(&Action::alt, rc::gen::mapcat(rc::gen::inRange(2, 5), [child](int n) {
                     return rc::gen::container<std::vector<Action>>(static_cast<std::size_t>(n), child);
                   })));
}

/// What main does to the primitives while the tasks wait on them: after a
/// sleep(0) that lets every task start (and queue), one to four releases,
/// notifies, sets, puts, probes and cancellations in a row, with no yield in
/// between: woken waiters have not run yet, which is where the hand-over
/// rules (a second release, a newcomer, a cancelled woken waiter) show; then
/// a sleep(0) and a probe, which show what the hand-over left.
rc::Gen<std::vector<Action>> gen_contention() {
  Ctx c{true, 0};
  auto step = rc::gen::mapcat(
      rc::gen::weightedElement<Op>({{5, Op::SyncSignal}, {2, Op::SyncProbe}, {2, Op::CancelTask}, {1, Op::SyncWait}}),
      [c](Op op) {
        if (op == Op::SyncWait) {  // a newcomer (flag): main's own wait must not block it for good
          return rc::gen::map(gen_sync_wait(c), [](Action a) {
            a.flag = true;
            return a;
          });
        }
        return rc::gen::build<Action>(rc::gen::set(&Action::op, rc::gen::just(op)),
                                      rc::gen::set(&Action::a, full_range(rc::gen::inRange(0, 8))),
                                      rc::gen::set(&Action::b, full_range(rc::gen::inRange(0, 8))),
                                      rc::gen::set(&Action::c, full_range(rc::gen::inRange(0, 8))),
                                      rc::gen::set(&Action::flag, rc::gen::arbitrary<bool>()));
      });
  auto steps = rc::gen::mapcat(full_range(rc::gen::inRange(1, 5)), [step](int n) {
    return rc::gen::container<std::vector<Action>>(static_cast<std::size_t>(n), step);
  });
  return rc::gen::map(steps, [](std::vector<Action> v) {
    Action yield;
    yield.op = Op::Sleep0;
    // Then a yield, which lets the woken waiters run (and pass on what a
    // cancelled one was handed), and a look at the first step's primitive.
    Action probe;
    probe.op = Op::SyncProbe;
    probe.a = v.front().a;
    v.insert(v.begin(), yield);
    v.push_back(yield);
    v.push_back(probe);
    return v;
  });
}

rc::Gen<std::vector<Action>> gen_main_actions(Orders orders) {
  auto contention = rc::gen::maybe(gen_contention());
  return rc::gen::map(rc::gen::tuple(contention, rc::gen::maybe(gen_fan_in()), gen_actions(Ctx{true, 0, orders}, 15)),
                      [](std::tuple<rc::Maybe<std::vector<Action>>, rc::Maybe<Action>, std::vector<Action>> t) {
                        auto& [contention, opening, actions] = t;
                        if (opening) actions.insert(actions.begin(), *opening);
                        if (contention) actions.insert(actions.begin(), contention->begin(), contention->end());
                        return actions;
                      });
}

/// Up to three primitives, Locks and Semaphores most often: the hand-over
/// rules are theirs.
rc::Gen<std::vector<PrimPlan>> gen_prims() {
  auto prim = rc::gen::build<PrimPlan>(
      rc::gen::set(&PrimPlan::kind, rc::gen::weightedElement<Prim>({{3, Prim::Lock},
                                                                    {2, Prim::Event},
                                                                    {2, Prim::Condition},
                                                                    {3, Prim::Semaphore},
                                                                    {2, Prim::BoundedSemaphore},
                                                                    {2, Prim::Barrier},
                                                                    {3, Prim::Queue},
                                                                    {1, Prim::PriorityQueue},
                                                                    {1, Prim::LifoQueue}})),
      rc::gen::set(&PrimPlan::arg, full_range(rc::gen::inRange(0, 6))));
  return rc::gen::resize(3, rc::gen::container<std::vector<PrimPlan>>(prim));
}

/// No connection half the time, else one or two: socketpairs most often,
/// a third of them bulk.
rc::Gen<std::vector<ConnPlan>> gen_conns() {
  auto conn = rc::gen::build<ConnPlan>(
      rc::gen::set(&ConnPlan::kind, rc::gen::weightedElement<Conn>({{3, Conn::Pair}, {1, Conn::Tcp}, {1, Conn::Unix}})),
      rc::gen::set(&ConnPlan::limit, rc::gen::weightedElement<int>({{2, 0}, {1, 1}, {1, 2}})),
      rc::gen::set(&ConnPlan::bulk, rc::gen::weightedElement<bool>({{2, false}, {1, true}})));
  return rc::gen::mapcat(full_range(rc::gen::weightedElement<int>({{2, 0}, {2, 1}, {1, 2}})), [conn](int n) {
    return rc::gen::container<std::vector<ConnPlan>>(static_cast<std::size_t>(n), conn);
  });
}

/// No child in seven programs of eight, else one or two: a child is a real
/// process the run waits for, the costliest thing a program does
/// (docs/properties.md#children).
rc::Gen<std::vector<ChildPlan>> gen_children() {
  auto child = rc::gen::build<ChildPlan>(
      rc::gen::set(&ChildPlan::out, rc::gen::inRange(0, 5)), rc::gen::set(&ChildPlan::err, rc::gen::inRange(0, 3)),
      rc::gen::set(&ChildPlan::status, rc::gen::inRange(0, 4)), rc::gen::set(&ChildPlan::limit, rc::gen::arbitrary<bool>()));
  return rc::gen::mapcat(full_range(rc::gen::weightedElement<int>({{14, 0}, {1, 1}, {1, 2}})), [child](int n) {
    return rc::gen::container<std::vector<ChildPlan>>(static_cast<std::size_t>(n), child);
  });
}

/// Futures start pending half the time, else done with a result, failed or
/// cancelled.
rc::Gen<std::vector<Preset>> gen_presets() {
  auto preset = rc::gen::weightedElement<Preset>(
      {{3, Preset::Pending}, {1, Preset::Result}, {1, Preset::Exception}, {1, Preset::Cancelled}});
  return rc::gen::resize(3, rc::gen::container<std::vector<Preset>>(preset));
}

rc::Gen<Phase> gen_phase(Orders orders) {
  return rc::gen::build<Phase>(
      rc::gen::set(&Phase::kind, rc::gen::element(Phase::Kind::RunUntil, Phase::Kind::RunForeverStopLater,
                                                 Phase::Kind::RunForeverStopSoon)),
      rc::gen::set(&Phase::a, rc::gen::inRange(0, 8)), rc::gen::set(&Phase::rank, rc::gen::inRange(0, 8)),
      rc::gen::set(&Phase::setup, gen_actions(Ctx{false, 1, orders}, 5)));
}

}  // namespace

rc::Gen<Plan> gen_plan(Orders orders) {
  auto entry = rc::gen::weightedElement<bool>({{3, false}, {1, true}});
  // With open orders small programs have more tasks: ties and set walks
  // need several.
  const int min_tasks = orders == Orders::Open ? 4 : 2;
  auto plan = rc::gen::build<Plan>(rc::gen::set(&Plan::scenario_entry, entry),
                                   rc::gen::set(&Plan::futures, rc::gen::inRange(0, 4)),
                                   rc::gen::set(&Plan::presets, gen_presets()),
                                   rc::gen::set(&Plan::prims, gen_prims()),
                                   rc::gen::set(&Plan::conns, gen_conns()),
                                   rc::gen::set(&Plan::children, gen_children()),
                                   rc::gen::set(&Plan::tasks, list_of(gen_task(orders), 10, min_tasks)),
                                   rc::gen::set(&Plan::leftover, rc::gen::inRange(-1, 4)),
                                   rc::gen::set(&Plan::main, gen_main_actions(orders)),
                                   rc::gen::set(&Plan::phases, list_of(gen_phase(orders), 4)));
  // Set after the build, which draws no randomness: closed-order programs
  // are the ones every seed made before open orders existed.
  return rc::gen::map(plan, [orders](Plan p) {
    p.orders = orders;
    return p;
  });
}

}  // namespace loopspec::properties
