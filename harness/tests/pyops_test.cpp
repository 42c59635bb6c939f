// Python operator semantics: int/float rules, floor division, messages.
#include <gtest/gtest.h>

#include "common/errors.hpp"
#include "loopspec/exceptions.hpp"
#include "interp/pyops.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;
using ir::BinOp;

std::string raised(const std::function<void()>& f) {
  try {
    f();
  } catch (const PyError& e) {
    return e.what();
  }
  return "(nothing raised)";
}

TEST(PyOps, IntegerArithmeticFloors) {
  EXPECT_EQ(binary_op(BinOp::FloorDiv, Value(7), Value(-2)).as_int(), -4);
  EXPECT_EQ(binary_op(BinOp::Mod, Value(7), Value(-2)).as_int(), -1);
  EXPECT_EQ(binary_op(BinOp::Mod, Value(-7), Value(2)).as_int(), 1);
  EXPECT_EQ(binary_op(BinOp::Add, Value(true), Value(1)).as_int(), 2);
  Value q = binary_op(BinOp::Div, Value(1), Value(2));
  ASSERT_TRUE(q.is_float());
  EXPECT_EQ(q.as_float(), 0.5);
  Value whole = binary_op(BinOp::Div, Value(4), Value(2));
  EXPECT_TRUE(whole.is_float());  // int / int is a float even when exact
}

TEST(PyOps, FloatArithmetic) {
  EXPECT_EQ(binary_op(BinOp::FloorDiv, Value(-7.5), Value(2)).as_float(), -4.0);
  EXPECT_EQ(binary_op(BinOp::Mod, Value(7.5), Value(-2)).as_float(), -0.5);
  EXPECT_EQ(binary_op(BinOp::FloorDiv, Value(5), Value(0.3)).as_float(), 16.0);
  EXPECT_TRUE(binary_op(BinOp::Mul, Value(2), Value(3.0)).is_float());
  EXPECT_EQ(binary_op(BinOp::Add, Value(0.1), Value(0.2)).as_float(), 0.1 + 0.2);
}

TEST(PyOps, ZeroDivisionMessages) {
  EXPECT_EQ(raised([] { binary_op(BinOp::Div, Value(1), Value(0)); }), "ZeroDivisionError: division by zero");
  EXPECT_EQ(raised([] { binary_op(BinOp::FloorDiv, Value(1), Value(0)); }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(raised([] { binary_op(BinOp::Mod, Value(1), Value(0)); }), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(raised([] { binary_op(BinOp::Div, Value(1.0), Value(0)); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(raised([] { binary_op(BinOp::Mod, Value(1.0), Value(0.0)); }), "ZeroDivisionError: float modulo");
}

TEST(PyOps, TypeErrorsReadLikeCPython) {
  EXPECT_EQ(raised([] { binary_op(BinOp::Add, Value(1), Value("a")); }),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(raised([] { binary_op(BinOp::Add, Value("a"), Value(1)); }),
            "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(raised([] { compare_op(ir::CmpOp::Lt, Value(1), Value("a")); }),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(raised([] { unary_op(ir::UnaryOp::Neg, Value("a")); }), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_THROW(binary_op(BinOp::Add, Value(INT64_MAX), Value(1)), ScenarioError);  // no bigints in a trace
}

TEST(PyOps, Sequences) {
  auto l = std::make_shared<List>(std::vector<Value>{Value(1), Value(2), Value(3)});
  EXPECT_EQ(subscript(Value(l), Value(-1)).as_int(), 3);
  EXPECT_EQ(raised([&] { subscript(Value(l), Value(3)); }), "IndexError: list index out of range");
  EXPECT_EQ(raised([&] { subscript(Value(l), Value("x")); }),
            "TypeError: list indices must be integers or slices, not str");
  Value rep = binary_op(BinOp::Mul, Value(l), Value(2));
  EXPECT_EQ(py_len(rep), 6);
  EXPECT_TRUE(contains(Value(l), Value(2.0)));  // 2 == 2.0
  auto d = std::make_shared<Dict>();
  try {
    subscript(Value(d), Value("k"));
    ADD_FAILURE() << "no KeyError";
  } catch (const PyError& e) {
    EXPECT_EQ(e.exception()->type, &exc::KeyError);
    ASSERT_EQ(e.exception()->args().size(), 1u);
    EXPECT_EQ(e.exception()->args()[0].as_str(), "k");  // the key itself, not its repr
  }
  EXPECT_EQ(raised([&] { store_subscript(Value(d), Value(l), Value(1)); }), "TypeError: unhashable type: 'list'");
  EXPECT_TRUE(compare_op(ir::CmpOp::Lt, Value(std::make_shared<Tuple>(std::vector<Value>{Value(1), Value(2)})),
                         Value(std::make_shared<Tuple>(std::vector<Value>{Value(1), Value(3)}))));
}

TEST(PyOps, StrAndRepr) {
  EXPECT_EQ(py_str(Value(0.1)), "0.1");
  EXPECT_EQ(py_str(Value(3.0)), "3.0");
  EXPECT_EQ(py_repr(Value("it's")), "\"it's\"");
  EXPECT_EQ(py_str(Value(std::make_shared<List>(std::vector<Value>{Value("a"), Value(None)}))), "['a', None]");
}

}  // namespace
