// apply_module_flaw (module_mutants.hpp): each flawed gather wraps the
// model's asyncio.gather (model/src/tasks.cpp) rather than copying it, so
// the model carries no switch and the mutant none of its code.
#include "module_mutants.hpp"

#include <algorithm>
#include <memory>
#include <utility>

#include "loopspec/tasks.hpp"

namespace loopspec::properties::mutants {
namespace {

/// The children gather makes of `aws` (ensure_future in argument order, on
/// the loop of the first; an argument given twice is one child), made here
/// so that the flaw can reach them. The model's gather takes futures as
/// they are, so it makes no others.
std::vector<FuturePtr> children_of(const std::vector<Value>& aws) {
  std::vector<std::pair<Value, FuturePtr>> made;
  std::vector<FuturePtr> children;
  EventLoop* loop = nullptr;
  for (const Value& arg : aws) {
    auto it = std::find_if(made.begin(), made.end(), [&arg](const auto& m) { return is_same(m.first, arg); });
    if (it == made.end()) {
      FuturePtr fut = ensure_future(arg, loop);
      if (!loop) loop = &fut->get_loop();
      it = made.insert(made.end(), {arg, fut});
    }
    children.push_back(it->second);
  }
  return children;
}

std::vector<Value> as_values(const std::vector<FuturePtr>& futures) {
  return std::vector<Value>(futures.begin(), futures.end());
}

/// The flaw: on a child's error, the other children are cancelled.
FuturePtr gather_cancelling_siblings(const std::vector<Value>& aws, bool return_exceptions) {
  auto children = std::make_shared<std::vector<FuturePtr>>(children_of(aws));
  FuturePtr outer = gather(as_values(*children), return_exceptions);
  if (return_exceptions) return outer;
  for (const FuturePtr& child : *children) {
    child->add_done_callback([children](const FuturePtr& done) {
      if (done->cancelled() || !done->exception()) return;
      for (const FuturePtr& other : *children)
        if (other != done) other->cancel();
    });
  }
  return outer;
}

/// The flaw: gather sees each child through a stand-in that turns its
/// cancellation into a None result.
FuturePtr gather_swallowing_cancel(const std::vector<Value>& aws, bool return_exceptions) {
  std::vector<std::pair<FuturePtr, FuturePtr>> stand_ins;  // child -> stand-in
  std::vector<Value> seen;
  for (const FuturePtr& child : children_of(aws)) {
    auto it = std::find_if(stand_ins.begin(), stand_ins.end(), [&child](const auto& s) { return s.first == child; });
    if (it == stand_ins.end()) {
      FuturePtr stand_in = child->get_loop().create_future();
      child->add_done_callback([stand_in](const FuturePtr& done) {
        if (stand_in->done()) return;
        if (done->cancelled()) stand_in->set_result(None);
        else if (ExceptionPtr e = done->exception()) stand_in->set_exception(e);
        else stand_in->set_result(done->result());
      });
      it = stand_ins.insert(stand_ins.end(), {child, stand_in});
    }
    seen.emplace_back(it->second);
  }
  return gather(seen, return_exceptions);
}

}  // namespace

void apply_module_flaw(harness::Implementation& impl, ModuleFlaw flaw) {
  switch (flaw) {
    case ModuleFlaw::RunnerKeepsLeftovers:
      impl.overrides.cancel_all_tasks = [](EventLoop&) {};  // the flaw: leftovers stay pending
      return;
    case ModuleFlaw::GatherCancelsSiblings: impl.overrides.gather = gather_cancelling_siblings; return;
    case ModuleFlaw::GatherSwallowsCancel: impl.overrides.gather = gather_swallowing_cancel; return;
  }
}

}  // namespace loopspec::properties::mutants
