// Progress (progress.hpp).
#include "report/progress.hpp"

namespace loopspec::harness {

std::string Progress::counter() const {
  std::string total = std::to_string(total_);
  std::string done = std::to_string(done_);
  return "[" + std::string(total.size() - std::min(total.size(), done.size()), ' ') + done + "/" + total + "]";
}

void Progress::clear_line() {
  if (terminal_) out_ << "\r\033[K";
}

void Progress::draw() {
  std::string line = counter() + " " + last_label_;
  if (columns_ > 1 && line.size() >= columns_) line.resize(columns_ - 1);
  out_ << line;
}

void Progress::step(const std::string& label) {
  ++done_;
  last_label_ = label;
  if (!terminal_) return;
  clear_line();
  draw();
  out_ << std::flush;
}

void Progress::note(const std::string& line) {
  clear_line();
  out_ << line << "\n";
  if (terminal_ && done_ < total_) draw();
  out_ << std::flush;
}

void Progress::finish() {
  clear_line();
  out_ << std::flush;
}

}  // namespace loopspec::harness
