// The pieces of the builtins that can be checked alone: slice bounds, round's
// ties, the codecs' error positions, sorted's comparisons, and which names a
// CPython version has.
#include <gtest/gtest.h>

#include <cmath>

#include "common/errors.hpp"
#include "interp/bindings.hpp"
#include "interp/codecs.hpp"
#include "interp/rounding.hpp"
#include "interp/slices.hpp"
#include "loopspec/exceptions.hpp"
#include "loopspec/runtime.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;

SliceRange range_of(Value lower, Value upper, Value step, std::int64_t size) {
  return slice_range(SliceObject(std::move(lower), std::move(upper), std::move(step)), size);
}

std::vector<std::int64_t> picked(const SliceRange& r) {
  std::vector<std::int64_t> out;
  for (std::int64_t i = 0; i < r.length; ++i) out.push_back(r.at(i));
  return out;
}

// Names 3.13 added exist only in runs of 3.13 (docs/versions.md#added-names),
// and are never folded into a program, which runs under every version.
TEST(AddedNames, QueueShutdownExistsFrom313Only) {
  ensure_bindings();
  const int shutdown = intern("shutdown");
  for (PythonVersion v : kPythonVersions) {
    RuntimeScope scope(v);
    const bool added = v >= PythonVersion::v3_13;
    EXPECT_EQ(module_attr("asyncio", "QueueShutDown") != nullptr, added) << to_string(v);
    EXPECT_EQ(type_info("Queue").find(shutdown) != nullptr, added) << to_string(v);
    EXPECT_EQ(type_info("PriorityQueue").find(shutdown) != nullptr, added) << to_string(v);
    EXPECT_NE(module_attr("asyncio", "QueueFull"), nullptr) << to_string(v);
  }
  EXPECT_EQ(asyncio_attr("QueueShutDown"), nullptr);
  EXPECT_NE(asyncio_attr("QueueFull"), nullptr);
}

// as_completed()'s result iterates in every version; `async for` takes it
// from 3.13 only (before, it is a generator without __aiter__).
TEST(AddedNames, AsCompletedIsAsyncIterableFrom313Only) {
  ensure_bindings();
  const TypeInfo& t = type_info("_AsCompletedIterator");
  for (PythonVersion v : kPythonVersions) {
    RuntimeScope scope(v);
    const bool added = v >= PythonVersion::v3_13;
    EXPECT_NE(t.find(intern("__next__")), nullptr) << to_string(v);
    EXPECT_EQ(t.find(intern("__aiter__")) != nullptr, added) << to_string(v);
    EXPECT_EQ(t.find(intern("__anext__")) != nullptr, added) << to_string(v);
  }
}

TEST(Slices, BoundsCountFromTheEndAndAreClipped) {
  using V = std::vector<std::int64_t>;
  EXPECT_EQ(picked(range_of(1, 4, None, 6)), (V{1, 2, 3}));
  EXPECT_EQ(picked(range_of(-2, None, None, 6)), (V{4, 5}));
  EXPECT_EQ(picked(range_of(-100, 100, None, 3)), (V{0, 1, 2}));
  EXPECT_EQ(picked(range_of(None, None, -1, 4)), (V{3, 2, 1, 0}));
  EXPECT_EQ(picked(range_of(4, 1, -1, 6)), (V{4, 3, 2}));
  EXPECT_EQ(picked(range_of(-1, -100, -2, 6)), (V{5, 3, 1}));
  EXPECT_EQ(picked(range_of(5, 2, None, 6)), V{});
  EXPECT_EQ(picked(range_of(true, None, 2, 5)), (V{1, 3}));
  // The most negative step still walks (CPython keeps -step representable).
  EXPECT_EQ(picked(range_of(None, None, std::numeric_limits<std::int64_t>::min(), 3)), (V{2}));
}

std::string raised(const std::function<void()>& f) {
  try {
    f();
  } catch (const PyError& e) {
    return std::string(e.exception()->type->name()) + ": " + e.exception()->message();
  }
  return "(nothing raised)";
}

