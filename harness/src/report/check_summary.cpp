// print_summary (check_summary.hpp).
#include "report/check_summary.hpp"

#include <algorithm>
#include <array>
#include <iomanip>
#include <sstream>
#include <string>

namespace loopspec::harness {
namespace {

/// The name columns are as wide as their longest entry (at least as wide as
/// before any name outgrew them), so a long area or implementation name does
/// not push its row's counts out from under the header.
struct NameWidths {
  std::size_t column = 16;
  std::size_t area = 14;
};

NameWidths name_widths(const Report& r) {
  NameWidths w;
  for (std::size_t c = 0; c < r.column_count(); ++c) w.column = std::max(w.column, r.column_name(c).size());
  for (const auto& area : r.areas()) w.area = std::max(w.area, area.size());
  return w;
}

/// One line of the table: the names left-aligned, each count right-aligned
/// under its heading.
std::string line(const NameWidths& w, const std::string& column, const std::string& area,
                 const std::array<std::string, 5>& counts) {
  static constexpr std::array<int, 5> kCountWidths{7, 8, 12, 7, 6};
  std::ostringstream out;
  out << std::left << std::setw(static_cast<int>(w.column)) << column << ' ' << std::setw(static_cast<int>(w.area))
      << area << std::right;
  for (std::size_t i = 0; i < counts.size(); ++i) out << ' ' << std::setw(kCountWidths[i]) << counts[i];
  return out.str();
}

std::string header(const NameWidths& w) {
  return line(w, "implementation", "area", {"passed", "xfail", "unsupported", "failed", "XPASS"});
}

std::string row(const NameWidths& w, const std::string& column, const std::string& area, const Tally& t) {
  using std::to_string;
  return line(w, column, area,
              {to_string(t.pass), to_string(t.xfail), to_string(t.unsupported), to_string(t.fail), to_string(t.xpass)});
}

std::string indented(const std::string& text) {
  std::string out = "    ";
  for (char c : text) out += c == '\n' ? std::string("\n    ") : std::string(1, c);
  return out;
}

/// A Python loop without cells has one line saying why instead of counts.
void print_table(std::ostream& out, const Report& r) {
  const NameWidths w = name_widths(r);
  out << header(w) << "\n";
  for (std::size_t c = 0; c < r.column_count(); ++c) {
    const std::string& name = r.column_name(c);
    if (!r.measured(c)) {
      out << name << ": " << python_loop_description(*r.python_loop(c)) << "\n";
      continue;
    }
    for (const auto& area : r.areas()) out << row(w, name, area, r.tally(c, area)) << "\n";
    if (r.areas().size() > 1) out << row(w, name, "(all)", r.tally(c)) << "\n";
  }
}

void print_unexpected(std::ostream& out, const Report& r) {
  for (const auto& row : r.rows) {
    for (std::size_t c = 0; c < r.column_count(); ++c) {
      auto cell = r.cell(row, c);
      if (cell && is_unexpected(cell->outcome))
        out << "\n" << cell->label << " " << r.column_name(c) << " " << row.id << "\n" << indented(cell->hover) << "\n";
    }
  }
}

}  // namespace

void print_summary(std::ostream& out, const Report& r) {
  out << "\n";
  print_table(out, r);
  print_unexpected(out, r);
  Tally all;
  for (std::size_t c = 0; c < r.column_count(); ++c) {
    Tally t = r.tally(c);
    all.pass += t.pass, all.xfail += t.xfail, all.unsupported += t.unsupported, all.fail += t.fail, all.xpass += t.xpass;
  }
  out << "\nloopspec check (" << r.clock << " clock): " << all.total() << " runs: " << all.pass << " passed, "
      << all.xfail << " expected failures, " << all.unsupported << " unsupported, " << all.fail << " failed, "
      << all.xpass << " XPASS\n";
}

}  // namespace loopspec::harness
