// The harness's two kinds of error, neither of them a Python exception, so
// no scenario code can catch either.
//
//   LoadError      an input is wrong (a file, an IR document, a plugin, a
//                  list): the message names the file, the position and the fix
//   ScenarioError  the harness cannot run this scenario (an API not bound
//                  yet, an unloggable value, an endless loop): it unwinds the
//                  whole run, whose result then carries the message
#pragma once

#include <stdexcept>
#include <string>

namespace loopspec::harness {

class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ScenarioError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace loopspec::harness
