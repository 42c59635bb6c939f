// The report formats on a small hand-made report: two implementations, a
// Python loop with cells and one that was unavailable.
#include <gtest/gtest.h>

#include <cctype>
#include <sstream>
#include <string>

#include "report/check_summary.hpp"
#include "report/report.hpp"

namespace {

using namespace loopspec::harness;

PythonLoop gbulb() {
  return {"gbulb",
          "CPython 3.11.2, gbulb 0.6.3",
          "real",
          "order",
          "CPython 3.11.2's asyncio on the virtual clock",
          "traces/loops/gbulb.txt",
          "",
          false};
}

PythonLoop unavailable() {
  return {"nest_asyncio", "", "virtual", "exact", "golden", "", "not importable (Debian: apt-get install x)", false};
}

std::map<std::string, PythonLoopCell> gbulb_cells() {
  return {{"call_soon/a",
           {Outcome::Fail, "order", "", "first difference at event 2", "event 2:\n  expected: 1\n  actual:   2"}},
          {"call_soon/b", {Outcome::ExpectedFailure, "times", "timer-ms", "only logged float values differ", ""}},
          {"gather/c", {Outcome::Unsupported, "skipped", "", "virtual duration 30 s is too long", ""}}};
}

Report sample() {
  Report r;
  r.version = "0.1.0";
  r.clock = "virtual";
  r.golden_dir = "/g";
  r.impls = {{"ref", "built in", {"*"}, ""}, {"odd", "plugin /p.so", {"call_soon"}, "/x.txt"}};
  r.rows = {
      {"call_soon/a",
       "call_soon",
       "A <b>",
       "CPython 3.11.7",
       {"call_soon"},
       {{}, Verdict::fail("traces differ at event 1\n  golden: x\n  odd: y\nmore")},
       {}},
      {"call_soon/b",
       "call_soon",
       "B",
       "CPython 3.11.7",
       {"call_soon"},
       {{}, {Outcome::ExpectedFailure, "d", "expected failure: known (x.txt:2)", "", false}},
       {}},
      {"gather/c",
       "gather",
       "C",
       "CPython 3.11.7",
       {"gather"},
       {{}, Verdict::unsupported("odd does not support feature tag(s): gather")},
       {}},
      {"gather/d",
       "gather",
       "D",
       "CPython 3.11.2",
       {"gather"},
       {{}, {Outcome::UnexpectedPass, "", "unexpected pass (XPASS): x.txt:3 ...", "", false}},
       {}},
  };
  r.add_python_loop(gbulb(), gbulb_cells());
  r.add_python_loop(unavailable(), {});
  return r;
}

/// Every implementation passes everything; the Python loop has `cell` in call_soon/a.
Report one_python_cell(Outcome outcome) {
  Report r;
  r.impls = {{"ref", "built in", {"*"}, ""}};
  r.rows = {{"call_soon/a", "call_soon", "A", "CPython 3.11.7", {"call_soon"}, {{}}, {}}};
  r.add_python_loop(gbulb(), {{"call_soon/a", {outcome, "order", "", "", ""}}});
  return r;
}

void expect_contains(const std::string& text, const std::string& part) {
  EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part;
}

TEST(Report, Tallies) {
  Report r = sample();
  EXPECT_EQ(r.areas(), (std::vector<std::string>{"call_soon", "gather"}));
  Tally odd = r.tally(1);
  EXPECT_EQ(odd.pass, 0);
  EXPECT_EQ(odd.fail, 1);
  EXPECT_EQ(odd.xfail, 1);
  EXPECT_EQ(odd.unsupported, 1);
  EXPECT_EQ(odd.xpass, 1);
  EXPECT_EQ(r.tally(0, "gather").pass, 2);
  EXPECT_EQ(r.golden_runtimes(), (std::vector<std::string>{"CPython 3.11.7", "CPython 3.11.2"}));
  EXPECT_TRUE(r.has_unexpected());
}

TEST(Report, PythonLoopsAreColumnsAfterTheImplementations) {
  Report r = sample();
  ASSERT_EQ(r.column_count(), 4u);
  EXPECT_EQ(r.column_name(2), "gbulb");
  EXPECT_EQ(r.python_loop(1), nullptr);
  EXPECT_EQ(r.python_loop(3)->name, "nest_asyncio");
  EXPECT_TRUE(r.measured(2));
  EXPECT_FALSE(r.measured(3));
  Tally gbulb = r.tally(2);
  EXPECT_EQ(gbulb.fail, 1);
  EXPECT_EQ(gbulb.xfail, 1);
  EXPECT_EQ(gbulb.unsupported, 1);
  EXPECT_EQ(gbulb.total(), 3);  // gather/d has no result
  EXPECT_EQ(r.tally(3).total(), 0);
  EXPECT_FALSE(r.cell(r.rows[3], 2));
  auto a = r.cell(r.rows[0], 2);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->label, "FAIL");
  EXPECT_EQ(a->hover, "order: first difference at event 2\nevent 2:\n  expected: 1\n  actual:   2");
  EXPECT_EQ(r.cell(r.rows[1], 2)->hover, "times (cause: timer-ms): only logged float values differ");
  EXPECT_EQ(r.cell(r.rows[1], 2)->full,
            "status: times (only times and logged floats differ)\ncause: timer-ms (traces/loops/gbulb.txt)\n"
            "only logged float values differ");
  EXPECT_EQ(r.cell(r.rows[2], 2)->label, "skipped");
}

