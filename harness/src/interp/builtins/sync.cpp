// asyncio's synchronisation primitives (docs/scenario-language.md#asyncio-surface):
// Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
#include "interp/builtins/async_with.hpp"
#include "loopspec/locks.hpp"

namespace loopspec::harness {
namespace {

/// An int argument (bool accepted), TypeError otherwise.
std::int64_t int_arg(const Value& v, std::string_view fname) {
  if (v.is_int()) return v.as_int();
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  raise(exc::TypeError, std::string(fname) + "() argument must be int, not " + loopspec::type_name(v));
}

// --- Lock ---------------------------------------------------------------------

Lock& lock(const Value& self) { return self_as<Lock>(self); }

Value a_lock(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("Lock", 0, 0);
  args.no_keywords_left("Lock");
  return std::make_shared<Lock>();
}

Value lock_locked(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("locked", 0, 0);
  return lock(self).locked();
}

Value lock_acquire(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("acquire", 0, 0);
  return coroutine_value(lock(self).acquire(), "Lock.acquire");
}

Value lock_release(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("release", 0, 0);
  lock(self).release();
  return None;
}

// --- Event --------------------------------------------------------------------

Event& event(const Value& self) { return self_as<Event>(self); }

Value a_event(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("Event", 0, 0);
  args.no_keywords_left("Event");
  return std::make_shared<Event>();
}

Value event_is_set(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("is_set", 0, 0);
  return event(self).is_set();
}

Value event_set(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("set", 0, 0);
  event(self).set();
  return None;
}

Value event_clear(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("clear", 0, 0);
  event(self).clear();
  return None;
}

Value event_wait(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("wait", 0, 0);
  return coroutine_value(event(self).wait(), "Event.wait");
}

// --- Condition ----------------------------------------------------------------

Condition& cond(const Value& self) { return self_as<Condition>(self); }

Value a_condition(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("Condition", 0, 1);
  Value l = args.arg(0, "lock");
  args.no_keywords_left("Condition");
  LockPtr given = l.is_none() ? nullptr : object_arg<Lock>(l, "Condition", "an asyncio.Lock or None");
  return std::make_shared<Condition>(std::move(given));
}

Value cond_locked(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("locked", 0, 0);
  return cond(self).locked();
}

Value cond_acquire(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("acquire", 0, 0);
  return coroutine_value(cond(self).acquire(), "Lock.acquire");
}

Value cond_release(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("release", 0, 0);
  cond(self).release();
  return None;
}

Value cond_wait(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("wait", 0, 0);
  return coroutine_value(cond(self).wait(), "Condition.wait");
}

Value cond_wait_for(Interpreter& in, const Value& self, CallArgs& args) {
  args.expect_positional("wait_for", 1, 1);
  Value fn = args.pos[0];
  Interpreter* interp = &in;
  // The scenario's predicate is an interpreted `def`, called synchronously.
  Condition::Predicate predicate = [interp, fn]() -> Value {
    CallArgs none;
    return interp->call(fn, none);
  };
  return coroutine_value(cond(self).wait_for(std::move(predicate)), "Condition.wait_for");
}

Value cond_notify(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("notify", 0, 1);
  Value n = args.arg(0, "n", Value(1));
  args.no_keywords_left("notify");
  cond(self).notify(int_arg(n, "notify"));
  return None;
}

Value cond_notify_all(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("notify_all", 0, 0);
  cond(self).notify_all();
  return None;
}

// --- Semaphore and BoundedSemaphore -------------------------------------------

Semaphore& sem(const Value& self) { return self_as<Semaphore>(self); }

Value a_semaphore(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("Semaphore", 0, 1);
  Value v = args.arg(0, "value", Value(1));
  args.no_keywords_left("Semaphore");
  return std::make_shared<Semaphore>(int_arg(v, "Semaphore"));
}

Value a_bounded_semaphore(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("BoundedSemaphore", 0, 1);
  Value v = args.arg(0, "value", Value(1));
  args.no_keywords_left("BoundedSemaphore");
  return std::make_shared<BoundedSemaphore>(int_arg(v, "BoundedSemaphore"));
}

Value sem_locked(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("locked", 0, 0);
  return sem(self).locked();
}

Value sem_acquire(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("acquire", 0, 0);
  return coroutine_value(sem(self).acquire(), "Semaphore.acquire");
}

Value sem_release(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("release", 0, 0);
  sem(self).release();
  return None;
}

// --- Barrier ------------------------------------------------------------------

Barrier& barrier(const Value& self) { return self_as<Barrier>(self); }

Value a_barrier(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("Barrier", 1, 1);
  Value parties = args.arg(0, "parties");
  args.no_keywords_left("Barrier");
  return std::make_shared<Barrier>(int_arg(parties, "Barrier"));
}

Value barrier_wait(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("wait", 0, 0);
  return coroutine_value(barrier(self).wait(), "Barrier.wait");
}

Value barrier_reset(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("reset", 0, 0);
  return coroutine_value(barrier(self).reset(), "Barrier.reset");
}

Value barrier_abort(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("abort", 0, 0);
  return coroutine_value(barrier(self).abort(), "Barrier.abort");
}

Value barrier_parties(Interpreter&, const Value& self, CallArgs&) { return barrier(self).parties(); }
Value barrier_n_waiting(Interpreter&, const Value& self, CallArgs&) { return barrier(self).n_waiting(); }
Value barrier_broken(Interpreter&, const Value& self, CallArgs&) { return barrier(self).broken(); }

}  // namespace

void bind_sync() {
  define_asyncio("Lock", native_function("Lock", a_lock));
  TypeInfo& l = type_info("Lock");
  l.define_method("locked", lock_locked);
  l.define_method("acquire", lock_acquire);
  l.define_method("release", lock_release);
  define_async_with(l);
  bind_model_class<Lock>(l);

  define_asyncio("Event", native_function("Event", a_event));
  TypeInfo& e = type_info("Event");
  e.define_method("is_set", event_is_set);
  e.define_method("set", event_set);
  e.define_method("clear", event_clear);
  e.define_method("wait", event_wait);
  bind_model_class<Event>(e);

  define_asyncio("Condition", native_function("Condition", a_condition));
  TypeInfo& c = type_info("Condition");
  c.define_method("locked", cond_locked);
  c.define_method("acquire", cond_acquire);
  c.define_method("release", cond_release);
  c.define_method("wait", cond_wait);
  c.define_method("wait_for", cond_wait_for);
  c.define_method("notify", cond_notify);
  c.define_method("notify_all", cond_notify_all);
  define_async_with(c);
  bind_model_class<Condition>(c);

  define_asyncio("Semaphore", native_function("Semaphore", a_semaphore));
  define_asyncio("BoundedSemaphore", native_function("BoundedSemaphore", a_bounded_semaphore));
  TypeInfo& s = type_info("Semaphore");
  s.define_method("locked", sem_locked);
  s.define_method("acquire", sem_acquire);
  s.define_method("release", sem_release);
  define_async_with(s);
  TypeInfo& bs = type_info("BoundedSemaphore", &s);
  // Most derived first: a BoundedSemaphore is also a Semaphore.
  bind_model_class<BoundedSemaphore>(bs);
  bind_model_class<Semaphore>(s);

  define_asyncio("Barrier", native_function("Barrier", a_barrier));
  TypeInfo& b = type_info("Barrier");
  b.define_method("wait", barrier_wait);
  b.define_method("reset", barrier_reset);
  b.define_method("abort", barrier_abort);
  b.define_property("parties", barrier_parties);
  b.define_property("n_waiting", barrier_n_waiting);
  b.define_property("broken", barrier_broken);
  define_async_with(b);
  bind_model_class<Barrier>(b);
}

}  // namespace loopspec::harness
