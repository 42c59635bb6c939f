// check_scenario and apply_expectation: the verdicts the golden tests and
// `loopspec check` share.
#include <gtest/gtest.h>

#include "loopspec/reference_loop.hpp"
#include "run/scenario_check.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;

const std::string kGolden = LOOPSPEC_TEST_GOLDEN_DIR;

Implementation reference() {
  Implementation impl;
  impl.name = "ref";
  impl.factory = loopspec::make_reference_loop;
  return impl;
}

ScenarioFile golden(const std::string& id) { return load_scenario_file(kGolden + "/" + id + ".json"); }

/// check_scenario of a golden as it is on disk.
Verdict check_golden(const std::string& id, const Implementation& impl, ClockKind clock = ClockKind::Virtual) {
  ScenarioFile f = golden(id);
  return check_scenario(f, impl, PythonVersion::v3_11, clock);
}

TEST(ScenarioCheck, ReferencePassesAGolden) {
  Verdict v = check_golden("gather/star_list_argument", reference());
  EXPECT_EQ(v.outcome, Outcome::Pass) << v.detail;
}

TEST(ScenarioCheck, MissingFeatureIsUnsupportedNamingTheTag) {
  Implementation impl = reference();
  impl.features = {"call_soon", "sleep", "time"};
  Verdict v = check_golden("gather/star_list_argument", impl);
  EXPECT_EQ(v.outcome, Outcome::Unsupported);
  EXPECT_EQ(v.reason, "ref does not support feature tag(s): gather");
}

TEST(ScenarioCheck, AVersionNotTargetedOrNotRecordedIsUnsupported) {
  Implementation impl = reference();
  impl.python_versions = {PythonVersion::v3_11};
  ScenarioFile f = golden("gather/star_list_argument");
  Verdict v = check_scenario(f, impl, PythonVersion::v3_13);
  EXPECT_EQ(v.outcome, Outcome::Unsupported);
  EXPECT_EQ(v.reason, "ref does not target CPython 3.13");
  f.traces.erase(PythonVersion::v3_12);
  Verdict none = check_scenario(f, reference(), PythonVersion::v3_12);
  EXPECT_EQ(none.outcome, Outcome::Unsupported);
  EXPECT_EQ(none.reason, "the golden records no trace for CPython 3.12 (the scenario needs python: 3.11)");
}

TEST(ScenarioCheck, AChangedGoldenFailsWithTheDivergence) {
  ScenarioFile f = golden("gather/star_list_argument");
  f.traces.at(PythonVersion::v3_11)[0]["log"][0] = "something else";
  Verdict v = check_scenario(f, reference(), PythonVersion::v3_11);
  ASSERT_EQ(v.outcome, Outcome::Fail);
  EXPECT_NE(first_divergence(v.detail).find("traces differ at event 0"), std::string::npos) << v.detail;
  EXPECT_NE(first_divergence(v.detail).find("golden: "), std::string::npos) << v.detail;
}

TEST(ScenarioCheck, RealClockNeedsAFactoryAndAQualifyingScenario) {
  ScenarioFile spaced = golden("tasks/tasks_start_in_creation_order");
  Verdict none = check_scenario(spaced, reference(), PythonVersion::v3_11, ClockKind::Real);
  EXPECT_EQ(none.outcome, Outcome::Unsupported);
  EXPECT_EQ(none.reason, "ref has no real-clock factory");
  Implementation impl = reference();
  impl.real_clock_factory = loopspec::make_reference_loop;  // a virtual clock passes for a real one here
  Verdict timed = check_golden("gather/star_list_argument", impl, ClockKind::Real);
  EXPECT_EQ(timed.outcome, Outcome::Unsupported);
  EXPECT_NE(timed.reason.find("not checkable on a real clock"), std::string::npos) << timed.reason;
}

/// A "real clock" that is the reference loop's virtual one, stalled for
/// 50 ms (twice the tolerance) at the start of the runs `stalls` picks.
Implementation stalling(int& runs, std::function<bool(int)> stalls) {
  Implementation impl = reference();
  impl.real_clock_factory = [&runs, stalls] {
    EventLoopPtr loop = loopspec::make_reference_loop();
    if (stalls(runs++)) loop->call_soon([l = loop.get()] { l->block_thread(0.05); });
    return loop;
  };
  return impl;
}

TEST(ScenarioCheck, ARealClockRunThatIsOnlyLateRunsOnceMore) {
  int runs = 0;
  Verdict v = check_golden("tasks/tasks_start_in_creation_order", stalling(runs, [](int run) { return run == 0; }),
                           ClockKind::Real);
  EXPECT_EQ(v.outcome, Outcome::Pass) << v.detail;
  EXPECT_EQ(runs, 2);
  EXPECT_NE(v.reason.find("late beyond the tolerance on a first run, on time on a second"), std::string::npos)
      << v.reason;
}

TEST(ScenarioCheck, ARealClockRunLateEveryTimeFails) {
  int runs = 0;
  Verdict v =
      check_golden("tasks/tasks_start_in_creation_order", stalling(runs, [](int) { return true; }), ClockKind::Real);
  EXPECT_EQ(v.outcome, Outcome::Fail);
  EXPECT_EQ(runs, 2);
  EXPECT_NE(first_divergence(v.detail).find("traces differ"), std::string::npos) << v.detail;
}

TEST(ScenarioCheck, ExpectationsTurnFailuresAndPasses) {
  ExpectedFailure e{"a known bug", "list.txt:4"};
  Verdict xfail = apply_expectation(Verdict::fail("diverges"), &e);
  EXPECT_EQ(xfail.outcome, Outcome::ExpectedFailure);
  EXPECT_EQ(xfail.reason, "expected failure: a known bug (list.txt:4)");
  EXPECT_EQ(xfail.detail, "diverges");
  Verdict xpass = apply_expectation({}, &e);
  EXPECT_EQ(xpass.outcome, Outcome::UnexpectedPass);
  EXPECT_NE(xpass.reason.find("list.txt:4 lists it"), std::string::npos);
  EXPECT_NE(xpass.reason.find("take it off the list"), std::string::npos);
  EXPECT_EQ(apply_expectation(Verdict::unsupported("x"), &e).outcome, Outcome::Unsupported);
  EXPECT_EQ(apply_expectation(Verdict::fail("d"), nullptr).outcome, Outcome::Fail);
}

TEST(ScenarioCheck, VerdictsTravelAsJson) {
  Verdict v{Outcome::UnexpectedPass, "detail\nlines", "why", "2 permitted traces (2 runs of the model)", true};
  Verdict back = Verdict::from_json(Json::parse(v.to_json().dump()));
  EXPECT_EQ(back.outcome, v.outcome);
  EXPECT_EQ(back.detail, v.detail);
  EXPECT_EQ(back.reason, v.reason);
  EXPECT_EQ(back.permitted, v.permitted);
  EXPECT_TRUE(back.other_order);
  EXPECT_TRUE(is_unexpected(Outcome::Fail));
  EXPECT_TRUE(is_unexpected(Outcome::UnexpectedPass));
  EXPECT_FALSE(is_unexpected(Outcome::ExpectedFailure));
}

TEST(ScenarioCheck, FirstDivergenceStopsAtTheParagraph) {
  EXPECT_EQ(first_divergence("a.py:3: threw X: y\n\nevents so far:\n  {}\n"), "a.py:3: threw X: y");
  EXPECT_EQ(first_divergence("l1\nl2\nl3\nl4\n"), "l1\nl2\nl3");
}

}  // namespace
