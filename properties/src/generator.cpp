// gen_plan: RapidCheck generators for Plans.
//
// Every generator here ignores RapidCheck's size except through list lengths
// (list_of), so a program grows in breadth with the size and in depth only up
// to kMaxDepth. Nested generators are made lazily inside mapcat, after the op
// is chosen: building them eagerly would build the whole depth-limited tree.
#include "generator.hpp"

#include <utility>

#include "interp/bindings.hpp"

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
  GenOptions opts;
  Ctx nested(bool is_async) const { return Ctx{is_async, depth + 1, opts}; }
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
  if (c.async) {
    // Awaits weigh most: they make the interleavings.
    std::vector<P> more = {{8, Op::Sleep0}, {10, Op::Sleep}, {5, Op::AwaitFuture}, {5, Op::AwaitTask},
                           {5, Op::Try},    {2, Op::Inline}, {5, Op::Gather}};
    w.insert(w.end(), more.begin(), more.end());
    if (c.opts.shield) w.push_back({2, Op::Shield});
    if (c.opts.wait_for) w.push_back({2, Op::WaitFor});
    if (c.opts.taskgroup) w.push_back({2, Op::TaskGroup});
  }
  // weightedElement takes an initializer_list; pick an index instead (which
  // also shrinks towards Log). At full size: inRange scales its range with
  // the size, so at size s only the first s% of the list could be chosen, and
  // the ops at its end (shield, wait_for, TaskGroup) came only from the
  // largest programs.
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
    case Op::CallSoon:
    case Op::CallLater:
    case Op::CallAt:
      return gen_actions(c.nested(false), 5);
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
    case Op::TaskGroup:
      return rc::gen::resize(2, rc::gen::container<std::vector<Action>>(gen_child(c.nested(true))));
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
        rc::gen::set(&Action::flag, rc::gen::arbitrary<bool>()),
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

/// A task's actions; half the tasks start with a sleep, so that tasks are
/// still running when others fail, finish or get cancelled (without it most
/// tasks end in their first step and little interleaves).
rc::Gen<std::vector<Action>> gen_task_actions(const GenOptions& o) {
  auto parts = rc::gen::tuple(rc::gen::arbitrary<bool>(), rc::gen::inRange(0, 6), gen_actions(Ctx{true, 0, o}, 12));
  return rc::gen::map(parts, [](std::tuple<bool, int, std::vector<Action>> t) {
    auto& [lead, rank, actions] = t;
    if (lead) {
      Action sleep;
      sleep.op = Op::Sleep;
      sleep.b = rank;
      actions.insert(actions.begin(), sleep);
    }
    return actions;
  });
}

rc::Gen<TaskPlan> gen_task(const GenOptions& o) {
  return rc::gen::build<TaskPlan>(rc::gen::set(&TaskPlan::actions, gen_task_actions(o)),
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

rc::Gen<std::vector<Action>> gen_main_actions(const GenOptions& o) {
  return rc::gen::map(rc::gen::tuple(rc::gen::maybe(gen_fan_in()), gen_actions(Ctx{true, 0, o}, 15)),
                      [](std::tuple<rc::Maybe<Action>, std::vector<Action>> t) {
                        auto& [opening, actions] = t;
                        if (opening) actions.insert(actions.begin(), *opening);
                        return actions;
                      });
}

/// Futures start pending half the time, else done with a result, failed or
/// cancelled.
rc::Gen<std::vector<Preset>> gen_presets() {
  auto preset = rc::gen::weightedElement<Preset>(
      {{3, Preset::Pending}, {1, Preset::Result}, {1, Preset::Exception}, {1, Preset::Cancelled}});
  return rc::gen::resize(3, rc::gen::container<std::vector<Preset>>(preset));
}

rc::Gen<Phase> gen_phase(const GenOptions& o) {
  return rc::gen::build<Phase>(
      rc::gen::set(&Phase::kind, rc::gen::element(Phase::Kind::RunUntil, Phase::Kind::RunForeverStopLater,
                                                 Phase::Kind::RunForeverStopSoon)),
      rc::gen::set(&Phase::a, rc::gen::inRange(0, 8)), rc::gen::set(&Phase::rank, rc::gen::inRange(0, 8)),
      rc::gen::set(&Phase::setup, gen_actions(Ctx{false, 1, o}, 5)));
}

}  // namespace

GenOptions generator_options_from_harness() {
  harness::ensure_bindings();
  GenOptions o;
  o.shield = harness::asyncio_attr("shield") != nullptr;
  o.wait_for = harness::asyncio_attr("wait_for") != nullptr;
  o.taskgroup = harness::asyncio_attr("TaskGroup") != nullptr;
  return o;
}

rc::Gen<Plan> gen_plan(const GenOptions& o) {
  auto entry = o.scenario_entry ? rc::gen::weightedElement<bool>({{3, false}, {1, true}}) : rc::gen::just(false);
  return rc::gen::build<Plan>(rc::gen::set(&Plan::scenario_entry, entry),
                              rc::gen::set(&Plan::futures, rc::gen::inRange(0, 4)),
                              rc::gen::set(&Plan::presets, gen_presets()),
                              rc::gen::set(&Plan::tasks, list_of(gen_task(o), 10, 2)),
                              rc::gen::set(&Plan::leftover, rc::gen::inRange(-1, 4)),
                              rc::gen::set(&Plan::main, gen_main_actions(o)),
                              rc::gen::set(&Plan::phases, list_of(gen_phase(o), 4)));
}

}  // namespace loopspec::properties
