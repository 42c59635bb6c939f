// The report formats on a small hand-made report.
#include <gtest/gtest.h>

#include "report/report.hpp"

namespace {

using namespace loopspec::harness;

Report sample() {
  Report r;
  r.version = "0.1.0";
  r.clock = "virtual";
  r.golden_dir = "/g";
  r.impls = {{"ref", "built in", {"*"}, ""}, {"odd", "plugin /p.so", {"call_soon"}, "/x.txt"}};
  r.rows = {
      {"call_soon/a", "call_soon", "A <b>", "CPython 3.11.7", {"call_soon"}, {{}, {Outcome::Fail, "traces differ at event 1\n  golden: x\n  odd: y\nmore", ""}}, UvloopCell{"order", "first difference at event 2"}},
      {"call_soon/b", "call_soon", "B", "CPython 3.11.7", {"call_soon"}, {{}, {Outcome::ExpectedFailure, "d", "expected failure: known (x.txt:2)"}}, UvloopCell{"same", ""}},
      {"gather/c", "gather", "C", "CPython 3.11.7", {"gather"}, {{}, {Outcome::Unsupported, "", "odd does not support feature tag(s): gather"}}, std::nullopt},
      {"gather/d", "gather", "D", "CPython 3.11.2", {"gather"}, {{}, {Outcome::UnexpectedPass, "", "unexpected pass (XPASS): x.txt:3 ..."}}, std::nullopt},
  };
  r.uvloop_runtime = "CPython 3.11.2, uvloop 0.17.0";
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

TEST(Report, Markdown) {
  std::string md = report_markdown(sample());
  expect_contains(md, "| implementation | area | passed | expected failures | unsupported | failed | XPASS |");
  expect_contains(md, "| odd | call_soon | 0 | 1 | 0 | 1 | 0 |");
  expect_contains(md, "| scenario | CPython 3.11.7 (features) | ref | odd | uvloop |");
  expect_contains(md, "| a | call_soon | pass | **FAIL** | other order |");
  expect_contains(md, "### odd: call_soon/a");
  expect_contains(md, "## Unexpected passes (XPASS)");
  expect_contains(md, "- odd: `call_soon/b`: expected failure: known (x.txt:2)");
}

TEST(Report, HtmlIsSelfContainedAndEscaped) {
  std::string html = report_html(sample());
  expect_contains(html, "<!DOCTYPE html>");
  expect_contains(html, "<style>");
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  expect_contains(html, "title=\"A &lt;b&gt;\"");
  expect_contains(html, "<details class=\"area\" open><summary>call_soon");
  expect_contains(html, "<td class=\"fail\" title=\"traces differ at event 1\n  golden: x\n  odd: y\">");
  expect_contains(html, "<td class=\"uv-order\"");
}

TEST(Report, JsonFollowsTheSchema) {
  Json j = Json::parse(report_json(sample()));
  EXPECT_EQ(j["schema"], 1);
  EXPECT_EQ(j["clock"], "virtual");
  EXPECT_EQ(j["golden"]["runtimes"][0], "CPython 3.11.7");
  EXPECT_EQ(j["uvloop"]["runtime"], "CPython 3.11.2, uvloop 0.17.0");
  EXPECT_EQ(j["unexpected"], true);
  EXPECT_EQ(j["implementations"][1]["name"], "odd");
  EXPECT_EQ(j["implementations"][1]["totals"]["xpass"], 1);
  EXPECT_EQ(j["areas"][1]["totals"]["ref"]["pass"], 2);
  EXPECT_EQ(j["scenarios"][0]["results"]["odd"]["outcome"], "fail");
  EXPECT_EQ(j["scenarios"][0]["uvloop"]["status"], "order");
  EXPECT_TRUE(j["scenarios"][2]["uvloop"].is_null());
}

}  // namespace