TEST(Slices, AZeroStepIsCheckedBeforeTheOtherBounds) {
  EXPECT_EQ(raised([] { range_of("a", None, 0, 3); }), "ValueError: slice step cannot be zero");
  EXPECT_EQ(raised([] { range_of(1.5, None, None, 3); }),
            "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST(Slices, StoringAPlainSliceResizesAnExtendedOneMustMatch) {
  List l({0, 1, 2, 3});
  store_slice(l, SliceObject(1, 3, None), {Value("a")});
  ASSERT_EQ(l.items.size(), 3u);
  EXPECT_EQ(l.items[1].as_str(), "a");
  EXPECT_EQ(raised([&] { store_slice(l, SliceObject(None, None, 2), {Value(1)}); }),
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
  delete_slice(l, SliceObject(None, None, -2));  // removes positions 2 and 0
  ASSERT_EQ(l.items.size(), 1u);
  EXPECT_EQ(l.items[0].as_str(), "a");
}

TEST(Round, TiesGoToEvenOnTheExactBinaryValue) {
  EXPECT_EQ(round_half_even(0.5), 0.0);
  EXPECT_EQ(round_half_even(1.5), 2.0);
  EXPECT_EQ(round_half_even(2.5), 2.0);
  EXPECT_EQ(round_half_even(-2.5), -2.0);
  EXPECT_EQ(round_to_digits(2.675, 2), 2.67);  // 2.675 is 2.67499999999999982236431605997495353221893310546875
  EXPECT_EQ(round_to_digits(0.125, 2), 0.12);  // an exact tie: to even
  EXPECT_EQ(round_to_digits(0.375, 2), 0.38);
  EXPECT_EQ(round_to_digits(1250.0, -2), 1200.0);
  EXPECT_EQ(round_to_digits(1350.0, -2), 1400.0);
  EXPECT_EQ(round_to_digits(9.995, 2), 9.99);
  EXPECT_EQ(round_to_digits(99.5, 0), 100.0);
  EXPECT_TRUE(std::signbit(round_to_digits(-0.4, 0)));
  EXPECT_EQ(round_to_digits(1e300, -400), 0.0);
  EXPECT_EQ(round_to_digits(5e-324, 400), 5e-324);
  EXPECT_EQ(round_int_to_digits(25, -1), 20);
  EXPECT_EQ(round_int_to_digits(35, -1), 40);
  EXPECT_EQ(round_int_to_digits(-25, -1), -20);
  EXPECT_EQ(round_int_to_digits(149, -2), 100);
  EXPECT_EQ(round_int_to_digits(7, 2), 7);
  EXPECT_EQ(round_int_to_digits(4'000'000'000'000'000'000, -19), 0);
  EXPECT_THROW(round_int_to_digits(6'000'000'000'000'000'000, -19), ScenarioError);
}

std::vector<Value> error_args(const std::function<void()>& f) {
  try {
    f();
  } catch (const PyError& e) {
    return e.exception()->args();
  }
  return {};
}

TEST(Codecs, DecodeErrorsNameTheLongestInvalidStart) {
  auto args = error_args([] { decode_bytes("a\xe2\x82", "utf-8", "strict"); });
  ASSERT_EQ(args.size(), 5u);
  EXPECT_EQ(args[2].as_int(), 1);
  EXPECT_EQ(args[3].as_int(), 3);
  EXPECT_EQ(args[4].as_str(), "unexpected end of data");
  args = error_args([] { decode_bytes("\xe2\x82" "A", "utf8", "strict"); });
  EXPECT_EQ(args[3].as_int(), 2);
  EXPECT_EQ(args[4].as_str(), "invalid continuation byte");
  args = error_args([] { decode_bytes("\xed\xa0\x80", "UTF-8", "strict"); });  // a surrogate
  EXPECT_EQ(args[3].as_int(), 1);
  EXPECT_EQ(decode_bytes("\xe2\x82" "A\xff", "utf-8", "replace"), "\xEF\xBF\xBD" "A\xEF\xBF\xBD");
  EXPECT_EQ(decode_bytes("\xff", "latin-1", "strict"), "\xC3\xBF");
}

TEST(Codecs, EncodeErrorsNameTheWholeRun) {
  auto args = error_args([] { encode_text("a\xC3\xA9\xC3\xA9" "b", "ascii", "strict"); });
  ASSERT_EQ(args.size(), 5u);
  EXPECT_EQ(args[2].as_int(), 1);
  EXPECT_EQ(args[3].as_int(), 3);
  EXPECT_EQ(encode_text("a\xE2\x82\xAC", "latin-1", "replace"), "a?");
  EXPECT_EQ(raised([] { encode_text("x", "klingon", "strict"); }), "LookupError: unknown encoding: klingon");
  auto e = new_exception(exc::UnicodeEncodeError, {Value("ascii"), Value("a\xE2\x82\xAC"), Value(1), Value(2), Value("ordinal not in range(128)")});
  EXPECT_EQ(e->message(), "'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128)");
}

}  // namespace
