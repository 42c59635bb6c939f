// Interpreter semantics on hand-built IR (the way the property generator
// builds programs), run on the reference loop.
#include <gtest/gtest.h>

#include "interp/bindings.hpp"
#include "ir/validate.hpp"
#include "loopspec/reference_loop.hpp"
#include "run/scenario_runner.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;
using ir::BinOp;
using ir::ExprPtr;
using ir::make;

// --- a tiny IR builder --------------------------------------------------------

template <class... A>
std::vector<ExprPtr> exprs(A&&... a) {
  std::vector<ExprPtr> v;
  (v.push_back(std::forward<A>(a)), ...);
  return v;
}
template <class... S>
ir::Block block(S&&... s) {
  ir::Block b;
  (b.push_back(std::forward<S>(s)), ...);
  return b;
}
ExprPtr c(Value v) { return make(ir::Const{std::move(v)}); }
ExprPtr n(std::string id) { return make(ir::Name{std::move(id)}); }
ExprPtr attr(ExprPtr v, std::string a) { return make(ir::Attr{std::move(v), std::move(a)}); }
ExprPtr aio(std::string a) { return attr(n("asyncio"), std::move(a)); }
ExprPtr call(int line, ExprPtr f, std::vector<ExprPtr> args = {}) {
  return make(ir::Call{line, std::move(f), std::move(args), nullptr, {}});
}
ExprPtr bin(BinOp op, ExprPtr l, ExprPtr r) { return make(ir::BinaryOp{op, std::move(l), std::move(r)}); }
ExprPtr await_(ExprPtr v) { return make(ir::Await{std::move(v)}); }
ExprPtr log_call(int line, std::vector<ExprPtr> args) { return call(line, n("log"), std::move(args)); }

ir::Stmt expr_stmt(int line, ExprPtr e) { return ir::Stmt(line, ir::ExprStmt{std::move(e)}); }
ir::Stmt log_stmt(int line, std::vector<ExprPtr> args) { return expr_stmt(line, log_call(line, std::move(args))); }
ir::Stmt assign(int line, std::string name, ExprPtr e) { return ir::Stmt(line, ir::Assign{n(std::move(name)), std::move(e)}); }
ir::Stmt raise_(int line, ExprPtr e) { return ir::Stmt(line, ir::Raise{std::move(e), nullptr}); }

ir::Handler handler(int line, ExprPtr type, std::optional<std::string> name, ir::Block body) {
  ir::Handler h;
  h.line = line;
  if (type) h.types.push_back(std::move(type));
  h.name = std::move(name);
  h.body = std::move(body);
  return h;
}
ir::Stmt try_(int line, ir::Block body, std::vector<ir::Handler> handlers, ir::Block finalbody = {}) {
  ir::Try t;
  t.body = std::move(body);
  t.handlers = std::move(handlers);
  t.finalbody = std::move(finalbody);
  return ir::Stmt(line, std::move(t));
}
template <class... H>
std::vector<ir::Handler> handlers(H&&... h) {
  std::vector<ir::Handler> v;
  (v.push_back(std::forward<H>(h)), ...);
  return v;
}

ir::Function function(std::string name, bool is_async, std::vector<std::string> params, ir::Block body) {
  ir::Function f;
  f.name = std::move(name);
  f.is_async = is_async;
  f.line = 1;
  f.params = std::move(params);
  f.body = std::move(body);
  return f;
}

ir::Program program_of(ir::Entry entry, std::vector<ir::Function> fns) {
  ir::Program p;
  p.id = "test/program";
  p.entry = entry;
  p.functions = std::move(fns);
  EXPECT_EQ(ir::validate(p), "");
  return p;
}
ir::Program main_program(ir::Block body) {
  std::vector<ir::Function> fns;
  fns.push_back(function("main", true, {}, std::move(body)));
  return program_of(ir::Entry::Main, std::move(fns));
}

const Implementation& reference_impl() {
  static const Implementation impl = [] {
    Implementation i;
    i.name = "reference";
    i.factory = make_reference_loop;
    return i;
  }();
  return impl;
}

RunResult run(ir::Program& p) {
  const Implementation& reference = reference_impl();
  return run_program(p, reference);
}

std::string trace(const RunResult& r) {
  std::string out;
  for (const auto& e : r.events) out += e.dump() + "\n";
  if (!r.ok()) out += "error: " + r.error + "\n";
  return out;
}

// --- tests ------------------------------------------------------------------------

