// Real-clock qualification and the tolerance on `t`.
#include <gtest/gtest.h>

#include "run/time_tolerance.hpp"

namespace {

using namespace loopspec::harness;
using loopspec::ir::Meta;

Json log_at(double t, Json values = Json::array({"x"})) { return Json{{"t", t}, {"line", 3}, {"log", values}}; }
Json end() { return Json{{"end", "returned"}, {"value", nullptr}}; }

TEST(TimeTolerance, SpacedEventsQualify) {
  EXPECT_EQ(time_tolerance::real_clock_disqualifier(Meta{}, {log_at(0.0), log_at(0.1), log_at(0.3), end()}), "");
}

TEST(TimeTolerance, ReasonsToLeaveAScenarioOut) {
  Meta ordered;
  ordered.order = {"timer-ties"};
  EXPECT_NE(time_tolerance::real_clock_disqualifier(ordered, {end()}).find("undefined order"), std::string::npos);
  Meta timed;
  timed.features = {"call_later", "time"};
  EXPECT_NE(time_tolerance::real_clock_disqualifier(timed, {end()}).find("`time`"), std::string::npos);
  EXPECT_NE(time_tolerance::real_clock_disqualifier(Meta{}, {Json{{"end", "blocked"}}}).find("blocked"), std::string::npos);
  EXPECT_NE(time_tolerance::real_clock_disqualifier(Meta{}, {log_at(0.1, Json::array({"at", 0.1})), end()}).find("float"),
            std::string::npos);
  EXPECT_NE(time_tolerance::real_clock_disqualifier(Meta{}, {log_at(0.1), log_at(0.12), end()}).find("closer than"),
            std::string::npos);
  EXPECT_NE(time_tolerance::real_clock_disqualifier(Meta{}, {log_at(0.01), end()}).find("closer than"), std::string::npos);
  EXPECT_NE(time_tolerance::real_clock_disqualifier(Meta{}, {log_at(6.0), end()}).find("lasts 6 s"), std::string::npos);
}

TEST(TimeTolerance, TimesWithinToleranceTakeTheGoldenValue) {
  std::vector<Json> golden{log_at(0.1), log_at(0.2), log_at(0.3), Json{{"t", nullptr}, {"line", 9}, {"log", {1}}}};
  std::vector<Json> actual{log_at(0.1 + 0.02), log_at(0.2 - 0.001), log_at(0.3 + 0.04),
                           Json{{"t", nullptr}, {"line", 9}, {"log", {1}}}};
  std::vector<Json> aligned = time_tolerance::align_times(golden, actual);
  EXPECT_EQ(aligned[0]["t"], 0.1);
  EXPECT_EQ(aligned[1]["t"], 0.2);
  EXPECT_EQ(aligned[2]["t"], 0.3 + 0.04);  // too late: left for the diff to report
  EXPECT_TRUE(aligned[3]["t"].is_null());
}

TEST(TimeTolerance, EarlyEventsBeyondTheGranularityStayDifferent) {
  std::vector<Json> aligned = time_tolerance::align_times({log_at(0.1)}, {log_at(0.09)});
  EXPECT_EQ(aligned[0]["t"], 0.09);
}

// What earns a real-clock run its second try: the golden's events, some late.
TEST(TimeTolerance, OnlyLateIsTheGoldenButForLateTimes) {
  const std::vector<Json> golden = {log_at(0.1), log_at(0.2), end()};
  EXPECT_TRUE(time_tolerance::only_late(golden, {log_at(0.155), log_at(0.2), end()}));
  EXPECT_TRUE(time_tolerance::only_late(golden, {log_at(0.1), log_at(1.0), end()}));
  EXPECT_FALSE(time_tolerance::only_late(golden, {log_at(0.09), log_at(0.2), end()}));  // early: not a stall
  EXPECT_FALSE(time_tolerance::only_late(golden, {log_at(0.155, Json::array({"y"})), log_at(0.2), end()}));
  EXPECT_FALSE(time_tolerance::only_late(golden, {log_at(0.2), log_at(0.1), end()}));  // the second comes early
  EXPECT_FALSE(time_tolerance::only_late(golden, {log_at(0.155), end()}));
  EXPECT_FALSE(time_tolerance::only_late(golden, {log_at(0.1), log_at(0.2), Json{{"end", "blocked"}}}));
}

}  // namespace
