// Reading trace files: JSON Lines and golden files, and what is not a trace.
#include <gtest/gtest.h>

#include <filesystem>

#include "reader_test_support.hpp"
#include "trace/trace_file.hpp"

namespace {

using namespace loopspec::harness;
using test_support::write_temp_file;

std::string error_of(const std::string& path) {
  return test_support::load_error_of([&path] { load_trace_file(path); });
}

TEST(TraceFile, ReadsJsonLinesSkippingTheHeader) {
  std::string path = write_temp_file("loopspec-trace.jsonl",
                           "{\"scenario\": \"a/b\", \"runtime\": \"x\", \"loop\": \"virtual\"}\n"
                           "{\"t\": 0.0, \"line\": 3, \"log\": [1]}\n\n{\"end\": \"returned\", \"value\": null}\n");
  std::vector<Json> events = load_trace_file(path);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].value("end", ""), "returned");
}

TEST(TraceFile, ReadsAGoldenFilesTrace) {
  std::vector<Json> events = load_trace_file(std::string(LOOPSPEC_TEST_GOLDEN_DIR) + "/futures/get_loop.json");
  ASSERT_FALSE(events.empty());
  EXPECT_TRUE(events.back().contains("end"));
}

TEST(TraceFile, AGoldenHoldsOneTracePerVersionAndFormatOneIsStillRead) {
  using loopspec::PythonVersion;
  Json two = Json::parse(R"({"golden": 2, "traces": [
      {"python": ["3.11", "3.12"], "trace": [{"end": "returned", "value": 1}]},
      {"python": ["3.13"], "trace": [{"end": "returned", "value": 2}]}]})");
  VersionedTraces t = golden_traces(two, "g.json");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t.at(PythonVersion::v3_12)[0]["value"], 1);
  EXPECT_EQ(t.at(PythonVersion::v3_13)[0]["value"], 2);
  Json one = Json::parse(R"({"golden": 1, "header": {"runtime": "CPython 3.12.1"}, "trace": [{"end": "returned"}]})");
  VersionedTraces old = golden_traces(one, "old.json");
  ASSERT_EQ(old.size(), 1u);
  EXPECT_TRUE(old.count(PythonVersion::v3_12));
}

TEST(TraceFile, AVersionTheHarnessDoesNotKnowIsALoadErrorNamingIt) {
  Json doc = Json::parse(R"({"golden": 2, "traces": [{"python": ["3.9"], "trace": []}]})");
  std::string msg = test_support::load_error_of([&doc] { golden_traces(doc, "g.json"); });
  EXPECT_NE(msg.find("g.json: \"3.9\" is not a CPython version this harness knows (3.11, 3.12, 3.13) (at /traces/0/python)"),
            std::string::npos)
      << msg;
  std::string path = write_temp_file("loopspec-golden.json", "{\"golden\": 2,\n \"traces\": [{\"python\": [\"3.11\"], \"trace\": [{\"end\": \"returned\"}]}]}\n");
  std::string missing = test_support::load_error_of([&path] { load_trace_file(path, loopspec::PythonVersion::v3_13); });
  EXPECT_NE(missing.find("holds no trace for CPython 3.13 (it has 3.11); pick one with --python"), std::string::npos) << missing;
}

TEST(TraceFile, WhatIsNotATraceIsALoadError) {
  EXPECT_NE(error_of(std::filesystem::temp_directory_path().string()).find("is a directory"), std::string::npos);
  EXPECT_NE(error_of(write_temp_file("loopspec-empty.jsonl", "")).find("holds no trace events"), std::string::npos);
  std::string bad = error_of(write_temp_file("loopspec-bad.jsonl", "{\"end\": \"returned\"}\n{\"t\": oops}\n"));
  EXPECT_NE(bad.find("loopspec-bad.jsonl:2:"), std::string::npos) << bad;
  std::string array = error_of(write_temp_file("loopspec-array.jsonl", "[1]\n"));
  EXPECT_NE(array.find(":1: a trace line must be a JSON object"), std::string::npos) << array;
}

}  // namespace
