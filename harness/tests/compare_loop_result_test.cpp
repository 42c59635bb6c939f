// Reading compare-loop's JSON (docs/report.md#compare-loops-json): the
// fixtures in fixtures/compare-loop-*.json, and what is not that JSON.
#include <gtest/gtest.h>

#include "reader_test_support.hpp"
#include "report/compare_loop_result.hpp"

namespace {

using namespace loopspec::harness;
using test_support::write_temp_file;

const std::string kFixtures = LOOPSPEC_TEST_FIXTURES;

std::string error_of(const std::string& path) {
  return test_support::load_error_of([&path] { read_compare_loop_result(path); });
}

TEST(CompareLoopResult, ReadsTheLoopAndEveryVerdict) {
  CompareLoopResult r = read_compare_loop_result(kFixtures + "/compare-loop-gbulb.json");
  EXPECT_EQ(r.loop.name, "gbulb");
  EXPECT_EQ(r.loop.runtime, "CPython 3.11.2, gbulb 0.6.3");
  EXPECT_EQ(r.loop.clock, "real");
  EXPECT_EQ(r.loop.rule, "order");
  EXPECT_EQ(r.loop.baseline, "CPython 3.11.2's asyncio on the virtual clock");
  EXPECT_EQ(r.loop.expected, "traces/loops/gbulb.txt");
  EXPECT_EQ(r.loop.note, "");
  EXPECT_FALSE(r.loop.failed);
  ASSERT_EQ(r.cells.size(), 6u);
  EXPECT_EQ(r.cells.at("call_soon/args_passed").outcome, Outcome::Pass);
  const PythonLoopCell& xfail = r.cells.at("call_soon/call_at_absolute_deadline");
  EXPECT_EQ(xfail.outcome, Outcome::ExpectedFailure);
  EXPECT_EQ(xfail.status, "order");
  EXPECT_EQ(xfail.cause, "timer-ms");
  EXPECT_EQ(xfail.detail, "first difference at event 3");
  EXPECT_EQ(xfail.first_difference, "event 3:\n  expected: {\"log\": [\"a\"]}\n  actual:   {\"log\": [\"b\"]}");
  EXPECT_EQ(r.cells.at("call_soon/call_at_keeps_int_deadline").outcome, Outcome::Fail);
  EXPECT_EQ(r.cells.at("call_soon/call_at_past_deadline").outcome, Outcome::UnexpectedPass);
  EXPECT_EQ(r.cells.at("call_soon/call_later_deadline_order").outcome, Outcome::Unsupported);
}

TEST(CompareLoopResult, AnUnavailableLoopHasItsReasonAndNoCells) {
  CompareLoopResult r = read_compare_loop_result(kFixtures + "/compare-loop-unavailable.json");
  EXPECT_EQ(r.loop.name, "nest_asyncio");
  EXPECT_EQ(r.loop.expected, "");
  EXPECT_NE(r.loop.note.find("apt-get install python3-nest-asyncio"), std::string::npos);
  EXPECT_FALSE(r.loop.failed);
  EXPECT_TRUE(r.cells.empty());
}

TEST(CompareLoopResult, AnUnknownVerdictNamesTheFileTheMemberAndTheFix) {
  std::string error = error_of(kFixtures + "/compare-loop-bad-verdict.json");
  EXPECT_NE(error.find("compare-loop-bad-verdict.json: scenarios[1].verdict: 'maybe' is not pass, xfail, fail, "
                       "xpass or skipped"),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("traces/loopspec-traces compare-loop --loop NAME --json FILE"), std::string::npos) << error;
}

TEST(CompareLoopResult, WhatIsNotTheContractIsALoadError) {
  const std::pair<const char*, const char*> cases[] = {
      {R"([{"scenario": "a/b", "status": "same"}])", "holds a list, as compare-uvloop wrote"},
      {R"("gbulb")", "holds a string, not an object"},
      {R"({"scenarios": []})", "no \"loop\""},
      {R"({"loop": "", "scenarios": []})", "loop: is empty"},
      {R"({"loop": 3, "scenarios": []})", "loop: is number, not a string"},
      {R"({"loop": "x"})", "scenarios: is missing or not an array"},
      {R"({"loop": "x", "scenarios": [7]})", "scenarios[0]: is number, not an object"},
      {R"({"loop": "x", "scenarios": [{"status": "same", "verdict": "pass"}]})", "scenarios[0]: no \"scenario\""},
      {R"({"loop": "x", "scenarios": [{"scenario": "a/b", "verdict": "pass"}]})", "scenarios[0]: no \"status\""},
      {R"({"loop": "x", "scenarios": [{"scenario": "a/b", "status": "same", "verdict": "pass", "detail": 1}]})",
       "scenarios[0].detail: is number, not a string"},
      {R"({"loop": "x", "scenarios": [{"scenario": "a/b", "status": "same", "verdict": "pass"},
                                      {"scenario": "a/b", "status": "same", "verdict": "pass"}]})",
       "scenarios[1]: 'a/b' is listed twice"},
      {R"({"loop": "x", "scenarios": [)", "loopspec-not-the-contract.json:1:"},
  };
  for (const auto& [text, expected] : cases) {
    std::string error = error_of(write_temp_file("loopspec-not-the-contract.json", text));
    EXPECT_NE(error.find("loopspec-not-the-contract.json:"), std::string::npos) << text << "\n" << error;
    EXPECT_NE(error.find(expected), std::string::npos) << text << "\n" << error;
  }
  EXPECT_NE(error_of(kFixtures + "/no-such-file.json").find("no-such-file.json: cannot open the file"),
            std::string::npos);
}

TEST(CompareLoopResult, AnUnavailableLoopNeedsNoScenarios) {
  CompareLoopResult r = read_compare_loop_result(
      write_temp_file("loopspec-unavailable-loop.json", R"({"loop": "gbulb", "unavailable": "not installed"})"));
  EXPECT_EQ(r.loop.note, "not installed");
}

}  // namespace
