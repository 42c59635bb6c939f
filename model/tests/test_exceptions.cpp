// Exception classes, their hierarchy, and str() of instances.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

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

TEST(Exceptions, TextWrittenAtOnce) {
  auto e = new_exception_with_text(exc::RuntimeError, [] { return std::string("now"); });
  EXPECT_EQ(e->message(), "now");
  EXPECT_STREQ(PyError(e).what(), "RuntimeError: now");
}

TEST(Exceptions, TextThatCannotBeWrittenStopsOnlyWhenRead) {
  auto e = new_exception_with_text(exc::RuntimeError, []() -> std::string { throw std::runtime_error("unpinnable"); });
  EXPECT_EQ(e->type, &exc::RuntimeError);
  EXPECT_STREQ(PyError(e).what(), "RuntimeError");  // throwing it does not read the text
  EXPECT_THROW(e->args(), std::runtime_error);
  EXPECT_THROW(e->message(), std::runtime_error);
}

TEST(Exceptions, PythonErrorWhileWritingTextPropagates) {
  EXPECT_THROW(new_exception_with_text(exc::RuntimeError, []() -> std::string { raise(exc::ValueError, "in repr"); }),
               PyError);
}

}  // namespace
}  // namespace loopspec
