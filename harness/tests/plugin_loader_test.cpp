// load_plugin on fixture libraries (plugins/fixture_plugin.cpp): every way
// of not being a plugin is an error naming the file and the fix.
#include <gtest/gtest.h>

#include <stdexcept>

#include "common/errors.hpp"
#include "corpus/corpus.hpp"
#include "run/plugin_loader.hpp"
#include "loopspec/reference_loop.hpp"

namespace {

using namespace loopspec::harness;

FeatureRegistry registry() { return FeatureRegistry::load(Corpus(LOOPSPEC_TEST_GOLDEN_DIR).features_file()); }

std::string error_loading(const std::string& path) {
  try {
    load_plugin(path, registry());
  } catch (const LoadError& e) {
    return e.what();
  }
  return "(loaded)";
}

void expect_contains(const std::string& text, const std::string& part) {
  EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part << "\nin: " << text;
}

TEST(PluginLoader, LoadsAPlugin) {
  Implementation impl = load_plugin(FIXTURE_GOOD_PATH, registry());
  EXPECT_EQ(impl.name, "fixture-good");
  EXPECT_EQ(impl.features, (std::vector<std::string>{"call_soon", "futures", "tasks"}));
  EXPECT_TRUE(impl.factory);
  EXPECT_TRUE(impl.real_clock_factory);
  expect_contains(impl.origin, "plugin /");
}

TEST(PluginLoader, AModuleOverrideLeftOutIsTheModels) {
  Implementation impl = load_plugin(FIXTURE_GOOD_PATH, registry());
  EXPECT_FALSE(impl.overrides.gather);
  EXPECT_FALSE(impl.overrides.cancel_all_tasks);
}

TEST(PluginLoader, CarriesThePluginsModuleOverrides) {
  Implementation impl = load_plugin(FIXTURE_OVERRIDES_PATH, registry());
  ASSERT_TRUE(impl.overrides.gather);
  ASSERT_TRUE(impl.overrides.cancel_all_tasks);
  try {
    impl.overrides.gather({}, false);
    ADD_FAILURE() << "the plugin's gather was not called";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "fixture-overrides gather");
  }
  loopspec::EventLoopPtr loop = loopspec::make_reference_loop();
  try {
    impl.overrides.cancel_all_tasks(*loop);
    ADD_FAILURE() << "the plugin's cancel_all_tasks was not called";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "fixture-overrides cancel_all_tasks");
  }
}

TEST(PluginLoader, WrongAbiVersion) {
  std::string m = error_loading(FIXTURE_WRONG_ABI_PATH);
  expect_contains(m, FIXTURE_WRONG_ABI_PATH);
  expect_contains(m, "plugin ABI version 0, but this loopspec loads version 5");
  expect_contains(m, "rebuild the plugin against this loopspec's headers");
}

TEST(PluginLoader, MissingEntrySymbol) {
  std::string m = error_loading(FIXTURE_NO_ENTRY_PATH);
  expect_contains(m, "not a loopspec plugin: it exports no loopspec_plugin_entry symbol");
  expect_contains(m, "LOOPSPEC_PLUGIN(name, features, factory)");
}

TEST(PluginLoader, UnknownFeatureTag) {
  std::string m = error_loading(FIXTURE_UNKNOWN_FEATURE_PATH);
  expect_contains(m, "plugin 'fixture-unknown-feature' declares unknown feature tag 'telepathy'");
}

TEST(PluginLoader, BadName) {
  expect_contains(error_loading(FIXTURE_BAD_NAME_PATH), "name must be letters, digits, '_' and '-', not 'fixture bad name'");
}

TEST(PluginLoader, NotAFileOrNotALibrary) {
  expect_contains(error_loading("/nonexistent/libx.so"), "/nonexistent/libx.so: no such plugin file");
  std::string text_file = std::string(LOOPSPEC_TEST_GOLDEN_DIR) + "/../features.txt";
  expect_contains(error_loading(text_file), "cannot load the plugin");
}

}  // namespace