TEST(Report, APythonLoopsFailureOrXpassIsUnexpected) {
  EXPECT_TRUE(one_python_cell(Outcome::Fail).has_unexpected());
  EXPECT_TRUE(one_python_cell(Outcome::UnexpectedPass).has_unexpected());
  EXPECT_FALSE(one_python_cell(Outcome::ExpectedFailure).has_unexpected());
  EXPECT_FALSE(one_python_cell(Outcome::Unsupported).has_unexpected());
  EXPECT_FALSE(one_python_cell(Outcome::Pass).has_unexpected());
}

TEST(Report, AnUnavailableLoopIsANoteButAFailedComparisonIsAToolError) {
  Report r = one_python_cell(Outcome::Pass);
  r.add_python_loop(unavailable(), {});
  EXPECT_FALSE(r.has_unexpected());
  EXPECT_FALSE(r.has_failed_python_loop());
  EXPECT_EQ(python_loop_description(r.python_loops[1]), "skipped: not importable (Debian: apt-get install x)");
  PythonLoop broken{"uvloop", "", "", "", "", "", "compare-loop exited with status 2: boom", true};
  r.add_python_loop(broken, {});
  EXPECT_TRUE(r.has_failed_python_loop());
  EXPECT_EQ(python_loop_description(r.python_loops[2]), "comparison failed: compare-loop exited with status 2: boom");
}

TEST(Report, APassInAnotherPermittedOrderSaysSo) {
  Report r;
  r.impls = {{"fifo", "built in", {"*"}, ""}};
  Verdict other;
  other.permitted = "24 permitted traces (24 runs of the model)";
  other.other_order = true;
  Verdict same = other;
  same.other_order = false;
  r.rows = {{"timer_ties/a", "timer_ties", "A", "CPython 3.11.7", {"sleep"}, {other}, {}},
            {"timer_ties/b", "timer_ties", "B", "CPython 3.11.7", {"sleep"}, {same}, {}}};
  std::optional<CellView> a = r.cell(r.rows[0], 0);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->outcome, Outcome::Pass);
  EXPECT_EQ(a->label, "pass, another order");
  EXPECT_EQ(a->hover, "passes, with another permitted order: one of 24 permitted traces (24 runs of the model)");
  EXPECT_EQ(r.cell(r.rows[1], 0)->label, "pass");
  EXPECT_EQ(r.cell(r.rows[1], 0)->hover, "passes, in CPython's order: one of 24 permitted traces (24 runs of the model)");
  EXPECT_EQ(r.tally(0).pass, 2);
  expect_contains(report_markdown(r), "| a | sleep | pass, another order |");
}

TEST(Report, Markdown) {
  std::string md = report_markdown(sample());
  expect_contains(md,
                  "- **gbulb**: CPython 3.11.2, gbulb 0.6.3 on the real clock; event order, times ignored, "
                  "against CPython 3.11.2's asyncio on the virtual clock; known divergences: "
                  "traces/loops/gbulb.txt\n");
  expect_contains(md, "- **nest_asyncio**: skipped: not importable (Debian: apt-get install x)\n");
  expect_contains(
      md, "| implementation or Python loop | area | passed | expected failures | unsupported | failed | XPASS |");
  expect_contains(md, "| odd | call_soon | 0 | 1 | 0 | 1 | 0 |");
  expect_contains(md, "| gbulb | **all** | 0 | 1 | 1 | 1 | 0 |");
  EXPECT_EQ(md.find("| nest_asyncio |"), std::string::npos) << "an unmeasured loop has no summary rows";
  expect_contains(md, "| scenario | CPython 3.11.7 (features) | ref | odd | gbulb | nest_asyncio (skipped) |");
  expect_contains(md, "| a | call_soon | pass | **FAIL** | **FAIL** |  |");
  expect_contains(md, "| d | gather | pass | **XPASS** |  |  |");
  expect_contains(md, "### odd: call_soon/a");
  expect_contains(md,
                  "### gbulb: call_soon/a\n\nA <b>\n\n```\nstatus: order (the same events in another order)\n"
                  "first difference at event 2\n\nevent 2:\n  expected: 1\n  actual:   2\n```");
  expect_contains(md, "## Unexpected passes (XPASS)");
  expect_contains(md, "- odd: `call_soon/b`: expected failure: known (x.txt:2)");
  expect_contains(md, "- gbulb: `call_soon/b`: times (cause: timer-ms): only logged float values differ\n");
}

