// build_program: the Python each Plan node stands for.
//
// Rules that keep every generated program deterministic (docs/scenario-language.md#orders) and
// its trace free of set-iteration order:
//  - every function is called from exactly one place, and nothing loops, so
//    each timer statement runs at most once (delays.hpp);
//  - main awaits ("joins") every explicit task but at most one, the
//    leftover, which does nothing that creates tasks (it is a "leaf"): so
//    Runner's shutdown cancels at most one task, and a set of one has one
//    order;
//  - gathers take coroutines only with return_exceptions=True (then every
//    child is done when the gather is), shield takes tasks and futures only,
//    a TaskGroup has at most two children and the second is "quiet" (it
//    reacts to nothing: no try, no children of its own): so every anonymous
//    task is done when the task that made it is;
//  - a task awaits only tasks with a larger index (no cycles through awaits;
//    never itself);
//  - scenario programs cancel and finish their tasks before close, retrying
//    once per stop() that might cut a run short, so no pending coroutine is
//    left for the garbage collector to close at an arbitrary time;
//  - the synchronisation primitives and queues (`ps`) keep FIFO waiters, so
//    they add no order of their own; a quiet function makes no blocking
//    call on them (a waiter's cancellation hands permits and wake-ups on,
//    which would show the order in which a TaskGroup cancels its children).
//
// With open orders (Plan::orders) the builder lets those orders show, within
// bounds (plan.hpp), and declares them (`order: timer-ties, set-iteration`):
// delays may tie (delays.hpp); main leaves up to kOpenLeftovers tasks for
// Runner's shutdown to cancel, and a TaskGroup has up to
// kOpenTaskGroupChildren children, none quiet; the leftovers and the
// children log in a `finally`, which shows the order they were cancelled in,
// and linger (a long sleep at their end, as a server's tasks would), so that
// what cancels them usually finds several pending.
#include "builder.hpp"

#include <algorithm>
#include <deque>

#include "child_builder.hpp"
#include "conn_builder.hpp"
#include "delays.hpp"
#include "ir_build.hpp"
#include "loopspec/open_orders.hpp"

namespace loopspec::properties {
namespace {

using namespace irb;

constexpr int kFirstFunctionLine = 10;  // after the docstring, the imports and two blank lines
constexpr int kNoOwner = -2;            // callbacks and set-up: they never await

/// A function of the program waiting to be written.
struct PendingFn {
  enum class Kind { Task, Helper, Callback, AsyncGen, Job } kind;
  std::string name;
  const std::vector<Action>* actions;
  Ending ending = Ending::Return;
  int owner = kNoOwner;  // the explicit task its awaits run in (-1: main)
  bool leaf = false;     // creates no tasks (the leftover's code)
  bool quiet = false;    // a TaskGroup's second child: reacts to no cancellation
  /// Its body runs in a `try` whose `finally` logs: what shows when it was
  /// cancelled (a leftover; with open orders, a TaskGroup child).
  bool logs_finally = false;
  /// With open orders: the key of a long sleep (delays.hpp) it ends with, so
  /// that it is still pending when its siblings or main are done and what
  /// cancels it walks a set of several.
  const void* linger = nullptr;
  /// A Job: the action it was made for (the key of its sleep's delay).
  const Action* job = nullptr;
};

/// The function being written.
struct Fn {
  std::string name;
  bool async = true;
  int owner = kNoOwner;
  bool leaf = false;
  bool quiet = false;
  bool in_loop = true;  // false only for scenario set-up (no running loop)
  int n = 0;            // log statement counter
  /// The locks this function holds in the `async with` blocks being
  /// written (by lock identity): acquiring one again would wait for ever.
  std::vector<int> held;
};

/// A symbolic gather argument, resolved into allowed values at the end.
struct GatherArg {
  enum class Kind { Task, Future, Helper } kind;
  int index = 0;
  std::string helper;
  Ending ending = Ending::Return;
};

bool is_async_only(Op op) {
  switch (op) {
    case Op::Sleep0: case Op::Sleep: case Op::AwaitFuture: case Op::AwaitTask: case Op::Try:
    case Op::Inline: case Op::Gather: case Op::Shield: case Op::WaitFor: case Op::TaskGroup:
    case Op::SyncWait: case Op::AsyncFor:
      return true;
    default:
      return false;
  }
}

bool makes_tasks(Op op) {
  return op == Op::Inline || op == Op::Gather || op == Op::WaitFor || op == Op::TaskGroup || op == Op::Shield;
}

bool reacts_to_cancel(Op op) {
  return op == Op::Try || op == Op::SyncWait || op == Op::AsyncFor || makes_tasks(op);
}

/// Whether a timer statement writes a whole number of seconds (when its
/// delay is one): `sleep(4)`, `call_later(2, ...)`, `call_at(8, ...)`,
/// `call_at(loop.time() + 1, ...)`, `wait_for(..., 4)`.
bool wants_int(const Action& a) {
  if (a.op == Op::CallAt) return a.c % 4 == 1 || a.c % 4 == 2;
  return (a.c & 1) != 0;
}

/// `d` as an int literal when asked for and whole, else as a float.
ExprPtr seconds(double d, bool as_int) {
  if (as_int && d >= 1 && d == static_cast<double>(static_cast<std::int64_t>(d))) {
    return num(static_cast<std::int64_t>(d));
  }
  return flt(d);
}

bool is_lockish(Prim k) {
  return k == Prim::Lock || k == Prim::Condition || k == Prim::Semaphore || k == Prim::BoundedSemaphore;
}
bool is_queue(Prim k) { return k == Prim::Queue || k == Prim::PriorityQueue || k == Prim::LifoQueue; }

std::string ending_value(const std::string& fname) { return "r:" + fname; }

/// `p`, with main as its entry point when it must avoid scenario entries.
Plan without_scenario_entry(Plan p) {
  if (p.avoid & avoid::kScenarioEntry) {
    p.scenario_entry = false;
    p.phases.clear();
  }
  return p;
}

class Builder {
 public:
  Builder(const Plan& p, std::string id)
      : plan_(without_scenario_entry(p)),
        delays_(p.timescale, p.orders),
        conns_(plan_.scenario_entry ? std::vector<ConnPlan>{} : plan_.conns, line_),
        children_(plan_.scenario_entry || (plan_.avoid & avoid::kChildren) ? std::vector<ChildPlan>{} : plan_.children,
                  line_) {
    prog_.id = std::move(id);
    ntasks_ = static_cast<int>(plan_.tasks.size());
    if (!plan_.scenario_entry && plan_.leftover >= 0 && plan_.leftover < ntasks_) {
      leftover_ = plan_.leftover;
      leftovers_ = open() ? std::min(kOpenLeftovers, ntasks_ - leftover_) : 1;
    }
    future_values_.resize(static_cast<std::size_t>(plan_.futures));
    nprims_ = static_cast<int>(plan_.prims.size());
  }

  Built run() {
    declare_delays();
    delays_.assign();
    if (plan_.scenario_entry) emit_scenario();
    else emit_main();
    for (int j = 0; j < ntasks_; ++j) {
      const TaskPlan& t = plan_.tasks[static_cast<std::size_t>(j)];
      const bool left = is_leftover(j);
      const void* linger = left && open() ? &t : nullptr;
      pending_.push_back({PendingFn::Kind::Task, task_fn(j), &t.actions, t.ending, j, left, false, left, linger});
    }
    while (!pending_.empty()) {
      PendingFn p = pending_.front();
      pending_.pop_front();
      emit_function(p);
    }
    fill_meta();
    Built out{std::move(prog_), {}};
    out.manifest.scenario_entry = plan_.scenario_entry;
    for (const PrimPlan& pp : plan_.prims) out.manifest.prims.push_back({pp.kind, prim_arg(pp)});
    out.manifest.conns = conns_.manifest();
    resolve_gathers(out.manifest);
    return out;
  }

 private:
  bool open() const { return plan_.orders == Orders::Open; }
  /// Not joined by main: Runner's shutdown cancels it.
  bool is_leftover(int j) const { return leftover_ >= 0 && j >= leftover_ && j < leftover_ + leftovers_; }

  // --- lines and names --------------------------------------------------------
  int line() { return line_++; }
  static std::string task_fn(int j) { return "t" + std::to_string(j); }
  std::string fresh_value() { return "v" + std::to_string(++values_); }
  std::string fresh_message() { return "m" + std::to_string(++values_); }
  std::vector<ExprPtr> shared_args() const {
    std::vector<ExprPtr> v = args(name("loop"), name("fs"), name("ts"));
    if (nprims_ > 0) v.push_back(name("ps"));
    if (conns_.any()) v.push_back(name("rs")), v.push_back(name("ws"));
    if (children_.any()) v.push_back(name("cs"));
    return v;
  }
  std::vector<std::string> shared_params() const {
    std::vector<std::string> v = {"loop", "fs", "ts"};
    if (nprims_ > 0) v.push_back("ps");
    if (conns_.any()) v.push_back("rs"), v.push_back("ws");
    if (children_.any()) v.push_back("cs");
    return v;
  }

