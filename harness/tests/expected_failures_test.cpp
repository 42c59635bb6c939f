// ExpectedFailures: the list's grammar and its errors (file:line).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "corpus/expected_failures.hpp"
#include "common/errors.hpp"

namespace {

using namespace loopspec::harness;

const std::set<std::string> kIds{"gather/a", "gather/b", "tasks/c"};

std::string write_list(const std::string& text) {
  std::string path = ::testing::TempDir() + "expected-failures-" +
                     ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".txt";
  std::ofstream(path) << text;
  return path;
}

std::string error_of(const std::string& text) {
  std::string path = write_list(text);
  try {
    ExpectedFailures::load(path, kIds);
  } catch (const LoadError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(ExpectedFailures, ReadsIdsAndReasons) {
  std::string path = write_list("# comment\n\ngather/a   waits on the wrong timer  \n  tasks/c\tnames differ\n");
  ExpectedFailures list = ExpectedFailures::load(path, kIds);
  ASSERT_EQ(list.size(), 2u);
  ASSERT_NE(list.find("gather/a"), nullptr);
  EXPECT_EQ(list.find("gather/a")->reason, "waits on the wrong timer");
  EXPECT_EQ(list.find("gather/a")->where, path + ":3");
  EXPECT_EQ(list.find("tasks/c")->reason, "names differ");
  EXPECT_EQ(list.find("gather/b"), nullptr);
}

TEST(ExpectedFailures, NoFileNoList) { EXPECT_EQ(ExpectedFailures::load("", kIds).size(), 0u); }

TEST(ExpectedFailures, MissingReasonNamesFileAndLine) {
  std::string m = error_of("gather/a  fine\ngather/b\n");
  EXPECT_NE(m.find(".txt:2: 'gather/b' has no reason"), std::string::npos) << m;
}

TEST(ExpectedFailures, UnknownIdNamesFileAndLine) {
  std::string m = error_of("# one\ngather/zzz  renamed\n");
  EXPECT_NE(m.find(".txt:2: unknown scenario id 'gather/zzz'"), std::string::npos) << m;
}

// A smaller corpus (a fixture) lacks whole areas of the list: those ids are
// not its to judge, and they match nothing.
TEST(ExpectedFailures, IdsOfAnAreaTheCorpusLacksAreLeftAlone) {
  ExpectedFailures list = ExpectedFailures::load(write_list("subprocess/x  later\ngather/a  fine\n"), kIds);
  EXPECT_EQ(list.size(), 2u);
  EXPECT_EQ(list.find("gather/a")->reason, "fine");
}

TEST(ExpectedFailures, DuplicateIsAnError) {
  std::string m = error_of("gather/a  one\ngather/a  two\n");
  EXPECT_NE(m.find(".txt:2: 'gather/a' is already listed at"), std::string::npos) << m;
  EXPECT_NE(m.find(".txt:1"), std::string::npos) << m;
}

TEST(ExpectedFailures, UnreadableFileIsAnError) {
  EXPECT_THROW(ExpectedFailures::load("/nonexistent/expected-failures.txt", kIds), LoadError);
}

}  // namespace