TEST(Report, HtmlIsSelfContainedAndEscaped) {
  std::string html = report_html(sample());
  expect_contains(html, "<!DOCTYPE html>");
  expect_contains(html, "<style>");
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  expect_contains(html, "title=\"A &lt;b&gt;\"");
  expect_contains(html, "<details class=\"area\" open><summary>call_soon");
  expect_contains(html, "<td class=\"fail\" title=\"traces differ at event 1\n  golden: x\n  odd: y\"");
}

TEST(Report, HtmlShowsPythonLoopsBesideTheImplementations) {
  std::string html = report_html(sample());
  expect_contains(html,
                  "<th class=\"group\" colspan=\"2\">implementations</th>"
                  "<th class=\"group py py-first\" colspan=\"2\">Python loops</th>");
  expect_contains(html, "<span class=\"chip fail\">gbulb: 0 pass, 1 xfail, 1 FAIL</span>");
  expect_contains(html,
                  "<td class=\"fail py-first\" title=\"order: first difference at event 2\nevent 2:\n  "
                  "expected: 1\n  actual:   2\" data-head=\"FAIL · gbulb · call_soon/a — A &lt;b&gt;\"");
  expect_contains(html, "<td class=\"unsupported py-first\"");
  expect_contains(html, ">skipped</td>");
  expect_contains(html, "title=\"skipped: not importable (Debian: apt-get install x)\">skipped</td>");
  expect_contains(html, "<div id=\"panel\" hidden>");
}

TEST(Report, JsonFollowsTheSchema) {
  Json j = Json::parse(report_json(sample()));
  EXPECT_EQ(j["schema"], 2);
  EXPECT_EQ(j["clock"], "virtual");
  EXPECT_EQ(j["golden"]["runtimes"][0], "CPython 3.11.7");
  EXPECT_FALSE(j.contains("uvloop"));
  EXPECT_EQ(j["unexpected"], true);
  EXPECT_EQ(j["implementations"][1]["name"], "odd");
  EXPECT_EQ(j["implementations"][1]["totals"]["xpass"], 1);
  EXPECT_EQ(j["python_loops"][0]["name"], "gbulb");
  EXPECT_EQ(j["python_loops"][0]["rule"], "order");
  EXPECT_EQ(j["python_loops"][0]["expected"], "traces/loops/gbulb.txt");
  EXPECT_EQ(j["python_loops"][0]["totals"]["fail"], 1);
  EXPECT_EQ(j["python_loops"][1]["note"], "not importable (Debian: apt-get install x)");
  EXPECT_EQ(j["python_loops"][1]["failed"], false);
  EXPECT_EQ(j["areas"][1]["totals"]["ref"]["pass"], 2);
  EXPECT_EQ(j["areas"][1]["python_loop_totals"]["gbulb"]["unsupported"], 1);
  EXPECT_EQ(j["scenarios"][0]["results"]["odd"]["outcome"], "fail");
  EXPECT_EQ(j["scenarios"][0]["python_loops"]["gbulb"]["outcome"], "fail");
  EXPECT_EQ(j["scenarios"][0]["python_loops"]["gbulb"]["status"], "order");
  EXPECT_EQ(j["scenarios"][1]["python_loops"]["gbulb"]["cause"], "timer-ms");
  EXPECT_EQ(j["scenarios"][0]["python_loops"]["gbulb"]["first_difference"], "event 2:\n  expected: 1\n  actual:   2");
  EXPECT_TRUE(j["scenarios"][3]["python_loops"]["gbulb"].is_null());
  EXPECT_TRUE(j["scenarios"][0]["python_loops"]["nest_asyncio"].is_null());
}

// loopspec check's terminal table: a name longer than its column was made
// for (the area concurrent_futures, a plugin's name) widens the column, so
// every row's counts stay under their headings.
TEST(CheckSummary, CountsStayUnderTheirHeadingsWithLongNames) {
  Report r;
  r.impls = {{"ref", "built in", {"*"}, ""}, {"a_plugin_with_a_long_name", "plugin /p.so", {"*"}, ""}};
  r.rows = {{"concurrent_futures/a", "concurrent_futures", "A", "CPython 3.11.7", {}, {{}, {}}, {}},
            {"gather/b", "gather", "B", "CPython 3.11.7", {}, {{}, {}}, {}}};
  std::ostringstream out;
  print_summary(out, r);
  std::istringstream text(out.str());
  std::string header;
  while (std::getline(text, header) && header.rfind("implementation", 0) != 0) {
  }
  ASSERT_FALSE(header.empty()) << out.str();
  const std::size_t passed_end = header.find("passed") + 6;
  int rows = 0;
  for (std::string line; std::getline(text, line) && !line.empty(); ++rows) {
    EXPECT_EQ(line.size(), header.size()) << line;  // the XPASS count ends where its heading does
    ASSERT_GT(line.size(), passed_end) << line;
    EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(line[passed_end - 1])) && line[passed_end] == ' ') << line;
  }
  EXPECT_EQ(rows, 6);  // two implementations, two areas and (all) each
}

}  // namespace
