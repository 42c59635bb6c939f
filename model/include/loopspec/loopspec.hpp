// loopspec: the whole public API of the reference model.
#pragma once

#include "loopspec/coro.hpp"
#include "loopspec/event_loop.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/future.hpp"
#include "loopspec/handle.hpp"
#include "loopspec/reference_loop.hpp"
#include "loopspec/runners.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/scheduler.hpp"
#include "loopspec/task.hpp"
#include "loopspec/tasks.hpp"
#include "loopspec/value.hpp"
