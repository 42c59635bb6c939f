// Frames of the program as Python code sees them (`task.get_stack()`, a
// traceback's frames): the code's name and file and the line the frame is
// at. The interpreter that runs a frame shares it; after the frame ends it
// keeps its last line, as a frame object held by a traceback does.
#pragma once

#include <memory>
#include <string>

#include "loopspec/value.hpp"

namespace loopspec {

class FrameObject : public Object {
 public:
  /// `live_line` is the running frame's current line, read until end().
  FrameObject(std::string name, std::string file, const int* live_line)
      : name(std::move(name)), file(std::move(file)), live_(live_line) {}
  std::string type_name() const override { return "frame"; }

  /// f_lineno: the statement the frame runs or waits in, or ran last.
  int line() const { return live_ ? *live_ : last_; }
  /// The frame ended: its line no longer moves.
  void end() {
    last_ = line();
    live_ = nullptr;
  }

  const std::string name;  // f_code.co_name
  const std::string file;  // f_code.co_filename

 private:
  const int* live_;
  int last_ = 0;
};
using FramePtr = std::shared_ptr<FrameObject>;

}  // namespace loopspec