  // --- delays -----------------------------------------------------------------
  void declare_delays() {
    for (const auto& t : plan_.tasks) declare(t.actions);
    for (int j = 0; j < ntasks_; ++j) {
      if (is_leftover(j) && open()) declare_linger(&plan_.tasks[static_cast<std::size_t>(j)]);
    }
    declare(plan_.main);
    for (const auto& ph : plan_.phases) {
      declare(ph.setup);
      if (ph.kind == Phase::Kind::RunForeverStopLater) delays_.declare(&ph, ph.rank, false);
      if (ph.kind != Phase::Kind::RunUntil) ++stops_;
    }
  }
  void declare(const std::vector<Action>& v) {
    for (const Action& a : v) {
      // A job's sleep is a timer too: the thread wakes at `now + D`.
      if (a.op == Op::Sleep || a.op == Op::CallLater || a.op == Op::CallAt || a.op == Op::WaitFor ||
          (a.op == Op::Job && job_sleeps(a))) {
        const bool tiny = a.b >= 6 && !(plan_.avoid & avoid::kSubMillisecondDelays);
        delays_.declare(&a, a.b, tiny, wants_int(a));
      }
      if (a.op == Op::Stop) ++stops_;
      if (a.op == Op::TaskGroup && open()) {
        for (const Action* c : taskgroup_children(a)) declare_linger(c);
      }
      declare(a.body);
      declare(a.alt);
      declare(a.fin);
    }
  }

  void declare_linger(const void* key) { delays_.declare(key, Delays::kOpenLongRank, false); }

  /// The children a TaskGroup creates. Closed orders: two at most, the
  /// second quiet, so the order the group cancels them in cannot show.
  std::vector<const Action*> taskgroup_children(const Action& a) const {
    const std::size_t most = open() ? kOpenTaskGroupChildren : 2;
    std::vector<const Action*> out;
    for (const Action& c : a.alt) {
      if (c.op == Op::Inline && out.size() < most) out.push_back(&c);
    }
    return out;
  }

  // --- references -------------------------------------------------------------
  int future(int a) const { return plan_.futures > 0 ? a % plan_.futures : -1; }
  int task(int a) const { return ntasks_ > 0 ? a % ntasks_ : -1; }
  int prim(int a) const { return nprims_ > 0 ? a % nprims_ : -1; }
  Prim kind_of(int i) const { return plan_.prims[static_cast<std::size_t>(i)].kind; }
  /// The first Lock of `ps` before `i`, which a Condition with an odd arg shares.
  int shared_lock(int i) const {
    const PrimPlan& pp = plan_.prims[static_cast<std::size_t>(i)];
    if (pp.kind != Prim::Condition || pp.arg % 2 == 0) return -1;
    for (int j = 0; j < i; ++j)
      if (kind_of(j) == Prim::Lock) return j;
    return -1;
  }
  /// Which lock `async with ps[i]` holds: a Condition over a shared Lock holds that Lock.
  int lock_identity(int i) const {
    int j = shared_lock(i);
    return j >= 0 ? j : i;
  }
  /// Semaphore value, BoundedSemaphore value, Barrier parties, queue maxsize.
  static int prim_arg(const PrimPlan& pp) {
    switch (pp.kind) {
      case Prim::Semaphore: return pp.arg % 3;
      case Prim::BoundedSemaphore: case Prim::Barrier: return 1 + pp.arg % 3;
      case Prim::Queue: case Prim::PriorityQueue: case Prim::LifoQueue: return pp.arg % 3;
      default: return pp.arg;
    }
  }
  /// A task `f` may await: one with a larger index than the task it runs in.
  int awaitable_task(int a, const Fn& f) const {
    int first = f.owner >= 0 ? f.owner + 1 : 0;
    if (first >= ntasks_) return -1;
    return first + a % (ntasks_ - first);
  }

  // --- statements shared by every function ---------------------------------
  /// log(<args>) as a statement.
  void log(ir::Block& out, std::vector<ExprPtr> a) {
    int l = line();
    out.push_back(expr(l, call(l, name("log"), std::move(a))));
  }
  /// log("<fn>", n, <extra>...)
  template <class... E>
  void log_fn(ir::Block& out, Fn& f, E&&... extra) {
    log(out, args(str(f.name), num(++f.n), std::forward<E>(extra)...));
  }
  /// `r = await <e>; log("<fn>", n, r)`, or with the await among the log's
  /// arguments (`form` 1: `log("<fn>", n, await <e>)`; 2: between two
  /// readings of the clock, which Python takes before and after suspending).
  void await_and_log(ir::Block& out, Fn& f, ExprPtr awaited, int form) {
    int l = line_;  // the log call's line, for the calls inside its arguments
    switch (form % 3) {
      case 1: return log_fn(out, f, await_(std::move(awaited)));
      case 2: return log_fn(out, f, method(l, name("loop"), "time"), await_(std::move(awaited)),
                            method(l, name("loop"), "time"));
    }
    out.push_back(assign(line(), "r", await_(std::move(awaited))));
    log_fn(out, f, name("r"));
  }

  /// `body` (which writes statements into the block it is given), inside
  /// `try: ... except Exception as e: log(...)` when `guard`, or `except
  /// (asyncio.CancelledError, Exception)` when `cancel_too`. Half the awaits
  /// that may raise are guarded: unguarded, the first error of a body skips
  /// everything after it, and later actions would rarely run.
  template <class Body>
  void maybe_guarded(ir::Block& out, Fn& f, bool guard, Body&& body, bool cancel_too = false) {
    if (!guard || f.quiet) return body(out);  // a quiet function catches nothing
    int l = line();
    ir::Try t;
    body(t.body);
    ir::Handler h;
    h.line = line();
    if (cancel_too) h.types.push_back(aio("CancelledError"));
    h.types.push_back(name("Exception"));
    h.name = "e";
    log_fn(h.body, f, str("caught"), name("e"));
    t.handlers.push_back(std::move(h));
    out.push_back(ir::Stmt(l, std::move(t)));
  }
  static bool guard_bit(const Action& a) { return (a.b & 2) != 0; }
  static bool cancel_bit(const Action& a) { return (a.b & 4) != 0; }
  /// Three jobs in eight do not sleep: they run whole in step 1 of the
  /// select after they were submitted, so their callback joins the batch
  /// after it among the task steps of that moment, where a callback run an
  /// iteration late shows. A sleeping job wakes only when the loop is idle
  /// (docs/outside-world.md#threads-built), so its callback runs alone.
  static bool job_sleeps(const Action& a) { return a.a >= 3; }

  // --- functions --------------------------------------------------------------
  void begin_function(ir::Function& fn) {
    if (line_ < kFirstFunctionLine) line_ = kFirstFunctionLine;
    fn.line = line();
  }
  void end_function(ir::Function fn) {
    ++line_;  // a blank line between functions
    prog_.functions.push_back(std::move(fn));
  }

  void emit_function(const PendingFn& p) {
    ir::Function fn;
    fn.name = p.name;
    fn.is_async = p.kind != PendingFn::Kind::Callback && p.kind != PendingFn::Kind::Job;
    fn.params = shared_params();
    begin_function(fn);
    Fn f{p.name, fn.is_async, p.owner, p.leaf, p.quiet, true, 0, {}};
    if (p.kind == PendingFn::Kind::Callback) log(fn.body, args(str("cb"), num(callback_id(p.name))));
    if (p.logs_finally) {
      // A leftover cleans up in a finally: what shows that Runner's
      // shutdown cancelled it (or a TaskGroup, its child), and when.
      int l = line();
      ir::Try t;
      emit_block(*p.actions, f, t.body, {});
      if (auto linger = p.linger ? delays_.of(p.linger) : std::nullopt) {
        int l = line();
        t.body.push_back(expr(l, await_(call(l, aio("sleep"), args(seconds(*linger, true))))));
      }
      emit_ending(t.body, p.name, p.ending);
      ++line_;  // the `finally:` line
      log_fn(t.finalbody, f, str("finally"));
      fn.body.push_back(ir::Stmt(l, std::move(t)));
    } else if (p.kind == PendingFn::Kind::Job) {
      emit_job_body(p, fn.body);
    } else if (p.kind == PendingFn::Kind::AsyncGen) {
      emit_block(*p.actions, f, fn.body, {});
      for (int k : {0, 1}) {
        int l = line();
        fn.body.push_back(expr(l, yield(num(k))));
      }
      // An async generator returns no value (CPython: a SyntaxError).
      emit_ending(fn.body, p.name, p.ending == Ending::Raise ? Ending::Raise : Ending::ReturnNone);
    } else {
      emit_block(*p.actions, f, fn.body, {});
      if (fn.is_async) emit_ending(fn.body, p.name, p.ending);
    }
    if (fn.body.empty()) log_fn(fn.body, f);
    end_function(std::move(fn));
  }
  static int callback_id(const std::string& cb_name) { return std::stoi(cb_name.substr(2)); }

  void emit_ending(ir::Block& out, const std::string& fname, Ending e) {
    int l = line();
    switch (e) {
      case Ending::Return: out.push_back(ret(l, str(ending_value(fname)))); break;
      case Ending::ReturnNone: out.push_back(ret(l, nullptr)); break;
      case Ending::Raise: out.push_back(raise(l, call(l, name("ValueError"), args(str("x:" + fname))))); break;
    }
  }

