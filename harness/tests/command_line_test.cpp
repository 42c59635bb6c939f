// parse_command_line: every subcommand of `loopspec` and its options.
#include <gtest/gtest.h>

#include "cli/command_line.hpp"

namespace {

using namespace loopspec::harness;

CheckOptions check(std::vector<std::string> args) {
  args.insert(args.begin(), "check");
  return parse_command_line(args).check;
}

std::string usage_error(std::vector<std::string> args) {
  try {
    parse_command_line(args);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(CommandLine, CheckDefaults) {
  CheckOptions o = check({});
  EXPECT_EQ(o.clock, ClockKind::Virtual);
  EXPECT_EQ(o.timeout, 10.0);
  EXPECT_GE(o.jobs, 1u);
  EXPECT_TRUE(o.python_loops.empty());
  EXPECT_FALSE(o.golden_dir.empty());
}

TEST(CommandLine, EveryCheckFlag) {
  CheckOptions o = check({"--impl",     "libuv",    "--plugin=./p.so", "--area", "gather,tasks",
                          "--features", "sleep",    "--clock",         "real",   "--report",
                          "r.md",       "--report", "r.html",          "--jobs", "3",
                          "--timeout",  "2.5",      "--python-loop",   "uvloop", "--golden-dir",
                          "/g",         "gather/x"});
  EXPECT_EQ(o.impls, std::vector<std::string>{"libuv"});
  EXPECT_EQ(o.plugins, std::vector<std::string>{"./p.so"});
  EXPECT_EQ(o.areas, (std::vector<std::string>{"gather", "tasks"}));
  EXPECT_EQ(o.features, std::vector<std::string>{"sleep"});
  EXPECT_EQ(o.clock, ClockKind::Real);
  EXPECT_EQ(o.reports, (std::vector<std::string>{"r.md", "r.html"}));
  EXPECT_EQ(o.jobs, 3u);
  EXPECT_EQ(o.timeout, 2.5);
  EXPECT_EQ(o.python_loops, std::vector<std::string>{"uvloop"});
  EXPECT_EQ(o.golden_dir, "/g");
  EXPECT_EQ(o.only, std::vector<std::string>{"gather/x"});
}

TEST(CommandLine, ARepeatableOptionTakesOneValueEachTime) {
  CheckOptions o = check({"--plugin", "p.so", "gather", "--impl", "a", "--impl", "b", "tasks"});
  EXPECT_EQ(o.plugins, std::vector<std::string>{"p.so"});
  EXPECT_EQ(o.impls, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(o.only, (std::vector<std::string>{"gather", "tasks"}));
}

TEST(CommandLine, PythonLoopsAreKnownNamesFactoriesOrEarlierResults) {
  CheckOptions o = check({"--python-loop", "asyncio", "--python-loop", "asyncio-pure", "--python-loop", "gbulb",
                          "--python-loop", "nest_asyncio", "--python-loop", "my_pkg.loops:new_event_loop",
                          "--python-loop", "old/uvloop.json", "tasks"});
  EXPECT_EQ(o.python_loops, (std::vector<std::string>{"asyncio", "asyncio-pure", "gbulb", "nest_asyncio",
                                                      "my_pkg.loops:new_event_loop", "old/uvloop.json"}));
  EXPECT_EQ(o.only, std::vector<std::string>{"tasks"});
}

TEST(CommandLine, AnUnknownPythonLoopSaysWhatIsAccepted) {
  for (const char* bad : {"twisted", "uvloop.txt", "mod:", ":factory", "a b:c", "mod:fac tory", ""}) {
    std::string error = usage_error({"check", "--python-loop", bad});
    EXPECT_NE(error.find("--python-loop"), std::string::npos) << bad << ": " << error;
    EXPECT_NE(error.find("give a known loop (asyncio, asyncio-pure, uvloop, gbulb, nest_asyncio), MODULE:FACTORY"),
              std::string::npos)
        << bad << ": " << error;
  }
  EXPECT_NE(usage_error({"check", "--uvloop", "off"}).find("--uvloop"), std::string::npos);
}

TEST(CommandLine, CheckErrorsSayWhatIsWrong) {
  EXPECT_NE(usage_error({"check", "--clock", "wall"}).find("--clock"), std::string::npos);
  EXPECT_NE(usage_error({"check", "--jobs", "0"}).find("--jobs"), std::string::npos);
  EXPECT_NE(usage_error({"check", "--timeout"}).find("--timeout"), std::string::npos);
  EXPECT_NE(usage_error({"check", "--timeout", "-1"}).find("--timeout"), std::string::npos);
  EXPECT_NE(usage_error({"check", "--report", "r.txt"}).find(".md, .html or .json"), std::string::npos);
  EXPECT_NE(usage_error({"check", "--frobnicate"}).find("--frobnicate"), std::string::npos);
  EXPECT_NE(usage_error({"check", "--expected-failures", "x.txt"}).find("applies to one implementation"),
            std::string::npos);
}

TEST(CommandLine, Run) {
  CommandLine cl = parse_command_line({"run", "g.json", "--impl", "libuv", "--max-steps", "5"});
  EXPECT_EQ(cl.command, Command::Run);
  EXPECT_EQ(cl.run.file, "g.json");
  EXPECT_EQ(cl.run.impl, "libuv");
  EXPECT_EQ(cl.run.max_steps, 5u);
  EXPECT_EQ(parse_command_line({"run", "g.json"}).run.max_steps, 20'000'000u);
}

TEST(CommandLine, NoStepLimitCannotBeAskedForByAccident) {
  // stoull("-1") wrapped to 2^64 - 1: no limit at all.
  EXPECT_NE(usage_error({"run", "g.json", "--max-steps", "-1"}).find("--max-steps"), std::string::npos);
  EXPECT_NE(usage_error({"run", "g.json", "--max-steps", "0"}).find("--max-steps"), std::string::npos);
  EXPECT_NE(usage_error({"run", "g.json", "--max-steps", "many"}).find("--max-steps"), std::string::npos);
}

TEST(CommandLine, DiffAndListImpls) {
  CommandLine d = parse_command_line({"diff", "a.jsonl", "b.jsonl"});
  EXPECT_EQ(d.command, Command::Diff);
  EXPECT_EQ(d.diff.expected, "a.jsonl");
  EXPECT_EQ(d.diff.actual, "b.jsonl");
  EXPECT_NE(usage_error({"diff", "a.jsonl"}).find("actual"), std::string::npos) << usage_error({"diff", "a.jsonl"});
  EXPECT_EQ(parse_command_line({"list-impls"}).command, Command::ListImpls);
  EXPECT_NE(usage_error({}), "(accepted)");
  EXPECT_NE(usage_error({"frobnicate"}), "(accepted)");
}

TEST(CommandLine, HelpIsMadeFromTheDefinitions) {
  try {
    parse_command_line({"check", "--help"});
    FAIL() << "no help";
  } catch (const HelpRequested& help) {
    std::string text = help.what();
    EXPECT_NE(text.find("--expected-failures"), std::string::npos) << text;
    EXPECT_NE(text.find("--golden-dir"), std::string::npos) << text;
  }
}

}  // namespace
