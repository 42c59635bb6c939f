// The JSON reader: positions in every error, a depth cap before anything
// recurses, and documents read as written.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "common/errors.hpp"
#include "common/json_reader.hpp"

namespace {

using namespace loopspec::harness;

std::string error_of(const std::string& text, std::size_t first_line = 1) {
  try {
    parse_json(text, "f.json", first_line);
  } catch (const LoadError& e) {
    return e.what();
  }
  return "";
}

TEST(JsonReader, SyntaxErrorsNameLineAndColumn) {
  std::string e = error_of("{\n  \"ir\": 2,\n  oops\n}");
  EXPECT_EQ(e.rfind("f.json:3:3: not valid JSON: ", 0), 0u) << e;
  // A line of a JSON Lines file counts from that line.
  EXPECT_EQ(error_of("{\"t\": }", 7).rfind("f.json:7:7:", 0), 0u) << error_of("{\"t\": }", 7);
}

TEST(JsonReader, DeepNestingIsRefusedWithItsPosition) {
  // 100,000 levels would exhaust the stack of anything that recursed.
  for (const char* open : {"[", "{\"a\":"}) {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += open;
    std::string e = error_of(text);
    EXPECT_NE(e.find("nested deeper than 1000"), std::string::npos) << e;
    EXPECT_EQ(e.rfind("f.json:1:", 0), 0u) << e;
  }
  std::string deepest(kMaxJsonDepth, '[');
  deepest += std::string(kMaxJsonDepth, ']');
  EXPECT_EQ(error_of(deepest), "");
  // Brackets inside strings are text.
  EXPECT_EQ(error_of("\"" + std::string(5000, '[') + "\""), "");
}

TEST(JsonReader, NumberOverflowIsALoadErrorWithItsPosition) {
  std::string e = error_of("{\"value\":\n 1e400}");
  EXPECT_EQ(e.rfind("f.json:2:", 0), 0u) << e;
  EXPECT_NE(e.find("1e400"), std::string::npos) << e;
}

TEST(JsonReader, KeepsMemberOrderAndTheLastOfARepeatedKey) {
  Json j = parse_json(R"({"t": 1, "line": 2, "log": [3], "line": 4})", "f.json");
  EXPECT_EQ(j.dump(), R"({"t":1,"line":4,"log":[3]})");
  EXPECT_TRUE(parse_json("1.0", "f.json").is_number_float());
  EXPECT_TRUE(parse_json("1", "f.json").is_number_integer());
}

TEST(JsonReader, FilesThatCannotBeReadAreLoadErrors) {
  EXPECT_THROW(read_text_file("/nonexistent/loopspec.json"), LoadError);
  try {
    read_text_file(std::filesystem::temp_directory_path().string());
    FAIL() << "a directory was read";
  } catch (const LoadError& e) {
    EXPECT_NE(std::string(e.what()).find("is a directory"), std::string::npos) << e.what();
  }
}

}  // namespace