  /// fs = [loop.create_future(), ...]; ts = []; ts.append(<create task j>) ...
  void emit_prologue(ir::Block& out, bool loop_create) {
    int l = line();
    std::vector<ExprPtr> fs;
    for (int i = 0; i < plan_.futures; ++i) fs.push_back(method(l, name("loop"), "create_future"));
    out.push_back(assign(l, "fs", list(std::move(fs))));
    emit_presets(out);
    emit_prims(out);
    conns_.prologue(out);  // before the tasks: they use the connections at once
    children_.prologue(out);
    out.push_back(assign(line(), "ts", list({})));
    for (int j = 0; j < ntasks_; ++j) {
      l = line();
      ExprPtr coro = call(l, name(task_fn(j)), shared_args());
      std::vector<ir::Keyword> kws;
      if (plan_.tasks[static_cast<std::size_t>(j)].named) kws.push_back(kw("name", str(task_fn(j))));
      ExprPtr make = loop_create ? call(l, attr(name("loop"), "create_task"), args(std::move(coro)), std::move(kws))
                                 : call(l, aio("create_task"), args(std::move(coro)), std::move(kws));
      out.push_back(expr(l, method(l, name("ts"), "append", args(std::move(make)))));
    }
  }

  /// fs[i].set_result("p<i>") / .set_exception(ValueError("p<i>")) / .cancel("p<i>")
  void emit_presets(ir::Block& out) {
    for (int i = 0; i < plan_.futures && i < static_cast<int>(plan_.presets.size()); ++i) {
      Preset p = plan_.presets[static_cast<std::size_t>(i)];
      if (p == Preset::Pending) continue;
      int l = line();
      std::string v = "p" + std::to_string(i);
      ExprPtr c;
      if (p == Preset::Result) {
        future_values_[static_cast<std::size_t>(i)].push_back(Json(v));
        c = method(l, item("fs", i), "set_result", args(str(v)));
      } else if (p == Preset::Exception) {
        c = method(l, item("fs", i), "set_exception", args(call(l, name("ValueError"), args(str(v)))));
      } else {
        c = method(l, item("fs", i), "cancel", args(str(v)));
      }
      out.push_back(expr(l, std::move(c)));
    }
  }

  /// ps = []; ps.append(asyncio.Lock()); ps.append(asyncio.Condition(ps[0])) ...
  void emit_prims(ir::Block& out) {
    if (nprims_ == 0) return;
    out.push_back(assign(line(), "ps", list({})));
    for (int i = 0; i < nprims_; ++i) {
      const PrimPlan& pp = plan_.prims[static_cast<std::size_t>(i)];
      int l = line();
      std::vector<ExprPtr> a;
      const char* cls = "Lock";
      switch (pp.kind) {
        case Prim::Lock: cls = "Lock"; break;
        case Prim::Event: cls = "Event"; break;
        case Prim::Condition:
          cls = "Condition";
          if (int j = shared_lock(i); j >= 0) a.push_back(item("ps", j));
          break;
        case Prim::Semaphore: cls = "Semaphore"; a.push_back(num(prim_arg(pp))); break;
        case Prim::BoundedSemaphore: cls = "BoundedSemaphore"; a.push_back(num(prim_arg(pp))); break;
        case Prim::Barrier: cls = "Barrier"; a.push_back(num(prim_arg(pp))); break;
        case Prim::Queue: cls = "Queue"; break;
        case Prim::PriorityQueue: cls = "PriorityQueue"; break;
        case Prim::LifoQueue: cls = "LifoQueue"; break;
      }
      if (is_queue(pp.kind) && prim_arg(pp) > 0) a.push_back(num(prim_arg(pp)));
      out.push_back(expr(l, method(l, name("ps"), "append", args(call(l, aio(cls), std::move(a))))));
    }
  }

  /// try: <body> except CancelledError as e: log except Exception as e: log
  /// `body` fills the try block; `tag` and `id` (if >= 0) label the handler logs.
  template <class Body>
  void guarded(ir::Block& out, const std::string& tag, int id, Body&& body) {
    int l = line();
    ir::Try t;
    body(t.body);
    for (const char* cls : {"CancelledError", "Exception"}) {
      ir::Handler h;
      h.line = line();
      h.types.push_back(std::string(cls) == "Exception" ? name("Exception") : aio(cls));
      h.name = "e";
      if (id >= 0) log(h.body, args(str(tag), num(id), name("e")));
      else log(h.body, args(str(tag), str("caught"), name("e")));
      t.handlers.push_back(std::move(h));
    }
    out.push_back(ir::Stmt(l, std::move(t)));
  }

  /// log("final", j, ts[j].done(), ts[j].cancelled(), ts[j] in asyncio.all_tasks([loop]))
  void emit_final_probes(ir::Block& b, bool pass_loop) {
    for (int j = 0; j < ntasks_; ++j) {
      int l = line();
      ExprPtr all = call(l, aio("all_tasks"), pass_loop ? args(name("loop")) : std::vector<ExprPtr>{});
      b.push_back(expr(l, call(l, name("log"), args(str("final"), num(j), method(l, item("ts", j), "done"),
                                                    method(l, item("ts", j), "cancelled"),
                                                    in(item("ts", j), std::move(all))))));
    }
  }

  void emit_main() {
    ir::Function fn;
    fn.name = "main";
    fn.is_async = true;
    begin_function(fn);
    ir::Block& b = fn.body;
    int l = line();
    b.push_back(assign(l, "loop", call(l, aio("get_running_loop"))));
    emit_prologue(b, false);
    Fn f{"main", true, -1, false, false, true, 0, {}};
    guarded(b, "main", -1, [&](ir::Block& body) {
      emit_block(plan_.main, f, body, {});
      log_fn(body, f, str("body done"));
    });
    emit_unblock(b, f);
    conns_.finish(b);
    for (int j = 0; j < ntasks_; ++j) {
      if (is_leftover(j)) continue;
      guarded(b, "join", j, [&](ir::Block& body) {
        int al = line();
        body.push_back(assign(al, "r", await_(item("ts", j))));
        log(body, args(str("join"), num(j), name("r")));
      });
    }
    if (conns_.any()) conns_.close_all(b);
    if (children_.any()) children_.close_all(b);
    emit_final_probes(b, false);
    b.push_back(ret(line(), str("r:main")));
    end_function(std::move(fn));
    prog_.entry = ir::Entry::Main;
  }

  /// Before main joins the tasks, it lets go of what they may wait on for
  /// ever: it sets every Event, aborts every Barrier, notifies every
  /// Condition's waiters, releases every locked Lock or Semaphore once and
  /// puts an item into every empty queue.
  void emit_unblock(ir::Block& b, Fn& f) {
    if (nprims_ == 0) return;
    guarded(b, "unblock", -1, [&](ir::Block& body) {
      for (int i = 0; i < nprims_; ++i) {
        Prim k = kind_of(i);
        int l = line();
        ExprPtr p = item("ps", i);
        if (k == Prim::Event) {
          body.push_back(expr(l, method(l, std::move(p), "set")));
        } else if (k == Prim::Barrier) {
          body.push_back(expr(l, await_(method(l, std::move(p), "abort"))));
        } else if (k == Prim::Condition) {
          // if ps[i].locked(): ps[i].notify_all() / else: async with ps[i]: ps[i].notify_all()
          ir::If g;
          g.test = method(l, item("ps", i), "locked");
          int nl = line();
          g.body.push_back(expr(nl, method(nl, item("ps", i), "notify_all")));
          ++line_;  // the `else:` line
          ir::With w;
          w.is_async = true;
          w.ctx = item("ps", i);
          int wl = line();
          nl = line();
          w.body.push_back(expr(nl, method(nl, item("ps", i), "notify_all")));
          g.orelse.push_back(ir::Stmt(wl, std::move(w)));
          body.push_back(ir::Stmt(l, std::move(g)));
        } else if (is_queue(k)) {
          ir::If g;
          g.test = method(l, item("ps", i), "empty");
          int pl = line();
          std::string v = "end" + std::to_string(i);
          g.body.push_back(expr(pl, method(pl, item("ps", i), "put_nowait", args(str(v)))));
          log_queue(g.body, "qput", i, str(v));
          body.push_back(ir::Stmt(l, std::move(g)));
        } else {
          ir::If g;
          g.test = method(l, item("ps", i), "locked");
          int rl = line();
          g.body.push_back(expr(rl, method(rl, item("ps", i), "release")));
          body.push_back(ir::Stmt(l, std::move(g)));
        }
        log_state(body, f, i, "unblock");
      }
    });
  }

