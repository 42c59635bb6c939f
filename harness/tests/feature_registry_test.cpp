// FeatureRegistry: the registry file as the one list of tags.
#include <gtest/gtest.h>

#include "corpus/feature_registry.hpp"
#include "ir/ir_loader.hpp"

namespace {

using namespace loopspec::harness;

FeatureRegistry registry() { return FeatureRegistry::load(feature_registry_path(LOOPSPEC_TEST_GOLDEN_DIR)); }

TEST(FeatureRegistry, ReadsTheCorpusRegistry) {
  FeatureRegistry r = registry();
  EXPECT_TRUE(r.contains("call_soon"));
  EXPECT_TRUE(r.contains("keyboard_interrupt"));
  EXPECT_FALSE(r.contains("#"));
  EXPECT_FALSE(r.contains("The"));  // a comment's words are not tags
}

TEST(FeatureRegistry, RegistryPathIgnoresTrailingSlash) {
  EXPECT_EQ(feature_registry_path("/x/traces/golden/"), "/x/traces/features.txt");
  EXPECT_EQ(feature_registry_path("/x/traces/golden"), "/x/traces/features.txt");
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
