// Exception classes, their hierarchy, and str() of instances.
#include <gtest/gtest.h>

#include "loopspec/exceptions.hpp"

namespace loopspec {
namespace {

TEST(Exceptions, CancelledErrorIsNotAnException) {
  EXPECT_TRUE(exc::CancelledError.is_subclass_of(exc::BaseException));
  EXPECT_FALSE(exc::CancelledError.is_subclass_of(exc::Exception));
}

TEST(Exceptions, ExceptionGroupHasBothBases) {
  EXPECT_TRUE(exc::ExceptionGroup.is_subclass_of(exc::BaseExceptionGroup));
  EXPECT_TRUE(exc::ExceptionGroup.is_subclass_of(exc::Exception));
  EXPECT_FALSE(exc::BaseExceptionGroup.is_subclass_of(exc::Exception));
}

TEST(Exceptions, GroupOfBaseExceptionsIsABaseExceptionGroup) {
  auto g = new_exception_group("m", {new_exception(exc::KeyboardInterrupt), new_exception(exc::ValueError)});
  EXPECT_EQ(g->type, &exc::BaseExceptionGroup);
  auto e = new_exception_group("m", {new_exception(exc::ValueError)});
  EXPECT_EQ(e->type, &exc::ExceptionGroup);
}

TEST(Exceptions, StrFollowsCPython) {
  EXPECT_EQ(new_exception(exc::ValueError)->message(), "");
  EXPECT_EQ(new_exception(exc::ValueError, {Value("x")})->message(), "x");
  EXPECT_EQ(new_exception(exc::KeyError, {Value("k")})->message(), "'k'");  // KeyError shows the repr
  EXPECT_EQ(new_exception(exc::ValueError, {Value("a"), Value(1)})->message(), "('a', 1)");
}

TEST(Exceptions, UnboundLocalErrorIsANameError) {
  EXPECT_TRUE(exc::UnboundLocalError.is_subclass_of(exc::NameError));
  EXPECT_EQ(exc::by_name("UnboundLocalError"), &exc::UnboundLocalError);
}

}  // namespace
}  // namespace loopspec