  void emit_scenario() {
    ir::Function fn;
    fn.name = "scenario";
    fn.is_async = false;
    fn.params = {"loop"};
    begin_function(fn);
    ir::Block& b = fn.body;
    emit_prologue(b, true);
    for (std::size_t p = 0; p < plan_.phases.size(); ++p) emit_phase(b, plan_.phases[p], static_cast<int>(p));
    emit_final_probes(b, true);
    emit_cleanup(b);
    int l = line();
    b.push_back(expr(l, method(l, name("loop"), "close")));
    l = line();
    b.push_back(expr(l, call(l, name("log"), args(str("closed"), method(l, name("loop"), "is_closed")))));
    emit_after_close(b);
    b.push_back(ret(line(), str("r:scenario")));
    end_function(std::move(fn));
    prog_.entry = ir::Entry::Scenario;
  }

  void emit_phase(ir::Block& b, const Phase& ph, int p) {
    Fn setup{"setup" + std::to_string(p), false, kNoOwner, false, false, false, 0, {}};
    emit_block(ph.setup, setup, b, {});
    Phase::Kind kind = ph.kind;
    if (kind == Phase::Kind::RunUntil && ntasks_ == 0 && plan_.futures == 0) kind = Phase::Kind::RunForeverStopSoon;
    auto delay = delays_.of(&ph);
    if (kind == Phase::Kind::RunForeverStopLater && !delay) kind = Phase::Kind::RunForeverStopSoon;
    if (kind == Phase::Kind::RunUntil) {
      ExprPtr target = ntasks_ > 0 ? item("ts", task(ph.a)) : item("fs", future(ph.a));
      guarded(b, "run", p, [&](ir::Block& body) {
        int l = line();
        body.push_back(assign(l, "r", method(l, name("loop"), "run_until_complete", args(std::move(target)))));
        log(body, args(str("run"), num(p), name("r")));
      });
      return;
    }
    int l = line();
    ExprPtr stop = attr(name("loop"), "stop");
    b.push_back(expr(l, kind == Phase::Kind::RunForeverStopLater
                            ? method(l, name("loop"), "call_later", args(flt(*delay), std::move(stop)))
                            : method(l, name("loop"), "call_soon", args(std::move(stop)))));
    l = line();
    b.push_back(expr(l, method(l, name("loop"), "run_forever")));
    l = line();
    b.push_back(expr(l, call(l, name("log"), args(str("run"), num(p), method(l, name("loop"), "time")))));
  }

  /// Cancels every task and runs until all are done, once more for every
  /// stop() that could cut a run short.
  void emit_cleanup(ir::Block& b) {
    if (ntasks_ == 0) return;
    for (int j = 0; j < ntasks_; ++j) {
      int l = line();
      b.push_back(expr(l, call(l, name("log"), args(str("cleanup"), num(j), method(l, item("ts", j), "cancel")))));
    }
    int l = line();
    std::vector<ir::Keyword> kws;
    kws.push_back(kw("return_exceptions", boolean(true)));
    b.push_back(assign(l, "g", call(l, aio("gather"), {}, std::move(kws), name("ts"))));
    for (int attempt = 0; attempt <= stops_; ++attempt) {
      int il = line();
      ir::If guard;
      guard.test = not_(method(il, name("g"), "done"));
      guarded(guard.body, "cleanup", -1, [&](ir::Block& body) {
        int rl = line();
        body.push_back(assign(rl, "r", method(rl, name("loop"), "run_until_complete", args(name("g")))));
        log(body, args(str("cleanup"), name("r")));
      });
      b.push_back(ir::Stmt(il, std::move(guard)));
    }
  }

  /// Every scheduling call on a closed loop must raise RuntimeError.
  void emit_after_close(ir::Block& b) {
    auto probe = [&](const char* what, auto&& make_call) {
      int l = line();
      ir::Try t;
      int cl = line();
      t.body.push_back(expr(cl, make_call(cl)));
      log(t.body, args(str("accepted"), str(what)));
      ir::Handler h;
      h.line = line();
      h.types.push_back(name("RuntimeError"));
      h.name = "e";
      log(h.body, args(str("refused"), str(what), name("e")));
      t.handlers.push_back(std::move(h));
      b.push_back(ir::Stmt(l, std::move(t)));
    };
    probe("call_soon", [&](int l) { return method(l, name("loop"), "call_soon", args(name("log"), str("late"))); });
    probe("call_later", [&](int l) {
      return method(l, name("loop"), "call_later", args(flt(1.0), name("log"), str("late")));
    });
    probe("call_at", [&](int l) {
      return method(l, name("loop"), "call_at",
                    args(add(method(l, name("loop"), "time"), flt(1.0)), name("log"), str("late")));
    });
    probe("run_forever", [&](int l) { return method(l, name("loop"), "run_forever"); });
  }

  // --- blocks and actions ------------------------------------------------------
  void emit_block(const std::vector<Action>& v, Fn& f, ir::Block& out, std::vector<int> handles) {
    for (const Action& a : v) emit_action(a, f, out, handles);
  }

  void emit_action(const Action& a, Fn& f, ir::Block& out, std::vector<int>& handles) {
    Op op = a.op;
    if (is_async_only(op) && !f.async) op = Op::Log;
    if (f.leaf && makes_tasks(op)) op = Op::Log;
    if (f.quiet && reacts_to_cancel(op)) op = Op::Log;
    // With nothing to wait on, a blocking wait is a plain yield.
    if (op == Op::SyncWait && nprims_ == 0) op = Op::Sleep0;
    if (op == Op::SyncWait && nprims_ > 0) {
      // Waiting for a lock this function holds would wait for ever; a
      // newcomer only acquires (an Event or a queue has no hand-over to pass).
      int i = prim(a.a);
      if (a.flag && !is_lockish(kind_of(i))) op = Op::SyncProbe;
      bool held = std::find(f.held.begin(), f.held.end(), lock_identity(i)) != f.held.end();
      if (held && (kind_of(i) == Prim::Lock || kind_of(i) == Prim::Condition)) op = Op::SyncProbe;
    }
    switch (op) {
      case Op::Log: return emit_log(a, f, out);
      case Op::SetResult: case Op::SetException: return emit_set(a, op, f, out);
      case Op::CancelFuture: return emit_cancel(a, f, out, false);
      case Op::CancelTask: return emit_cancel(a, f, out, true);
      case Op::Uncancel: return emit_uncancel(a, f, out);
      case Op::Probe: return emit_probe(a, f, out);
      case Op::CallSoon: case Op::CallLater: case Op::CallAt: return emit_schedule(a, op, f, out, handles);
      case Op::CancelHandle: return emit_cancel_handle(a, f, out, handles);
      case Op::Stop: return emit_stop(a, f, out);
      case Op::FutureOp: return emit_future_op(a, f, out);
      case Op::SyncSignal: return emit_sync_signal(a, f, out);
      case Op::SyncProbe: return emit_sync_probe(a, f, out);
      case Op::Signal: return emit_signal(a, f, out);
      case Op::Job: return emit_job(a, f, out);
      case Op::SyncWait: return emit_sync_wait(a, f, out, handles);
      case Op::Sleep0: case Op::Sleep: return emit_sleep(a, op, f, out);
      case Op::AwaitFuture: return emit_await_future(a, f, out);
      case Op::AwaitTask: return emit_await_task(a, f, out);
      case Op::Try: return emit_try(a, f, out, handles);
      case Op::Inline: return emit_inline(a, f, out);
      case Op::Gather: return emit_gather(a, f, out);
      case Op::Shield: return emit_shield(a, f, out);
      case Op::WaitFor: return emit_wait_for(a, f, out);
      case Op::TaskGroup: return emit_taskgroup(a, f, out, handles);
      case Op::AsyncFor: return emit_async_for(a, f, out);
      case Op::ConnWrite: case Op::ConnRead: case Op::ConnEnd: return emit_conn(a, op, f, out);
      case Op::Child: return emit_child(a, f, out);
    }
  }

  /// A child action; a Log where there is no child, and in a quiet function.
  void emit_child(const Action& a, Fn& f, ir::Block& out) {
    if (f.quiet || !children_.act(a, f.async, out)) emit_log(a, f, out);
  }

  /// A connection action; a Log where there is no connection, and in a
  /// quiet function (which catches nothing).
  void emit_conn(const Action& a, Op op, Fn& f, ir::Block& out) {
    bool done = false;
    if (!f.quiet) {
      if (op == Op::ConnWrite) done = conns_.write(a, f.async, out);
      else if (op == Op::ConnRead) done = conns_.read(a, f.async, f.owner == -1, out);
      else done = conns_.end(a, f.async, out);
    }
    if (!done) emit_log(a, f, out);
  }

  void emit_log(const Action& a, Fn& f, ir::Block& out) {
    int l = line_;  // the log call's line, for the calls inside its arguments
    int t = task(a.a), fu = future(a.a);
    switch (a.b) {
      case 1: return log_fn(out, f, method(l, name("loop"), "time"));
      case 2: if (t >= 0) return log_fn(out, f, method(l, item("ts", t), "done"), method(l, item("ts", t), "cancelled"));
              break;
      case 3: if (fu >= 0) return log_fn(out, f, method(l, item("fs", fu), "done"), method(l, item("fs", fu), "cancelled"));
              break;
      case 4: if (t >= 0) return log_fn(out, f, method(l, item("ts", t), "cancelling"));
              break;
      case 5: if (t >= 0) return log_fn(out, f, item("ts", t));
              break;
      case 6: if (f.in_loop) return log_fn(out, f, call(l, name("len"), args(call(l, aio("all_tasks")))));
              break;
      case 7: if (f.in_loop) return log_fn(out, f, call(l, aio("current_task")));
              break;
      default: break;
    }
    log_fn(out, f);
  }

