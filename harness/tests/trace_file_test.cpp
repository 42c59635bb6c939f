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

TEST(TraceFile, WhatIsNotATraceIsALoadError) {
  EXPECT_NE(error_of(std::filesystem::temp_directory_path().string()).find("is a directory"), std::string::npos);
  EXPECT_NE(error_of(write_temp_file("loopspec-empty.jsonl", "")).find("holds no trace events"), std::string::npos);
  std::string bad = error_of(write_temp_file("loopspec-bad.jsonl", "{\"end\": \"returned\"}\n{\"t\": oops}\n"));
  EXPECT_NE(bad.find("loopspec-bad.jsonl:2:"), std::string::npos) << bad;
  std::string array = error_of(write_temp_file("loopspec-array.jsonl", "[1]\n"));
  EXPECT_NE(array.find(":1: a trace line must be a JSON object"), std::string::npos) << array;
}

}  // namespace
