// The async generator objects of a scenario's `async def` with `yield`
// (docs/scenario-language.md#async-generators), and the `async for`
// protocol over them and over classes with __aiter__/__anext__.
#pragma once

#include <memory>
#include <string>

#include "interp/interpreter.hpp"
#include "loopspec/async_generators.hpp"

namespace loopspec::harness {

/// `agen = gen()`: its body runs only while a consumer awaits one of the
/// coroutines below, each made by a method call as CPython's are.
class AsyncGenObject : public AsyncGenerator {
 public:
  explicit AsyncGenObject(Coro body) : body(std::move(body)) {}
  /// `__anext__()` (sent None) and `asend(sent)`: the next yielded value,
  /// StopAsyncIteration when the body ends.
  Coro asend(Value sent);
  /// `athrow(e)`: raises e where the body waits.
  Coro athrow(ExceptionPtr e);
  /// `aclose()`: GeneratorExit where the body waits; None once it has ended.
  Coro aclose() override;
  /// asyncio's firstiter hook: the first of the calls above registers the
  /// generator with the loop running then, if any.
  void first_iteration();

  AsyncGenBody body;

 private:
  std::shared_ptr<AsyncGenObject> self() { return std::static_pointer_cast<AsyncGenObject>(shared_from_this()); }
  bool hooks_inited_ = false;
};

/// Whether `v`'s class (a scenario's own, or a native type) has the special
/// method `symbol` (`__aiter__`, `__anext__`).
bool has_special_method(const Value& v, int symbol);
/// What `async for` iterates: `aiter(x)` (TypeError when x has no __aiter__).
Value async_iterator(Interpreter& in, const Value& iterable);
/// The awaitable of the next item: `anext(it)`.
Value next_awaitable(Interpreter& in, const Value& iterator);

}  // namespace loopspec::harness
