// Strict trace comparison and the divergence report.
#include <gtest/gtest.h>

#include "trace/trace_diff.hpp"

namespace {

using namespace loopspec::harness;

std::vector<Json> events(const char* jsonl_array) {
  std::vector<Json> out;
  for (auto& e : Json::parse(jsonl_array)) out.push_back(e);
  return out;
}

TEST(StrictEqual, IntsAndFloatsDiffer) {
  EXPECT_FALSE(strict_equal(Json::parse("1"), Json::parse("1.0")));
  EXPECT_TRUE(Json::parse("1") == Json::parse("1.0"));  // why strict_equal exists
  EXPECT_TRUE(strict_equal(Json::parse("1"), Json::parse("1")));
  EXPECT_TRUE(strict_equal(Json::parse("1"), Json(std::int64_t{1})));  // unsigned vs signed
  EXPECT_TRUE(strict_equal(Json::parse("-3"), Json(-3)));
  EXPECT_FALSE(strict_equal(Json::parse("true"), Json::parse("1")));
  EXPECT_FALSE(strict_equal(Json::parse("[1, [2.0]]"), Json::parse("[1, [2]]")));
  EXPECT_TRUE(strict_equal(Json::parse(R"({"a": 1, "b": 2.5})"), Json::parse(R"({"b": 2.5, "a": 1})")));
  EXPECT_FALSE(strict_equal(Json::parse(R"({"a": 1})"), Json::parse(R"({"a": 1, "b": 1})")));
  EXPECT_FALSE(strict_equal(Json::parse("null"), Json::parse("0")));
}

TEST(TraceDiff, EqualTraces) {
  auto a = events(R"([{"t": 0.0, "line": 3, "log": [1]}, {"end": "returned", "value": null}])");
  TraceDiff d = diff_traces(a, a);
  EXPECT_TRUE(d.equal);
  EXPECT_TRUE(d.report.empty());
}

TEST(TraceDiff, ReportsFirstDivergenceWithContextAndSource) {
  auto golden = events(R"([{"t": 0.0, "line": 2, "log": ["a"]}, {"t": 0.1, "line": 3, "log": [1]},
                           {"end": "returned", "value": null}])");
  auto actual = events(R"([{"t": 0.0, "line": 2, "log": ["a"]}, {"t": 0.1, "line": 3, "log": [1.0]},
                           {"end": "returned", "value": null}])");
  DiffOptions o;
  o.source_lines = {"async def main():", "    log('a')", "    log(x)"};
  TraceDiff d = diff_traces(golden, actual, o);
  ASSERT_FALSE(d.equal);
  EXPECT_EQ(d.index, 1u);
  EXPECT_NE(d.report.find("traces differ at event 1"), std::string::npos) << d.report;
  EXPECT_NE(d.report.find("source line 3: log(x)"), std::string::npos) << d.report;
  EXPECT_NE(d.report.find("> [1] {\"t\":0.1,\"line\":3,\"log\":[1.0]}"), std::string::npos) << d.report;
  EXPECT_NE(d.report.find("  [0] "), std::string::npos) << d.report;
}

TEST(TraceDiff, ShorterTraceDiffersWhereItEnds) {
  auto golden = events(R"([{"t": null, "line": 2, "log": []}, {"end": "blocked"}])");
  auto actual = events(R"([{"t": null, "line": 2, "log": []}])");
  TraceDiff d = diff_traces(golden, actual);
  ASSERT_FALSE(d.equal);
  EXPECT_EQ(d.index, 1u);
  EXPECT_NE(d.report.find("(trace ended)"), std::string::npos) << d.report;
}

}  // namespace