  void emit_set(const Action& a, Op op, Fn& f, ir::Block& out) {
    int i = future(a.a);
    if (i < 0) return emit_log(a, f, out);
    ir::Block* target = &out;
    ir::If guard;
    int il = 0;
    // Unguarded, a set on a done future raises InvalidStateError. Not in
    // scenario set-up: an error there would end scenario() before its cleanup.
    // One set in eight is unguarded: more would end most bodies early.
    const bool guarded_set = !(a.flag && a.b % 4 == 0) || !f.in_loop;
    if (guarded_set) {
      il = line();
      guard.test = not_(method(il, item("fs", i), "done"));
      target = &guard.body;
    }
    int l = line();
    std::string v = fresh_value();
    if (op == Op::SetResult) {
      future_values_[static_cast<std::size_t>(i)].push_back(Json(v));
      target->push_back(expr(l, method(l, item("fs", i), "set_result", args(str(v)))));
    } else {
      target->push_back(
          expr(l, method(l, item("fs", i), "set_exception", args(call(l, name("ValueError"), args(str(v)))))));
    }
    if (guarded_set) out.push_back(ir::Stmt(il, std::move(guard)));
  }

  void emit_cancel(const Action& a, Fn& f, ir::Block& out, bool is_task) {
    int k = is_task ? task(a.a) : future(a.a);
    if (k < 0) return emit_log(a, f, out);
    int l = line_;
    std::vector<ExprPtr> msg;
    if (a.flag) msg.push_back(str(fresh_message()));
    log_fn(out, f, str("cancel"), method(l, item(is_task ? "ts" : "fs", k), "cancel", std::move(msg)));
  }

  void emit_uncancel(const Action& a, Fn& f, ir::Block& out) {
    int k = task(a.a);
    if (k < 0) return emit_log(a, f, out);
    int l = line_;
    log_fn(out, f, str("uncancel"), method(l, item("ts", k), "uncancel"), method(l, item("ts", k), "cancelling"));
  }

  /// log("probe", kind, k, <state>, x.cancel(), <state>): on a done future
  /// cancel() must return False and change nothing (invariants.cpp).
  void emit_probe_of(ir::Block& out, bool is_task, int k) {
    int l = line_;
    const char* list_name = is_task ? "ts" : "fs";
    auto state = [&](std::vector<ExprPtr>& v) {
      v.push_back(method(l, item(list_name, k), "done"));
      v.push_back(method(l, item(list_name, k), "cancelled"));
      if (is_task) v.push_back(method(l, item(list_name, k), "cancelling"));
    };
    std::vector<ExprPtr> v = args(str("probe"), str(is_task ? "task" : "future"), num(k));
    state(v);
    v.push_back(method(l, item(list_name, k), "cancel"));
    state(v);
    log(out, std::move(v));
  }

  void emit_probe(const Action& a, Fn& f, ir::Block& out) {
    bool is_task = !a.flag || plan_.futures == 0;
    int k = is_task ? task(a.a) : future(a.a);
    if (k < 0) return emit_log(a, f, out);
    emit_probe_of(out, is_task, k);
  }

  void emit_schedule(const Action& a, Op op, Fn&, ir::Block& out, std::vector<int>& handles) {
    std::optional<double> delay;
    if (op != Op::CallSoon) {
      delay = delays_.of(&a);
      if (!delay) op = Op::CallSoon;
    }
    int k = ++callbacks_;
    int l = line();
    std::vector<ExprPtr> cargs;
    int flavour = a.a % 4;
    // Callbacks come in the shapes users write: a bound method or `log` with
    // the loop's arguments, a lambda closing over the function's `fs`, and a
    // functools.partial.
    if (flavour == 3 && plan_.futures > 0) {
      int i = future(a.b);
      std::string v = fresh_value();
      future_values_[static_cast<std::size_t>(i)].push_back(Json(v));
      if (a.flag) cargs = args(lambda(l, method(l, item("fs", i), "set_result", args(str(v)))));
      else cargs = args(attr(item("fs", i), "set_result"), str(v));
    } else if (flavour == 3 && ntasks_ > 0) {
      cargs = args(attr(item("ts", task(a.b)), "cancel"));
    } else if (flavour == 2 || flavour == 3) {
      if (a.b % 3 == 1) cargs = args(lambda(l, call(l, name("log"), args(str("cb"), num(k)))));
      else if (a.b % 3 == 2) cargs = args(call(l, attr(name("functools"), "partial"), args(name("log"), str("cb"))), num(k));
      else cargs = args(name("log"), str("cb"), num(k));
    } else {
      std::string cb = "cb" + std::to_string(k);
      pending_.push_back({PendingFn::Kind::Callback, cb, &a.body, Ending::ReturnNone, kNoOwner, false, false});
      cargs = args(name(cb));
      for (auto& s : shared_args()) cargs.push_back(std::move(s));
    }
    ExprPtr sched;
    if (op == Op::CallSoon) {
      sched = method(l, name("loop"), "call_soon", std::move(cargs));
    } else {
      // call_at: loop.time() + D, an absolute int or float deadline D (its
      // own power of two: see delays.hpp), or loop.time() + an int; on a
      // real clock always loop.time() + D (it does not start at 0).
      ExprPtr when;
      if (op == Op::CallLater) when = seconds(*delay, wants_int(a));
      else if (a.c % 4 == 0 || plan_.timescale == Timescale::Real) when = add(method(l, name("loop"), "time"), flt(*delay));
      else if (a.c % 4 == 2) when = add(method(l, name("loop"), "time"), seconds(*delay, true));
      else when = seconds(*delay, a.c % 4 == 1);
      cargs.insert(cargs.begin(), std::move(when));
      sched = method(l, name("loop"), op == Op::CallLater ? "call_later" : "call_at", std::move(cargs));
    }
    std::string h = "h" + std::to_string(k);
    out.push_back(assign(l, h, std::move(sched)));
    int sl = line_;
    if (op == Op::CallSoon || (plan_.avoid & avoid::kHandleWhen)) log(out, args(str("sched"), num(k)));
    else log(out, args(str("sched"), num(k), method(sl, name(h), "when")));
    handles.push_back(k);
  }

  /// A handler for a signal no other Signal action of the program uses, and
  /// the signal raised at once: the handler runs two iterations later, as
  /// the self-pipe brings it (docs/outside-world.md#signals-built), or not at
  /// all when it is removed before the loop reads the pipe. One signal per
  /// action keeps each handler to one run, as every callback of a program
  /// runs at most once (invariants.cpp); traces/scenarios/signals/ pins
  /// handlers that run twice or are replaced.
  void emit_signal(const Action& a, Fn& f, ir::Block& out) {
    static constexpr const char* kSignals[] = {"SIGUSR1", "SIGUSR2", "SIGHUP", "SIGTERM"};
    if ((plan_.avoid & avoid::kSignals) || signals_ == std::size(kSignals)) return emit_log(a, f, out);
    const char* name_of_sig = kSignals[signals_++];
    auto sig = [&] { return attr(name("signal"), name_of_sig); };
    int k = ++callbacks_;
    std::string cb = "cb" + std::to_string(k);
    pending_.push_back({PendingFn::Kind::Callback, cb, &a.body, Ending::ReturnNone, kNoOwner, false, false});
    std::vector<ExprPtr> hargs = args(sig(), name(cb));
    for (auto& s : shared_args()) hargs.push_back(std::move(s));
    int l = line();
    out.push_back(expr(l, method(l, name("loop"), "add_signal_handler", std::move(hargs))));
    l = line();
    out.push_back(expr(l, call(l, attr(name("signal"), "raise_signal"), args(sig()))));
    log(out, args(str("signal"), num(k)));
    if (!a.flag) return;
    int sl = line_;
    log(out, args(str("unsignal"), num(k), method(sl, name("loop"), "remove_signal_handler", args(sig()))));
  }

  /// A job for the default executor (docs/outside-world.md#threads): it
  /// starts at the loop's next select, may sleep (its own power-of-two
  /// delay, as a timer's: job_sleeps), and sends the loop cb<k> with
  /// call_soon_threadsafe. A coroutine may await its result; otherwise
  /// Runner's shutdown of the default executor waits for it. Real-clock
  /// loops get a log instead: their jobs run on threads of their own.
  void emit_job(const Action& a, Fn& f, ir::Block& out) {
    if (plan_.timescale == Timescale::Real) return emit_log(a, f, out);
    int k = ++callbacks_;
    std::string job = "job" + std::to_string(k);
    PendingFn p{PendingFn::Kind::Job, job, &a.body, Ending::Return, kNoOwner, false, false};
    p.job = &a;
    pending_.push_back(p);
    pending_.push_back({PendingFn::Kind::Callback, "cb" + std::to_string(k), &a.body, Ending::ReturnNone, kNoOwner,
                        false, false});
    int l = line();
    std::vector<ExprPtr> jargs = args(none(), name(job));
    for (auto& s : shared_args()) jargs.push_back(std::move(s));
    std::string j = "j" + std::to_string(k);
    out.push_back(assign(l, j, method(l, name("loop"), "run_in_executor", std::move(jargs))));
    log(out, args(str("job"), num(k)));
    if (!a.flag || !f.async) return;
    maybe_guarded(out, f, guard_bit(a), [&](ir::Block& b) { await_and_log(b, f, name(j), a.c); }, cancel_bit(a));
  }

