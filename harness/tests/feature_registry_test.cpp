// FeatureRegistry: the registry file as the one list of tags.
#include <gtest/gtest.h>

#include "common/errors.hpp"
#include "corpus/corpus.hpp"
#include "corpus/feature_registry.hpp"

namespace {

using namespace loopspec::harness;

FeatureRegistry registry() { return FeatureRegistry::load(Corpus(LOOPSPEC_TEST_GOLDEN_DIR).features_file()); }

TEST(FeatureRegistry, ReadsTheCorpusRegistry) {
  FeatureRegistry r = registry();
  EXPECT_TRUE(r.contains("call_soon"));
  EXPECT_TRUE(r.contains("keyboard_interrupt"));
  EXPECT_FALSE(r.contains("#"));
  EXPECT_FALSE(r.contains("The"));  // a comment's words are not tags
}

TEST(FeatureRegistry, UnknownTagIsAnErrorNamingIt) {
  FeatureRegistry r = registry();
  EXPECT_NO_THROW(r.validate({"*", "gather", "queue"}, "implementation 'x'"));
  try {
    r.validate({"gather", "gathr"}, "implementation 'x'");
    FAIL() << "no error";
  } catch (const LoadError& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("implementation 'x' declares unknown feature tag 'gathr'"), std::string::npos) << m;
    EXPECT_NE(m.find("features.txt"), std::string::npos) << m;
  }
}

TEST(FeatureRegistry, SplitsCommasAndBlanks) {
  EXPECT_EQ(split_feature_list("a, b  c,d"), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_TRUE(split_feature_list(" , ").empty());
}

}  // namespace
