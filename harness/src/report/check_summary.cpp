// print_summary (check_summary.hpp).
#include "report/check_summary.hpp"

#include <cstdio>

namespace loopspec::harness {
namespace {

std::string row(const std::string& impl, const std::string& area, const Tally& t) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-16s %-14s %7d %8d %12d %7d %6d", impl.c_str(), area.c_str(), t.pass, t.xfail,
                t.unsupported, t.fail, t.xpass);
  return buf;
}

std::string indented(const std::string& text) {
  std::string out = "    ";
  for (char c : text) out += c == '\n' ? std::string("\n    ") : std::string(1, c);
  return out;
}

void print_table(std::ostream& out, const Report& r) {
  out << "implementation   area            passed    xfail  unsupported  failed  XPASS\n";
  for (std::size_t i = 0; i < r.impls.size(); ++i) {
    for (const auto& area : r.areas()) out << row(r.impls[i].name, area, r.tally(i, area)) << "\n";
    if (r.areas().size() > 1) out << row(r.impls[i].name, "(all)", r.tally(i)) << "\n";
  }
}

void print_unexpected(std::ostream& out, const Report& r) {
  for (const auto& row : r.rows) {
    for (std::size_t i = 0; i < r.impls.size(); ++i) {
      const Verdict& v = row.results[i];
      if (v.outcome == Outcome::Fail)
        out << "\nFAIL " << r.impls[i].name << " " << row.id << "\n" << indented(first_divergence(v.detail)) << "\n";
      else if (v.outcome == Outcome::UnexpectedPass)
        out << "\nXPASS " << r.impls[i].name << " " << row.id << "\n" << indented(v.reason) << "\n";
    }
  }
}

}  // namespace

void print_summary(std::ostream& out, const Report& r) {
  out << "\n";
  print_table(out, r);
  print_unexpected(out, r);
  Tally all;
  for (std::size_t i = 0; i < r.impls.size(); ++i) {
    Tally t = r.tally(i);
    all.pass += t.pass, all.xfail += t.xfail, all.unsupported += t.unsupported, all.fail += t.fail, all.xpass += t.xpass;
  }
  out << "\nloopspec check (" << r.clock << " clock): " << all.total() << " runs: " << all.pass << " passed, "
      << all.xfail << " expected failures, " << all.unsupported << " unsupported, " << all.fail << " failed, "
      << all.xpass << " XPASS\n";
}

}  // namespace loopspec::harness
