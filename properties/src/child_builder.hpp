// The child processes of a generated program (Plan::children): the Python
// the builder writes for them (docs/properties.md#children). main starts
// every child before the tasks with create_subprocess_exec, its three
// streams pipes; the actions write to a child's stdin, read its stdout or
// stderr, signal it and wait for it; after the joins main communicate()s
// with each. Tagged logs:
//   ["pw", i, closing]          a write went to child i's stdin (closing: is_closing() after it)
//   ["pr", i, fd, r]            a read of child i's stdout (fd 1) or stderr (2) returned r
//   ["perr", i, exc]            an action on child i raised
//   ["pk", i, returncode]       child i was signalled
//   ["pwait", i, status]        wait() (or wait_for(wait(), 5)) returned
//   ["pc", i, (out, err), rc]   main's communicate() after the joins
//
// Determinism (docs/outside-world.md#children): each child writes its
// stdout with one write and its stderr with one, and exits without reading
// its stdin, so by the first poll after it starts it has exited; what a
// read finds, when the exit is reported and whether a signal still reaches
// the child then depend on the program only. No child blocks waiting for
// the parent, so none stops the virtual clock for long.
#pragma once

#include <vector>

#include "ir/ir.hpp"
#include "plan.hpp"

namespace loopspec::properties {

class ChildBuilder {
 public:
  ChildBuilder(std::vector<ChildPlan> children, int& line) : children_(std::move(children)), line_(line) {}

  bool any() const { return !children_.empty(); }

  /// main's set-up, before the tasks exist: cs = [await create_subprocess_exec(...), ...].
  void prologue(ir::Block& out);
  /// After the joins: communicate() with every child, and its returncode.
  void close_all(ir::Block& out);
  /// One action on child a.a % count; `async` says whether the function may
  /// await. False when there is no child (the builder logs instead).
  bool act(const Action& a, bool async, ir::Block& out);

 private:
  int line() { return line_++; }
  void write(int i, const Action& a, bool async, ir::Block& out);
  void read(int i, const Action& a, ir::Block& out);
  void signal(int i, const Action& a, ir::Block& out);
  void wait(int i, const Action& a, ir::Block& out);
  /// try: <body> except Exception as e: log("perr", i, e)
  template <class Body>
  void catching(ir::Block& out, int i, Body&& body);

  std::vector<ChildPlan> children_;
  int& line_;
  int writes_ = 0;
};

}  // namespace loopspec::properties