TEST(Interpreter, ArithmeticFollowsPython) {
  auto p = main_program(block(log_stmt(
      2, exprs(bin(BinOp::FloorDiv, c(7), c(-2)), bin(BinOp::Mod, c(7), c(-2)), bin(BinOp::Div, c(1), c(2)),
               bin(BinOp::Mul, c(2), c(3.0)), bin(BinOp::FloorDiv, c(-7.5), c(2)), bin(BinOp::Add, c("a"), c("b"))))));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":2,\"log\":[-4,-1,0.5,6.0,-4.0,\"ab\"]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

TEST(Interpreter, ZeroDivisionIsCatchable) {
  auto p = main_program(block(try_(2, block(log_stmt(3, exprs(bin(BinOp::FloorDiv, c(1), c(0))))),
                                   handlers(handler(4, n("ZeroDivisionError"), "e", block(log_stmt(5, exprs(n("e")))))))));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":5,\"log\":[{\"exc\":\"ZeroDivisionError\",\"args\":[\"integer division or modulo by zero\"]}]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

TEST(Interpreter, FinallyRunsAndTheExceptionPropagates) {
  auto p = main_program(block(
      try_(2, block(raise_(3, call(3, n("ValueError"), exprs(c("x"))))), {}, block(log_stmt(5, exprs(c("fin")))))));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":5,\"log\":[\"fin\"]}\n"
            "{\"end\":\"raised\",\"exc\":{\"exc\":\"ValueError\",\"args\":[\"x\"]}}\n");
}

TEST(Interpreter, ReturnInFinallyDiscardsTheException) {
  auto p = main_program(block(try_(2, block(raise_(3, n("KeyError"))), {},
                                   block(ir::Stmt(5, ir::Return{c(7)})))));
  EXPECT_EQ(trace(run(p)), "{\"end\":\"returned\",\"value\":7}\n");
}

TEST(Interpreter, UndefinedNameIsANameError) {
  auto p = main_program(block(try_(2, block(log_stmt(3, exprs(n("nowhere")))),
                                   handlers(handler(4, n("NameError"), "e", block(log_stmt(5, exprs(n("e")))))))));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":5,\"log\":[{\"exc\":\"NameError\",\"args\":[\"name 'nowhere' is not defined\"]}]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

TEST(Interpreter, BareRaiseReRaisesTheSameInstance) {
  // try: try: raise KeyError("k") except KeyError as a: x = a; raise
  // except LookupError as b: log(b is x)
  auto inner = try_(3, block(raise_(4, call(4, n("KeyError"), exprs(c("k"))))),
                    handlers(handler(5, n("KeyError"), "a", block(assign(6, "x", n("a")), raise_(7, nullptr)))));
  auto p = main_program(block(try_(2, block(std::move(inner)),
                                   handlers(handler(8, n("LookupError"), "b",
                                                    block(log_stmt(9, exprs(make(ir::Compare{ir::CmpOp::Is, n("b"), n("x")}))))))),
                              log_stmt(10, exprs(c("after")))));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":9,\"log\":[true]}\n"
            "{\"t\":0.0,\"line\":10,\"log\":[\"after\"]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

TEST(Interpreter, AwaitInsideLoopsAdvancesTheVirtualClock) {
  // for i in range(5): if i == 3: break; await asyncio.sleep(0.5); log(i)
  ir::If stop{make(ir::Compare{ir::CmpOp::Eq, n("i"), c(3)}), block(ir::Stmt(3, ir::Break{})), {}};
  ir::For loop{n("i"), call(2, n("range"), exprs(c(5))),
               block(ir::Stmt(3, std::move(stop)), expr_stmt(4, await_(call(4, aio("sleep"), exprs(c(0.5))))),
                     log_stmt(5, exprs(n("i")))),
               {}};
  auto p = main_program(block(ir::Stmt(2, std::move(loop))));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.5,\"line\":5,\"log\":[0]}\n"
            "{\"t\":1.0,\"line\":5,\"log\":[1]}\n"
            "{\"t\":1.5,\"line\":5,\"log\":[2]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

TEST(Interpreter, AsyncCallsRunInlineAndReturnValues) {
  // async def twice(x): await asyncio.sleep(0); return x * 2
  // async def main(): log(await twice(21)) -> via assignment
  std::vector<ir::Function> fns;
  fns.push_back(function("twice", true, {"x"},
                         block(expr_stmt(2, await_(call(2, aio("sleep"), exprs(c(0))))),
                               ir::Stmt(3, ir::Return{bin(BinOp::Mul, n("x"), c(2))}))));
  fns.push_back(function("main", true, {},
                         block(assign(5, "r", await_(call(5, n("twice"), exprs(c(21))))), log_stmt(6, exprs(n("r"))),
                               ir::Stmt(7, ir::Return{n("r")}))));
  auto p = program_of(ir::Entry::Main, std::move(fns));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":6,\"log\":[42]}\n"
            "{\"end\":\"returned\",\"value\":42}\n");
}

TEST(Interpreter, ScenarioEntryAndCallbacks) {
  // def scenario(loop): loop.call_soon(log, "cb"); loop.call_soon(loop.stop); loop.run_forever(); log("after")
  auto loop_method = [](int line, const char* m, std::vector<ExprPtr> args) {
    return expr_stmt(line, call(line, attr(n("loop"), m), std::move(args)));
  };
  std::vector<ir::Function> fns;
  fns.push_back(function("scenario", false, {"loop"},
                         block(loop_method(2, "call_soon", exprs(n("log"), c("cb"))),
                               loop_method(3, "call_soon", exprs(attr(n("loop"), "stop"))),
                               loop_method(4, "run_forever", {}), log_stmt(5, exprs(c("after"))))));
  auto p = program_of(ir::Entry::Scenario, std::move(fns));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":null,\"log\":[\"cb\"]}\n"
            "{\"t\":null,\"line\":5,\"log\":[\"after\"]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

TEST(Interpreter, ScenarioWithoutLoopMakesItsOwn) {
  // def scenario(): log("start"); current = asyncio.get_event_loop(); other = asyncio.new_event_loop()
  std::vector<EventLoopPtr> made;
  Implementation counting = reference_impl();
  counting.factory = [&made] { return made.emplace_back(make_reference_loop()); };
  std::vector<ir::Function> fns;
  fns.push_back(function("scenario", false, {},
                         block(log_stmt(2, exprs(c("start"))), assign(3, "current", call(3, aio("get_event_loop"))),
                               assign(4, "other", call(4, aio("new_event_loop"))))));
  auto p = program_of(ir::Entry::ScenarioNoLoop, std::move(fns));
  EXPECT_EQ(trace(run_program(p, counting)),
            "{\"t\":null,\"line\":2,\"log\":[\"start\"]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
  // get_event_loop made the first (the runner made none), and the runner
  // closed only that one, the loop the program left current.
  ASSERT_EQ(made.size(), 2u);
  EXPECT_TRUE(made[0]->is_closed());
  EXPECT_FALSE(made[1]->is_closed());
}

TEST(Interpreter, ErrorInCallbackIsUnhandled) {
  // def boom(): raise ValueError("b");  main: get_running_loop().call_soon(boom); await sleep(0)
  std::vector<ir::Function> fns;
  fns.push_back(function("boom", false, {}, block(raise_(2, call(2, n("ValueError"), exprs(c("b")))))));
  fns.push_back(function("main", true, {},
                         block(expr_stmt(4, call(4, attr(call(4, aio("get_running_loop")), "call_soon"), exprs(n("boom")))),
                               expr_stmt(5, await_(call(5, aio("sleep"), exprs(c(0))))))));
  auto p = program_of(ir::Entry::Main, std::move(fns));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"unhandled\":{\"exc\":\"ValueError\",\"args\":[\"b\"]}}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

TEST(Interpreter, AFutureNobodyResolvesBlocks) {
  auto p = main_program(block(assign(2, "f", call(2, attr(call(2, aio("get_running_loop")), "create_future"))),
                              log_stmt(3, exprs(c("waiting"))), expr_stmt(4, await_(n("f"))),
                              log_stmt(5, exprs(c("never")))));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":3,\"log\":[\"waiting\"]}\n"
            "{\"end\":\"blocked\"}\n");
}

TEST(Interpreter, AnAsyncioNameNotInTheModelIsCPythonsAttributeError) {
  auto p = main_program(block(expr_stmt(2, call(2, aio("no_such_api"), exprs(make(ir::ListExpr{}))))));
  EXPECT_EQ(trace(run(p)),
            "{\"end\":\"raised\",\"exc\":{\"exc\":\"AttributeError\",\"args\":"
            "[\"module 'asyncio' has no attribute 'no_such_api'\"]}}\n");
}

TEST(Interpreter, UnloggableValueFailsTheRun) {
  auto p = main_program(block(log_stmt(2, exprs(call(2, aio("get_running_loop"))))));
  RunResult r = run(p);
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.error.find("cannot be logged"), std::string::npos) << r.error;
}

TEST(Interpreter, EndlessLoopIsStopped) {
  ir::While forever{c(true), block(ir::Stmt(3, ir::Pass{})), {}};
  auto p = main_program(block(ir::Stmt(2, std::move(forever))));
  const Implementation& reference = reference_impl();
  RunOptions o;
  o.max_steps = 1000;
  RunResult r = run_program(p, reference, o);
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.error.find("endless loop"), std::string::npos) << r.error;
}

// def inc(): nonlocal x; x += 1; return x  -- x a variable of main()
ir::Stmt incrementer(int line) {
  ir::Block body;
  body.emplace_back(line + 1, ir::Nonlocal{{"x"}});
  body.emplace_back(line + 2, ir::AugAssign{n("x"), BinOp::Add, c(1)});
  body.emplace_back(line + 3, ir::Return{n("x")});
  auto fn = std::make_shared<ir::Function>(function("inc", false, {}, std::move(body)));
  return ir::Stmt(line, ir::FunctionDef{fn, ir::Name{"inc"}});
}

TEST(Interpreter, NestedFunctionsShareTheCellsOfTheirDefiningFrame) {
  auto p = main_program(block(assign(2, "x", c(1)), incrementer(3),
                              log_stmt(7, exprs(call(7, n("inc")), call(7, n("inc")), n("x")))));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":7,\"log\":[2,3,3]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

TEST(Interpreter, NonlocalWithoutABindingFailsTheRun) {
  auto p = main_program(block(incrementer(3)));
  RunResult r = run(p);
  EXPECT_NE(r.error.find("no binding for nonlocal 'x' found"), std::string::npos) << trace(r);
}

TEST(Interpreter, WrongArgumentCountIsATypeError) {
  std::vector<ir::Function> fns;
  fns.push_back(function("f", false, {"a", "b"}, block(ir::Stmt(2, ir::Pass{}))));
  fns.push_back(function("main", true, {},
                         block(try_(4, block(expr_stmt(5, call(5, n("f"), exprs(c(1))))),
                                    handlers(handler(6, n("TypeError"), "e", block(log_stmt(7, exprs(n("e"))))))))));
  auto p = program_of(ir::Entry::Main, std::move(fns));
  EXPECT_EQ(trace(run(p)),
            "{\"t\":0.0,\"line\":7,\"log\":[{\"exc\":\"TypeError\",\"args\":[\"f() missing 1 required positional "
            "argument: 'b'\"]}]}\n"
            "{\"end\":\"returned\",\"value\":null}\n");
}

ExprPtr list_of(std::vector<ExprPtr> elts) { return make(ir::ListExpr{std::move(elts)}); }
ExprPtr set_of(std::vector<ExprPtr> elts) { return make(ir::SetExpr{std::move(elts)}); }
ExprPtr method(int line, ExprPtr self, std::string name, std::vector<ExprPtr> args) {
  return call(line, attr(std::move(self), std::move(name)), std::move(args));
}

TEST(Interpreter, SortedComparesThePairsTimsortDoes) {
  // A run is counted from the start (1 < "a" is the first comparison), so the
  // message names int, then str; a sort that began elsewhere would differ.
  auto p = main_program(block(log_stmt(2, exprs(call(2, n("sorted"), exprs(list_of(exprs(c("a"), c(1), c(2)))))))));
  EXPECT_EQ(trace(run(p)),
            "{\"end\":\"raised\",\"exc\":{\"exc\":\"TypeError\",\"args\":"
            "[\"'<' not supported between instances of 'int' and 'str'\"]}}\n");
}

TEST(Interpreter, ASetIsIteratedOnlyInAnOrderTheModelKnows) {
  // docs/scenario-language.md#set-iteration: the ints 0-7 of a set that never lost a member come out ascending.
  auto p = main_program(block(assign(2, "s", set_of(exprs(c(7), c(0), c(3)))),
                              log_stmt(3, exprs(call(3, n("list"), exprs(n("s"))))),
                              expr_stmt(4, method(4, n("s"), "discard", exprs(c(3)))),
                              log_stmt(5, exprs(call(5, n("list"), exprs(n("s")))))));
  std::string t = trace(run(p));
  EXPECT_EQ(t.substr(0, t.find('\n')), "{\"t\":0.0,\"line\":3,\"log\":[[0,3,7]]}") << t;
  EXPECT_NE(t.find("error: "), std::string::npos) << t;
  EXPECT_NE(t.find("docs/scenario-language.md#set-iteration"), std::string::npos) << t;

  ExprPtr sorted_strs = call(2, n("sorted"), exprs(set_of(exprs(c("b"), c("a")))));
  ExprPtr listed_strs = call(2, n("list"), exprs(set_of(exprs(c("b"), c("a")))));
  auto strs = main_program(block(log_stmt(2, exprs(std::move(sorted_strs))), log_stmt(3, exprs(std::move(listed_strs)))));
  t = trace(run(strs));
  EXPECT_EQ(t.substr(0, t.find('\n')), "{\"t\":0.0,\"line\":2,\"log\":[[\"a\",\"b\"]]}") << t;  // sorted() needs no order
  EXPECT_NE(t.find("error: "), std::string::npos) << t;  // list() does
}

}  // namespace
