// Corpus: the one place that knows where a corpus keeps its files.
#include <gtest/gtest.h>

#include <cstdlib>

#include "corpus/corpus.hpp"
#include "corpus/scenario_file.hpp"

namespace {

using namespace loopspec::harness;

const std::string kGolden = LOOPSPEC_TEST_GOLDEN_DIR;

TEST(Corpus, LayoutAroundTheGoldenDirectory) {
  Corpus c("/x/traces/golden/");
  EXPECT_EQ(c.features_file(), "/x/traces/features.txt");
  EXPECT_EQ(c.scenarios_dir(), "/x/traces/scenarios");
  EXPECT_EQ(Corpus("/x/traces/golden").features_file(), "/x/traces/features.txt");
  EXPECT_EQ(Corpus::id_of("/x/traces/golden/gather/nested.json"), "gather/nested");
  EXPECT_EQ(Corpus::area_of("/x/traces/golden/gather/nested.json"), "gather");
}

TEST(Corpus, ListsTheGoldenFilesSorted) {
  std::vector<std::string> files = Corpus(kGolden).golden_files();
  ASSERT_GT(files.size(), 200u);
  EXPECT_TRUE(std::is_sorted(files.begin(), files.end()));
  EXPECT_TRUE(Corpus("/nonexistent").golden_files().empty());
}

TEST(Corpus, TheDefaultCorpusFollowsTheEnvironment) {
  setenv("LOOPSPEC_GOLDEN_DIR", "/somewhere/golden", 1);
  EXPECT_EQ(Corpus::default_corpus().golden_dir(), "/somewhere/golden");
  unsetenv("LOOPSPEC_GOLDEN_DIR");
  EXPECT_NE(Corpus::default_corpus().golden_dir(), "/somewhere/golden");
}

TEST(ScenarioFile, AGoldenFileCitesItsScenariosPythonSource) {
  // Run errors cite the scenario's Python lines, so they name its .py.
  ScenarioFile f = load_scenario_file(kGolden + "/futures/get_loop.json");
  EXPECT_TRUE(f.program.source_file.ends_with("/scenarios/futures/get_loop.py")) << f.program.source_file;
  EXPECT_FALSE(python_source_lines(f.program).empty());
  ASSERT_NE(f.trace_for(loopspec::PythonVersion::v3_11), nullptr);
  EXPECT_EQ(f.trace_for(loopspec::PythonVersion::v3_11)->back().value("end", ""), "returned");
}

}  // namespace