  /// job<k>'s body: log, sleep, call back, return.
  void emit_job_body(const PendingFn& p, ir::Block& out) {
    int k = std::stoi(p.name.substr(3));
    log(out, args(str("job"), num(k), str("start")));
    if (job_sleeps(*p.job)) {
      std::optional<double> delay = delays_.of(p.job);
      int l = line();
      out.push_back(
          expr(l, call(l, attr(name("time"), "sleep"), args(delay ? seconds(*delay, wants_int(*p.job)) : num(0)))));
    }
    int l = line();
    std::vector<ExprPtr> cargs = args(name("cb" + std::to_string(k)));
    for (auto& s : shared_args()) cargs.push_back(std::move(s));
    out.push_back(expr(l, method(l, name("loop"), "call_soon_threadsafe", std::move(cargs))));
    out.push_back(ret(line(), str("j" + std::to_string(k))));
  }

  void emit_cancel_handle(const Action& a, Fn& f, ir::Block& out, const std::vector<int>& handles) {
    if (handles.empty()) return emit_log(a, f, out);
    int k = handles[static_cast<std::size_t>(a.a) % handles.size()];
    int l = line();
    out.push_back(expr(l, method(l, name("h" + std::to_string(k)), "cancel")));
    log(out, args(str("hcancel"), num(k)));
  }

  void emit_stop(const Action& a, Fn& f, ir::Block& out) {
    // Under Runner a stop() strands main's task and leaves every task for the
    // shutdown to cancel, in set order: only scenario programs stop.
    if (!plan_.scenario_entry) return emit_log(a, f, out);
    log_fn(out, f, str("stop"));
    int l = line();
    out.push_back(expr(l, method(l, name("loop"), "stop")));
  }

  void emit_sleep(const Action& a, Op op, Fn& f, ir::Block& out) {
    std::optional<double> delay = op == Op::Sleep ? delays_.of(&a) : std::nullopt;
    int l = line();
    // sleep(0), sleep(0.0) and sleep(-1) all yield once.
    ExprPtr d = delay                       ? seconds(*delay, wants_int(a))
                : op == Op::Sleep || a.c % 4 == 0 ? num(0)
                : a.c % 4 == 1              ? flt(0.0)
                                            : ir::make(ir::Unary{ir::UnaryOp::Neg, num(1)});
    if (a.flag) {
      std::string v = fresh_value();
      out.push_back(assign(l, "r", await_(call(l, aio("sleep"), args(std::move(d), str(v))))));
      log_fn(out, f, name("r"));
    } else {
      out.push_back(expr(l, await_(call(l, aio("sleep"), args(std::move(d))))));
    }
  }

  void emit_await_future(const Action& a, Fn& f, ir::Block& out) {
    int i = future(a.a);
    if (i < 0) return emit_log(a, f, out);
    maybe_guarded(out, f, guard_bit(a), [&](ir::Block& b) {
      await_and_log(b, f, item("fs", i), a.c);
      if (a.flag) emit_probe_of(b, false, i);
    }, cancel_bit(a));
  }

  void emit_await_task(const Action& a, Fn& f, ir::Block& out) {
    int k = awaitable_task(a.a, f);
    if (k < 0) return emit_log(a, f, out);
    maybe_guarded(out, f, guard_bit(a), [&](ir::Block& b) {
      await_and_log(b, f, item("ts", k), a.c);
      if (a.flag) emit_probe_of(b, true, k);
    }, cancel_bit(a));
  }

  void emit_try(const Action& a, Fn& f, ir::Block& out, const std::vector<int>& handles) {
    int l = line();
    ir::Try t;
    emit_block(a.body, f, t.body, handles);
    if (t.body.empty()) log_fn(t.body, f, str("try"));
    bool catch_cancel = (a.b & 1) != 0, catch_exc = (a.b & 2) != 0;
    bool fin = !a.fin.empty() || (a.b & 4) != 0 || (!catch_cancel && !catch_exc);
    if (catch_cancel) {
      ir::Handler h;
      h.line = line();
      h.types.push_back(aio("CancelledError"));
      h.name = "e";
      log_fn(h.body, f, str("caught"), name("e"));
      emit_block(a.alt, f, h.body, handles);
      if (a.flag) h.body.push_back(raise(line(), nullptr));
      t.handlers.push_back(std::move(h));
    }
    if (catch_exc) {
      ir::Handler h;
      h.line = line();
      h.types.push_back(name("Exception"));
      h.name = "e";
      log_fn(h.body, f, str("caught"), name("e"));
      t.handlers.push_back(std::move(h));
    }
    if (fin) {
      ++line_;  // the `finally:` line
      log_fn(t.finalbody, f, str("finally"));
      emit_block(a.fin, f, t.finalbody, handles);
    }
    out.push_back(ir::Stmt(l, std::move(t)));
  }

  /// h<k>(loop, fs, ts) for a helper coroutine running `a.body`.
  /// With open orders, `open_child` is the TaskGroup child it runs: it logs
  /// in a finally and lingers.
  ExprPtr helper_call(int l, const std::vector<Action>& body, Ending ending, const Fn& f, bool quiet,
                      std::string* name_out = nullptr, const Action* open_child = nullptr) {
    std::string h = "co" + std::to_string(++callbacks_);
    pending_.push_back({PendingFn::Kind::Helper, h, &body, ending, f.owner, f.leaf, quiet, open_child != nullptr,
                        open_child});
    if (name_out) *name_out = h;
    return call(l, name(h), shared_args());
  }

  void emit_inline(const Action& a, Fn& f, ir::Block& out) {
    maybe_guarded(out, f, guard_bit(a), [&](ir::Block& b) {
      int l = line_;
      await_and_log(b, f, helper_call(l, a.body, a.ending, f, false), a.c);
    }, cancel_bit(a));
  }

  /// An async generator iterated to its end or to a `break` and then closed
  /// explicitly, so that no program leaves one to CPython's garbage
  /// collector (docs/scenario-language.md#async-generators). Its awaits run
  /// in this function's task, as an inline helper's do. A `finally` drops
  /// the variable: a traceback stored in some task may keep this frame
  /// alive, and with it the generator, which Runner's shutdown_asyncgens
  /// would then close in a task of its own, something the model (it keeps no
  /// frames in tracebacks) cannot know (docs/properties.md#generated-programs).
  void emit_async_for(const Action& a, Fn& f, ir::Block& out) {
    std::string g = "ag" + std::to_string(++callbacks_);
    pending_.push_back({PendingFn::Kind::AsyncGen, g, &a.body, a.ending, f.owner, f.leaf, false});
    maybe_guarded(out, f, guard_bit(a), [&](ir::Block& b) {
      int l = line();
      b.push_back(assign(l, "agen", call(l, name(g), shared_args())));
      int tl = line();
      ir::Try use;
      ir::For loop{name("x"), name("agen"), {}, {}, true};
      int fl = line();
      log_fn(loop.body, f, name("x"));
      if (a.flag) {
        int il = line();
        ir::If stop{make(ir::Compare{ir::CmpOp::Eq, name("x"), num(0)}), {}, {}};
        stop.body.push_back(ir::Stmt(line(), ir::Break{}));
        loop.body.push_back(ir::Stmt(il, std::move(stop)));
      }
      use.body.push_back(ir::Stmt(fl, std::move(loop)));
      int cl = line();
      use.body.push_back(expr(cl, await_(method(cl, name("agen"), "aclose"))));
      ++line_;  // the `finally:` line
      int nl = line();
      use.finalbody.push_back(assign(nl, "agen", none()));
      b.push_back(ir::Stmt(tl, std::move(use)));
    }, cancel_bit(a));
  }

