// `async with` for the model's asynchronous context managers (Timeout,
// TaskGroup, Lock, Condition, Semaphore, BoundedSemaphore, Barrier): their
// __aenter__/__aexit__ bindings, shared by builtins_sync.cpp and
// builtins_structured.cpp.
#pragma once

#include "interp/builtins/builtins.hpp"

namespace loopspec::harness {

/// Defines `__aenter__()` and `__aexit__(exc_type, exc, tb)` on `t`, whose
/// model class derives from AsyncContextManager: each returns the model's
/// coroutine, which the interpreter's `async with` awaits.
void define_async_with(TypeInfo& t);

/// A model coroutine as a Python coroutine object named `name` (its
/// __qualname__ in CPython, for messages).
Value coroutine_value(Coro c, const char* name);

}  // namespace loopspec::harness
