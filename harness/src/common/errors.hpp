// ScenarioError: the harness cannot run this scenario on, say, an unbound
// API ("not supported yet: asyncio.wait"), an unloggable value or an endless
// loop. It is a C++ exception, not a Python one, so interpreted code cannot
// catch it: it unwinds the whole run, whose result then carries the message.
#pragma once

#include <stdexcept>
#include <string>

namespace loopspec::harness {

class ScenarioError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace loopspec::harness
