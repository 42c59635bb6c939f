// Trace value encoding (docs/scenario-language.md#trace-values): ints vs floats, sets, exceptions.
#include <gtest/gtest.h>

#include "common/errors.hpp"
#include "loopspec/exceptions.hpp"
#include "trace/value_encoding.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;

TEST(ValueEncoding, IntsStayIntsAndFloatsStayFloats) {
  EXPECT_EQ(encode_value(Value(1)).dump(), "1");
  EXPECT_TRUE(encode_value(Value(1)).is_number_integer());
  EXPECT_EQ(encode_value(Value(1.0)).dump(), "1.0");
  EXPECT_TRUE(encode_value(Value(1.0)).is_number_float());
  EXPECT_EQ(encode_value(Value(true)).dump(), "true");
  EXPECT_EQ(encode_value(Value(None)).dump(), "null");
  EXPECT_EQ(canonical_json(encode_value(Value(0.1))), "0.1");
  EXPECT_EQ(canonical_json(encode_value(Value(1e16))), "1e+16");
  EXPECT_EQ(canonical_json(encode_value(Value(1e-05))), "1e-05");
  EXPECT_EQ(canonical_json(encode_value(Value(1234567890123456.0))), "1234567890123456.0");
  EXPECT_EQ(canonical_json(encode_value(Value(-0.0))), "-0.0");
}

TEST(ValueEncoding, ContainersAreTagged) {
  auto list = std::make_shared<List>(std::vector<Value>{Value(1), Value("a")});
  auto tuple = std::make_shared<Tuple>(std::vector<Value>{Value(list), Value(2.5)});
  auto dict = std::make_shared<Dict>();
  dict->set(Value("k"), Value(tuple));
  dict->set(Value(3), Value(None));
  EXPECT_EQ(encode_value(Value(dict)).dump(), R"({"dict":[["k",{"tuple":[[1,"a"],2.5]}],[3,null]]})");
}

TEST(ValueEncoding, SetsAreSortedByCanonicalText) {
  auto set = std::make_shared<Set>();
  for (Value v : {Value(9), Value("b"), Value(10), Value("a"), Value(1.5)}) set->add(v);
  // "\"a\"" < "\"b\"" < "1.5" < "10" < "9": text order, not numeric order.
  EXPECT_EQ(encode_value(Value(set)).dump(), R"({"set":["a","b",1.5,10,9]})");
}

TEST(ValueEncoding, ExceptionsAndGroups) {
  ExceptionPtr e = new_exception(exc::ValueError, {Value("boom"), Value(2)});
  EXPECT_EQ(encode_value(Value(e)).dump(), R"({"exc":"ValueError","args":["boom",2]})");
  EXPECT_EQ(encode_value(Value(new_exception(exc::CancelledError))).dump(), R"({"exc":"CancelledError","args":[]})");
  ExceptionPtr g = new_exception_group("two", {e, new_exception(exc::KeyError, {Value("k")})});
  Json j = encode_value(Value(g));
  EXPECT_EQ(j["exc"], "ExceptionGroup");
  EXPECT_EQ(j["args"][0], "two");
  ASSERT_EQ(j["exceptions"].size(), 2u);
  EXPECT_EQ(j["exceptions"][1].dump(), R"({"exc":"KeyError","args":["k"]})");
}

TEST(ValueEncoding, UnloggableValuesAreScenarioErrors) {
  class Opaque : public Object {
    std::string type_name() const override { return "Opaque"; }
  };
  EXPECT_THROW(encode_value(Value(std::make_shared<Opaque>())), ScenarioError);
  EXPECT_THROW(encode_value(Value(1.0 / 0.0)), ScenarioError);
  auto self_ref = std::make_shared<List>();
  self_ref->items.push_back(Value(self_ref));
  EXPECT_THROW(encode_value(Value(self_ref)), ScenarioError);
  self_ref->items.clear();  // break the cycle
}

TEST(CanonicalJson, MatchesPythonJsonDumps) {
  Json j = Json::parse(R"({"b": [1, 2.0, "x"], "a": {"d": null, "c": true}})");
  EXPECT_EQ(canonical_json(j), R"({"a":{"c":true,"d":null},"b":[1,2.0,"x"]})");
  EXPECT_EQ(canonical_json(Json("caf\xc3\xa9 \"q\" \n\x7f")), R"("caf\u00e9 \"q\" \n\u007f")");
  EXPECT_EQ(canonical_json(Json("\xf0\x9f\x98\x80")), R"("\ud83d\ude00")");
}

}  // namespace