  void emit_gather(const Action& a, Fn& f, ir::Block& out) {
    const bool return_exceptions = a.flag;
    int l = line_ + (guard_bit(a) && !f.quiet ? 1 : 0);  // the gather's line, after a `try:` if guarded
    std::vector<ExprPtr> gargs;
    std::vector<GatherArg> sym;
    for (const Action& c : a.alt) {
      Op op = c.op;
      if (op == Op::Inline && !return_exceptions) op = Op::AwaitTask;  // no anonymous task may outlive it
      if (op == Op::AwaitTask) {
        int k = awaitable_task(c.a, f);
        if (k < 0) continue;
        gargs.push_back(item("ts", k));
        sym.push_back({GatherArg::Kind::Task, k, {}, plan_.tasks[static_cast<std::size_t>(k)].ending});
      } else if (op == Op::AwaitFuture) {
        int i = future(c.a);
        if (i < 0) continue;
        gargs.push_back(item("fs", i));
        sym.push_back({GatherArg::Kind::Future, i, {}, Ending::Return});
      } else if (op == Op::Inline) {
        std::string h;
        gargs.push_back(helper_call(l, c.body, c.ending, f, false, &h));
        sym.push_back({GatherArg::Kind::Helper, 0, h, c.ending});
      }
    }
    if (gargs.empty()) return emit_log(a, f, out);
    std::vector<ir::Keyword> kws;
    if (return_exceptions || (a.b & 1)) kws.push_back(kw("return_exceptions", boolean(return_exceptions)));
    int g = ++gathers_;
    gather_args_[g] = std::move(sym);
    maybe_guarded(out, f, guard_bit(a), [&](ir::Block& b) {
      int al = line();
      b.push_back(assign(al, "r", await_(call(al, aio("gather"), std::move(gargs), std::move(kws)))));
      log(b, args(str("gather"), num(g), name("r")));
    }, cancel_bit(a));
  }

  void emit_shield(const Action& a, Fn& f, ir::Block& out) {
    bool use_future = a.flag && plan_.futures > 0;
    int k = use_future ? future(a.a) : awaitable_task(a.a, f);
    if (k < 0) return emit_log(a, f, out);
    maybe_guarded(out, f, guard_bit(a), [&](ir::Block& b) {
      int l = line_;
      await_and_log(b, f, call(l, aio("shield"), args(item(use_future ? "fs" : "ts", k))), a.c);
    }, cancel_bit(a));
  }

  void emit_wait_for(const Action& a, Fn& f, ir::Block& out) {
    auto delay = delays_.of(&a);
    maybe_guarded(out, f, a.a % 2 == 1, [&](ir::Block& b) {  // a.b is the delay's rank
      int l = line_;
      int k = a.flag ? -1 : awaitable_task(a.a / 2, f);
      ExprPtr inner = k >= 0 ? item("ts", k) : helper_call(l, a.body, a.ending, f, false);
      await_and_log(b, f, call(l, aio("wait_for"), args(std::move(inner), delay ? seconds(*delay, wants_int(a)) : none())),
                    a.c / 2);
    });
  }

  void emit_taskgroup(const Action& a, Fn& f, ir::Block& out, const std::vector<int>& handles) {
    int l = line();
    ir::With w;
    w.is_async = true;
    w.ctx = call(l, aio("TaskGroup"));
    w.name = "tg";
    std::vector<const Action*> children = taskgroup_children(a);
    for (std::size_t i = 0; i < children.size(); ++i) {
      const Action& c = *children[i];
      int cl = line();
      const bool quiet = !open() && i == 1;  // closed: the second child must not react to cancellation
      ExprPtr child = helper_call(cl, c.body, c.ending, f, quiet, nullptr, open() ? &c : nullptr);
      w.body.push_back(expr(cl, method(cl, name("tg"), "create_task", args(std::move(child)))));
    }
    emit_block(a.body, f, w.body, handles);
    if (w.body.empty()) log_fn(w.body, f, str("tg"));
    out.push_back(ir::Stmt(l, std::move(w)));
    log_fn(out, f, str("tg done"));
  }

  // --- futures in every state ---------------------------------------------------

  /// try: log("<fn>", n, "<method>", x.<method>(...)) except (CancelledError,
  /// Exception) as e: log("<fn>", n, "raised", e): whatever state x is in.
  /// The try holds no await, so only the call's own error can reach it.
  void emit_future_op(const Action& a, Fn& f, ir::Block& out) {
    bool on_task = a.b % 4 == 3 || plan_.futures == 0;
    int k = on_task ? task(a.a) : future(a.a);
    if (k < 0) return emit_log(a, f, out);
    const char* list_name = on_task ? "ts" : "fs";
    int l = line();
    ir::Try t;
    int cl = line_;  // the log call's line: the calls inside it are on it too
    auto target = [&] { return item(list_name, k); };
    std::string what;
    ExprPtr c;
    // A task refuses set_result and set_exception (RuntimeError) whatever
    // its argument: it mostly gets result() and exception().
    int variant = a.c % 8;
    if (on_task && variant >= 4) variant = variant % 2;
    bool non_exception = variant == 4 || variant == 7;
    if (non_exception && (plan_.avoid & avoid::kNonExceptionSetException)) variant = 3;
    switch (variant) {
      case 0: what = "result"; c = method(cl, target(), "result"); break;
      case 1: what = "exception"; c = method(cl, target(), "exception"); break;
      case 2: {
        what = "set_result";
        std::string v = fresh_value();
        if (!on_task) future_values_[static_cast<std::size_t>(k)].push_back(Json(v));
        c = method(cl, target(), "set_result", args(str(v)));
        break;
      }
      case 3:
        what = "set_exception";
        c = method(cl, target(), "set_exception", args(call(cl, name("ValueError"), args(str(fresh_value())))));
        break;
      case 4:  // not an exception: TypeError, or InvalidStateError when done
        what = "set_exception";
        c = method(cl, target(), "set_exception", args(num(++values_)));
        break;
      case 5:  // a class: set_exception instantiates it
        what = "set_exception";
        c = method(cl, target(), "set_exception", args(name("ValueError")));
        break;
      case 6: {
        what = "cancel";
        std::vector<ExprPtr> msg;
        if (a.flag) msg.push_back(str(fresh_message()));
        c = method(cl, target(), "cancel", std::move(msg));
        break;
      }
      default:
        what = "set_exception";
        c = method(cl, target(), "set_exception", args(str(fresh_value())));
        break;
    }
    log_fn(t.body, f, str(what), std::move(c));
    ir::Handler h;
    h.line = line();
    h.types.push_back(aio("CancelledError"));
    h.types.push_back(name("Exception"));
    h.name = "e";
    log_fn(h.body, f, str("raised"), name("e"));
    t.handlers.push_back(std::move(h));
    out.push_back(ir::Stmt(l, std::move(t)));
  }

  // --- synchronisation primitives and queues ------------------------------------

  /// The state of ps[i] as log arguments, for calls on line `l`.
  std::vector<ExprPtr> prim_state(int l, int i) const {
    ExprPtr p = item("ps", i);
    switch (kind_of(i)) {
      case Prim::Event: return args(method(l, std::move(p), "is_set"));
      case Prim::Barrier:
        return args(attr(item("ps", i), "n_waiting"), attr(item("ps", i), "broken"), attr(item("ps", i), "parties"));
      case Prim::Queue: case Prim::PriorityQueue: case Prim::LifoQueue:
        return args(method(l, item("ps", i), "qsize"), method(l, item("ps", i), "full"), method(l, item("ps", i), "empty"));
      default: return args(method(l, std::move(p), "locked"));
    }
  }

  /// log("<fn>", n, "<what>", [extra], <state of ps[i]>...)
  void log_state(ir::Block& out, Fn& f, int i, const std::string& what, ExprPtr extra = nullptr) {
    int l = line_;
    std::vector<ExprPtr> v = args(str(f.name), num(++f.n), str(what));
    if (extra) v.push_back(std::move(extra));
    for (auto& e : prim_state(l, i)) v.push_back(std::move(e));
    log(out, std::move(v));
  }

  /// log("qput" | "qget", i, value): what invariants.cpp replays.
  void log_queue(ir::Block& out, const char* tag, int i, ExprPtr value) { log(out, args(str(tag), num(i), std::move(value))); }

  /// try: <body> except Exception as e: log("<fn>", n, "caught", e)
  template <class Body>
  void catching(ir::Block& out, Fn& f, Body&& body) {
    try_except(line_, out, body, [&](ir::Block& h) { log_fn(h, f, str("caught"), name("e")); });
  }

  void emit_sync_probe(const Action& a, Fn& f, ir::Block& out) {
    int i = prim(a.a);
    if (i < 0) return emit_log(a, f, out);
    log_state(out, f, i, "state");
  }

  /// A task that starts by waiting on ps[i] (the `n`th of them, modulo),
  /// else task(n): the one a release or a put has most likely just woken.
  int waiter_of(int i, int n) const {
    std::vector<int> waiters;
    for (int j = 0; j < ntasks_; ++j) {
      const auto& acts = plan_.tasks[static_cast<std::size_t>(j)].actions;
      if (!acts.empty() && acts.front().op == Op::SyncWait && prim(acts.front().a) == i) waiters.push_back(j);
    }
    if (waiters.empty()) return task(n);
    return waiters[static_cast<std::size_t>(n) % waiters.size()];
  }

