// SyncFuture: a Future that calls its done callbacks at once, inside
// set_result/set_exception/cancel, instead of scheduling each with
// call_soon. (The mutant of "done callbacks are never called synchronously".)
#pragma once

#include "loopspec/future.hpp"

namespace loopspec::properties::mutants {

class SyncFuture : public Future {
 public:
  using Future::Future;
  void set_result(Value v) override;
  void set_exception(ExceptionPtr e) override;
  bool cancel(std::optional<Value> msg = std::nullopt) override;

 private:
  void call_callbacks_now();
};

}  // namespace loopspec::properties::mutants
