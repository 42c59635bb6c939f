// print_summary (check_summary.hpp).
#include "report/check_summary.hpp"

#include <cstdio>

namespace loopspec::harness {
namespace {

std::string row(const std::string& column, const std::string& area, const Tally& t) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-16s %-14s %7d %8d %12d %7d %6d", column.c_str(), area.c_str(), t.pass, t.xfail,
                t.unsupported, t.fail, t.xpass);
  return buf;
}

std::string indented(const std::string& text) {
  std::string out = "    ";
  for (char c : text) out += c == '\n' ? std::string("\n    ") : std::string(1, c);
  return out;
}

/// A Python loop without cells has one line saying why instead of counts.
void print_table(std::ostream& out, const Report& r) {
  out << "implementation   area            passed    xfail  unsupported  failed  XPASS\n";
  for (std::size_t c = 0; c < r.column_count(); ++c) {
    const std::string& name = r.column_name(c);
    if (!r.measured(c)) {
      out << name << ": " << python_loop_description(*r.python_loop(c)) << "\n";
      continue;
    }
    for (const auto& area : r.areas()) out << row(name, area, r.tally(c, area)) << "\n";
    if (r.areas().size() > 1) out << row(name, "(all)", r.tally(c)) << "\n";
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