  /// The non-blocking half: release(), notify(), set()/clear(), put_nowait(),
  /// get_nowait(), task_done(); then, with bit 4 of c, cancel a task that
  /// started by waiting on ps[i] (if any): a waiter this may just have woken,
  /// which has not run yet (where the hand-over rules live).
  void emit_sync_signal(const Action& a, Fn& f, ir::Block& out) {
    int i = prim(a.a);
    if (i < 0) return emit_log(a, f, out);
    Prim k = kind_of(i);
    auto stmt = [&](ir::Block& b, const char* m, std::vector<ExprPtr> margs = {}) {
      int l = line();
      b.push_back(expr(l, method(l, item("ps", i), m, std::move(margs))));
    };
    switch (k) {
      case Prim::Lock: case Prim::Semaphore: case Prim::BoundedSemaphore:
        catching(out, f, [&](ir::Block& b) {
          stmt(b, "release");
          if (a.c & 1) stmt(b, "release");  // twice: the second while the first waiter is woken, not yet run
          log_state(b, f, i, "released");
        });
        break;
      case Prim::Condition:
        catching(out, f, [&](ir::Block& b) {
          switch (a.c % 4) {
            case 0: stmt(b, "notify"); break;
            case 1: stmt(b, "notify", args(num(2))); break;
            case 2: stmt(b, "notify_all"); break;
            default: stmt(b, "release"); break;
          }
          log_state(b, f, i, a.c % 4 == 3 ? "released" : "notified");
        });
        break;
      case Prim::Event:
        stmt(out, (a.c & 1) ? "clear" : "set");
        log_state(out, f, i, (a.c & 1) ? "clear" : "set");
        break;
      case Prim::Barrier:
        log_state(out, f, i, "state");
        break;
      case Prim::Queue: case Prim::PriorityQueue: case Prim::LifoQueue:
        catching(out, f, [&](ir::Block& b) {
          switch (a.c % 4) {
            case 0: case 1: {
              std::string v = fresh_value();
              stmt(b, "put_nowait", args(str(v)));
              log_queue(b, "qput", i, str(v));
              break;
            }
            case 2: {
              int l = line();
              b.push_back(assign(l, "r", method(l, item("ps", i), "get_nowait")));
              log_queue(b, "qget", i, name("r"));
              break;
            }
            default:
              stmt(b, "task_done");
              log_state(b, f, i, "task_done");
              break;
          }
        });
        break;
    }
    if ((a.c & 4) && ntasks_ > 0) {
      int t = waiter_of(i, a.b);
      int l = line_;
      log_fn(out, f, str("cancel"), method(l, item("ts", t), "cancel"));
    }
  }

  /// The blocking half: `async with` (and Condition.wait inside it),
  /// acquire(), a bare Condition.wait(), Event.wait(), Barrier wait/reset/
  /// abort, Queue get/put/join; guarded like the other awaits (bits 2, 4 of b).
  void emit_sync_wait(const Action& a, Fn& f, ir::Block& out, const std::vector<int>& handles) {
    int i = prim(a.a);
    if (i < 0) return emit_log(a, f, out);
    Prim k = kind_of(i);
    int v = a.c % 4;
    auto await_into_r = [&](ir::Block& b, const char* m, std::vector<ExprPtr> margs = {}) {
      int l = line();
      b.push_back(assign(l, "r", await_(method(l, item("ps", i), m, std::move(margs)))));
    };
    auto await_only = [&](ir::Block& b, const char* m) {
      int l = line();
      b.push_back(expr(l, await_(method(l, item("ps", i), m))));
    };
    maybe_guarded(out, f, guard_bit(a), [&](ir::Block& b) {
      if (is_lockish(k)) {
        bool with = k == Prim::Condition ? v <= 1 : v <= 2;
        if (with) {
          int l = line();
          ir::With w;
          w.is_async = true;
          w.ctx = item("ps", i);
          log_state(w.body, f, i, "in");
          if (k == Prim::Condition && v == 1) {
            await_into_r(w.body, "wait");
            log_state(w.body, f, i, "woke", name("r"));
          }
          f.held.push_back(lock_identity(i));
          emit_block(a.body, f, w.body, handles);
          f.held.pop_back();
          b.push_back(ir::Stmt(l, std::move(w)));
          log_state(b, f, i, "out");
        } else if (k == Prim::Condition && v == 3) {
          await_into_r(b, "wait");  // not holding the lock: RuntimeError, unless another task holds it
          log_state(b, f, i, "woke", name("r"));
        } else {
          await_into_r(b, "acquire");
          log_state(b, f, i, "acquired", name("r"));
        }
      } else if (k == Prim::Event) {
        await_into_r(b, "wait");
        log_state(b, f, i, "waited", name("r"));
      } else if (k == Prim::Barrier) {
        if (v <= 1) {
          await_into_r(b, "wait");
          log(b, args(str("bwait"), num(i), name("r"), attr(item("ps", i), "n_waiting"), attr(item("ps", i), "broken")));
        } else {
          await_only(b, v == 2 ? "reset" : "abort");
          log_state(b, f, i, v == 2 ? "reset" : "abort");
        }
      } else {  // a queue
        if (v <= 1) {
          await_into_r(b, "get");
          log_queue(b, "qget", i, name("r"));
          if (a.c & 4) {
            int l = line();
            b.push_back(expr(l, method(l, item("ps", i), "task_done")));
          }
        } else if (v == 2) {
          std::string val = fresh_value();
          await_only_put(b, i, val);
          log_queue(b, "qput", i, str(val));
        } else {
          await_only(b, "join");
          log_state(b, f, i, "joined");
        }
      }
    }, cancel_bit(a));
  }

  void await_only_put(ir::Block& b, int i, const std::string& val) {
    int l = line();
    b.push_back(expr(l, await_(method(l, item("ps", i), "put", args(str(val))))));
  }

  // --- manifest and meta -------------------------------------------------------
  void resolve_gathers(Manifest& m) const {
    for (const auto& [g, sym] : gather_args_) {
      std::vector<std::vector<Json>> allowed;
      for (const GatherArg& s : sym) {
        std::vector<Json> vals;
        if (s.kind == GatherArg::Kind::Future) {
          vals = future_values_[static_cast<std::size_t>(s.index)];
        } else {
          std::string fname = s.kind == GatherArg::Kind::Task ? task_fn(s.index) : s.helper;
          if (s.ending == Ending::Return) vals.push_back(Json(ending_value(fname)));
          if (s.ending == Ending::ReturnNone) vals.push_back(Json(nullptr));
        }
        allowed.push_back(std::move(vals));
      }
      m.gathers[g] = std::move(allowed);
    }
  }

  void fill_meta() {
    ir::Meta& m = prog_.meta;
    if (open()) {
      for (OpenOrder o : {OpenOrder::TimerTies, OpenOrder::SetIteration}) m.order.emplace_back(order_name(o));
    }
    m.summary = "A program generated by the loopspec property tests.";
    m.spec = "https://docs.python.org/3.11/library/asyncio-eventloop.html";
    m.features = {"call_soon", "call_later", "call_at", "handles", "time", "futures", "tasks", "sleep",
                  "cancellation", "exceptions", "gather", "all_tasks", "current_task"};
    auto feature = [&m](const char* t) {
      if (std::find(m.features.begin(), m.features.end(), t) == m.features.end()) m.features.push_back(t);
    };
    for (const PrimPlan& pp : plan_.prims) {
      switch (pp.kind) {
        case Prim::Lock: feature("lock"); break;
        case Prim::Event: feature("event"); break;
        case Prim::Condition: feature("condition"); feature("lock"); break;
        case Prim::Semaphore: case Prim::BoundedSemaphore: feature("semaphore"); break;
        case Prim::Barrier: feature("barrier"); break;
        case Prim::Queue: case Prim::PriorityQueue: case Prim::LifoQueue: feature("queue"); break;
      }
    }
    if (signals_ > 0) feature("signals");
    if (conns_.any()) {
      feature("streams");
      feature("sockets");
      for (const ConnPlan& c : plan_.conns) {
        if (c.kind != Conn::Pair) feature("servers");
      }
    }
    if (children_.any()) feature("subprocess");
    if (plan_.scenario_entry) {
      for (const char* t : {"run_until_complete", "run_forever", "stop", "close"}) m.features.push_back(t);
    } else {
      m.features.push_back("runner");
    }
  }

  const Plan plan_;
  ir::Program prog_;
  int ntasks_ = 0;
  int nprims_ = 0;
  std::size_t signals_ = 0;  // Signal actions built: each takes the next signal
  int leftover_ = -1;   // the first task main leaves for Runner's shutdown
  int leftovers_ = 0;   // and how many from it (one unless orders are open)
  int line_ = 1;
  int values_ = 0;
  int callbacks_ = 0;
  int gathers_ = 0;
  int stops_ = 0;  // stop() statements anywhere (counted before writing)
  Delays delays_;
  ConnBuilder conns_;
  ChildBuilder children_;
  std::deque<PendingFn> pending_;
  std::vector<std::vector<Json>> future_values_;
  std::map<int, std::vector<GatherArg>> gather_args_;
};

int actions_size(const std::vector<Action>& v) {
  int n = 0;
  for (const Action& a : v) n += 1 + actions_size(a.body) + actions_size(a.alt) + actions_size(a.fin);
  return n;
}

}  // namespace

int plan_size(const Plan& p) {
  int n = actions_size(p.main);
  for (const auto& t : p.tasks) n += 1 + actions_size(t.actions);
  for (const auto& ph : p.phases) n += 1 + actions_size(ph.setup);
  return n;
}

Built build_program(const Plan& plan, const std::string& id) { return Builder(plan, id).run(); }

}  // namespace loopspec::properties
