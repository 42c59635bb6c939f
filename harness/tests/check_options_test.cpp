// parse_check_options: the command line of `loopspec check`.
#include <gtest/gtest.h>

#include "cli/check_options.hpp"

namespace {

using namespace loopspec::harness;

CheckOptions parse(std::vector<std::string> args) { return parse_check_options(args); }

std::string usage_error(std::vector<std::string> args) {
  try {
    parse(std::move(args));
  } catch (const UsageError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(CheckOptions, Defaults) {
  CheckOptions o = parse({});
  EXPECT_EQ(o.clock, ClockKind::Virtual);
  EXPECT_EQ(o.timeout, 10.0);
  EXPECT_GE(o.jobs, 1u);
  EXPECT_EQ(o.uvloop, "auto");
  EXPECT_FALSE(o.golden_dir.empty());
}

TEST(CheckOptions, EveryFlag) {
  CheckOptions o = parse({"--impl", "libuv", "--plugin=./p.so", "--area", "gather,tasks", "--features", "sleep",
                          "--clock", "real", "--report", "r.md", "--report", "r.html", "--jobs", "3", "--timeout",
                          "2.5", "--uvloop", "off", "--golden-dir", "/g", "gather/x"});
  EXPECT_EQ(o.impls, std::vector<std::string>{"libuv"});
  EXPECT_EQ(o.plugins, std::vector<std::string>{"./p.so"});
  EXPECT_EQ(o.areas, (std::vector<std::string>{"gather", "tasks"}));
  EXPECT_EQ(o.features, std::vector<std::string>{"sleep"});
  EXPECT_EQ(o.clock, ClockKind::Real);
  EXPECT_EQ(o.reports, (std::vector<std::string>{"r.md", "r.html"}));
  EXPECT_EQ(o.jobs, 3u);
  EXPECT_EQ(o.timeout, 2.5);
  EXPECT_EQ(o.uvloop, "off");
  EXPECT_EQ(o.golden_dir, "/g");
  EXPECT_EQ(o.only, std::vector<std::string>{"gather/x"});
}

TEST(CheckOptions, Errors) {
  EXPECT_EQ(usage_error({"--clock", "wall"}), "--clock is virtual or real, not 'wall'");
  EXPECT_EQ(usage_error({"--jobs", "0"}), "--jobs needs a positive number, not '0'");
  EXPECT_EQ(usage_error({"--timeout"}), "--timeout needs a value");
  EXPECT_NE(usage_error({"--report", "r.txt"}).find(".md, .html or .json"), std::string::npos);
  EXPECT_NE(usage_error({"--frobnicate"}).find("unknown option --frobnicate"), std::string::npos);
  EXPECT_NE(usage_error({"--expected-failures", "x.txt"}).find("applies to one implementation"), std::string::npos);
}

}  // namespace
