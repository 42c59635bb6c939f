// apply_module_flaw (module_mutants.hpp), and the flawed gather: the model's
// asyncio.gather (model/src/tasks.cpp) copied here with one switch, so that
// the model carries none. Keep it in step with the model's when that changes.
#include "module_mutants.hpp"

#include <algorithm>

#include "loopspec/runners.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec::properties::mutants {
namespace {

class GatheringFuture : public Future {
 public:
  GatheringFuture(EventLoop& loop, std::vector<FuturePtr> children) : Future(loop), children(std::move(children)) {}
  std::string type_name() const override { return "_GatheringFuture"; }
  bool cancel(std::optional<Value> msg) override {
    if (done()) return false;
    bool any = false;
    for (auto& child : children) any = child->cancel(msg) || any;
    if (any) cancel_requested = true;
    return any;
  }
  std::vector<FuturePtr> children;
  bool cancel_requested = false;
};

struct GatherState {
  ModuleFlaw flaw;
  std::shared_ptr<GatheringFuture> outer;
  std::vector<FuturePtr> children;
  std::size_t nfuts = 0, nfinished = 0;
  bool return_exceptions = false;
};

Value outcome_of(Future& child, ModuleFlaw flaw) {
  if (child.cancelled()) {
    if (flaw == ModuleFlaw::GatherSwallowsCancel) return None;
    const auto& msg = child.cancel_message();
    return new_exception(exc::CancelledError, {msg && !msg->is_none() ? *msg : Value("")});
  }
  if (ExceptionPtr e = child.exception()) return e;
  return child.result();
}

void on_child_done(GatherState& st, const FuturePtr& fut) {
  ++st.nfinished;
  auto& outer = st.outer;
  if (!outer || outer->done()) {
    if (!fut->cancelled()) fut->exception();
    return;
  }
  if (!st.return_exceptions) {
    if (fut->cancelled() && st.flaw != ModuleFlaw::GatherSwallowsCancel) {  // the flaw: a cancelled child counts as done
      outer->set_exception(fut->make_cancelled_error());
      return;
    }
    if (!fut->cancelled()) {
      if (ExceptionPtr e = fut->exception()) {
        outer->set_exception(e);
        if (st.flaw == ModuleFlaw::GatherCancelsSiblings) {  // the flaw: the siblings are cancelled
          for (auto& c : st.children)
            if (c != fut) c->cancel();
        }
        return;
      }
    }
  }
  if (st.nfinished != st.nfuts) return;
  auto results = std::make_shared<List>();
  for (auto& child : st.children) results->items.push_back(outcome_of(*child, st.flaw));
  // CPython's `fut` here is the loop variable of the results loop above: the
  // last child, not the one that just finished.
  if (outer->cancel_requested) outer->set_exception(st.children.back()->make_cancelled_error());
  else outer->set_result(results);
}

}  // namespace

FuturePtr flawed_gather(ModuleFlaw flaw, const std::vector<Value>& aws, bool return_exceptions) {
  if (aws.empty()) return gather(aws, return_exceptions);
  auto st = std::make_shared<GatherState>();
  st->flaw = flaw;
  st->return_exceptions = return_exceptions;
  std::vector<std::pair<Value, FuturePtr>> seen;
  EventLoop* loop = nullptr;
  for (const Value& arg : aws) {
    auto it = std::find_if(seen.begin(), seen.end(), [&arg](const auto& p) { return is_same(p.first, arg); });
    if (it != seen.end()) {
      st->children.push_back(it->second);
      continue;
    }
    FuturePtr fut = ensure_future(arg, loop);
    if (!loop) loop = &fut->get_loop();
    ++st->nfuts;
    seen.emplace_back(arg, fut);
    fut->add_done_callback([st](const FuturePtr& f) { on_child_done(*st, f); });
    st->children.push_back(fut);
  }
  st->outer = std::make_shared<GatheringFuture>(*loop, st->children);
  return st->outer;
}

void apply_module_flaw(harness::Implementation& impl, ModuleFlaw flaw) {
  if (flaw == ModuleFlaw::RunnerKeepsLeftovers) {
    impl.overrides.cancel_all_tasks = [](EventLoop&) {};  // the flaw: leftovers stay pending
  } else {
    impl.overrides.gather = [flaw](const std::vector<Value>& aws, bool ret) { return flawed_gather(flaw, aws, ret); };
  }
}

}  // namespace loopspec::properties::mutants
