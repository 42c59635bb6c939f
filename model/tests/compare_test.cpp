// Python's ordering of model values.
#include <gtest/gtest.h>

#include <cmath>

#include "loopspec/compare.hpp"
#include "loopspec/exceptions.hpp"

namespace loopspec {
namespace {

Value tup(std::vector<Value> items) { return std::make_shared<Tuple>(std::move(items)); }
Value lst(std::vector<Value> items) { return std::make_shared<List>(std::move(items)); }

std::string error_of(const Value& a, const Value& b) {
  try {
    less_than(a, b);
  } catch (const PyError& e) {
    return e.what();
  }
  return "no error";
}

TEST(CompareTest, NumbersCompareAcrossKinds) {
  EXPECT_TRUE(less_than(1, 1.5));
  EXPECT_FALSE(less_than(2.0, 2));
  EXPECT_TRUE(less_than(false, 1));
  // 2**53 + 1 is not a double: the comparison must stay exact.
  EXPECT_TRUE(less_than(9007199254740992.0, std::int64_t{9007199254740993}));
}

TEST(CompareTest, StringsByCodePoint) {
  EXPECT_TRUE(less_than("Z", "a"));
  EXPECT_TRUE(less_than("ab", "abc"));
  EXPECT_TRUE(less_than("z", "\xc3\xa9"));  // 'z' < 'é'
}

TEST(CompareTest, SequencesLexicographically) {
  EXPECT_TRUE(less_than(tup({1, "b"}), tup({2, "a"})));
  EXPECT_TRUE(less_than(tup({1, "a"}), tup({1, "b"})));
  EXPECT_TRUE(less_than(tup({1}), tup({1, 0})));
  // Equal items (1 == 1.0) are skipped; the next pair decides.
  EXPECT_TRUE(less_than(tup({1, 2}), tup({1.0, 3})));
  EXPECT_TRUE(less_than(lst({1, 2}), lst({1, 3})));
  // Only the deciding pair is compared with `<`: never the strs here.
  EXPECT_TRUE(less_than(tup({1, "x"}), tup({2, 5})));
}

TEST(CompareTest, IncomparableRaisesTypeError) {
  EXPECT_EQ(error_of(tup({1, "a"}), tup({1, 2})), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(error_of(None, None), "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
  EXPECT_EQ(error_of(tup({1}), lst({1})), "TypeError: '<' not supported between instances of 'tuple' and 'list'");
}

TEST(CompareTest, EveryOrderingOperatorSharesTheRules) {
  EXPECT_EQ(python_order(1, 1.0, "<="), Ordering::Equal);
  EXPECT_EQ(python_order(tup({1, 2}), tup({1}), ">="), Ordering::Greater);
  EXPECT_EQ(python_order(std::nan(""), 1, "<"), Ordering::Unordered);
  // The operator named in the error is the one the program wrote.
  try {
    python_order(tup({1, "a"}), tup({1, 2}), ">=");
    FAIL() << "no TypeError";
  } catch (const PyError& e) {
    EXPECT_EQ(std::string(e.what()).find("'>=' not supported between instances of 'str' and 'int'") != std::string::npos,
              true)
        << e.what();
  }
}

}  // namespace
}  // namespace loopspec
