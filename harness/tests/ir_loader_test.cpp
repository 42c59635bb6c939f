// The IR loader: what it accepts, and that every rejection names the file,
// the JSON path and the scenario line.
#include <gtest/gtest.h>

#include "common/errors.hpp"
#include "common/json_reader.hpp"
#include "ir/ir_loader.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;

Json minimal_ir() {
  return Json::parse(R"({
    "ir": 2, "id": "area/name",
    "meta": {"summary": "s", "description": "", "spec": "u", "features": ["call_soon"], "python": "3.11", "order": []},
    "entry": "main", "constants": [{"name": "N", "line": 3, "value": {"kind": "const", "type": "int", "value": 3}}],
    "functions": [{"name": "main", "async": true, "line": 5, "params": [], "defaults": [], "body": [
      {"kind": "assign", "line": 6, "target": {"kind": "name", "id": "x"},
       "value": {"kind": "binop", "op": "+", "left": {"kind": "name", "id": "N"}, "right": {"kind": "const", "type": "float", "value": 1.0}}},
      {"kind": "expr", "line": 7, "value": {"kind": "await", "value": {"kind": "call", "line": 7,
        "func": {"kind": "attr", "value": {"kind": "name", "id": "asyncio"}, "attr": "sleep"},
        "args": [{"kind": "name", "id": "x"}], "star": null, "kwargs": []}}}
    ]}]})");
}

std::string load_error(const Json& doc) {
  try {
    load_ir(doc, "f.json");
  } catch (const LoadError& e) {
    return e.what();
  }
  return "";
}

TEST(IrLoader, LoadsAProgramWithoutResolvingIt) {
  ir::Program p = load_ir(minimal_ir(), "f.json");
  EXPECT_FALSE(p.resolved);  // binding names is the interpreter's (interp/resolve.hpp)
  EXPECT_EQ(p.id, "area/name");
  EXPECT_EQ(p.source_file, "f.json");
  EXPECT_EQ(p.entry, ir::Entry::Main);
  ASSERT_EQ(p.functions.size(), 1u);
  const auto& assign = std::get<ir::Assign>(p.functions[0].body[0].node);
  const auto& sum = std::get<ir::BinaryOp>(assign.value->node);
  EXPECT_EQ(sum.op, ir::BinOp::Add);
  EXPECT_EQ(std::get<ir::Name>(sum.left->node).scope, ir::Scope::Unresolved);
  EXPECT_TRUE(std::get<ir::Const>(sum.right->node).value.is_float());
}

Json& first_value(Json& doc) { return doc["functions"][0]["body"][0]["value"]; }

TEST(IrLoader, SlicesSetsAndBytesConstants) {
  Json doc = minimal_ir();
  first_value(doc) = Json::parse(R"({"kind": "subscript", "value": {"kind": "set", "elts": [
      {"kind": "const", "type": "bytes", "value": "a\u00ff"}]},
    "index": {"kind": "slice", "lower": null, "upper": {"kind": "const", "type": "int", "value": 2}, "step": null}})");
  ir::Program p = load_ir(doc, "f.json");
  const auto& sub = std::get<ir::Subscript>(std::get<ir::Assign>(p.functions[0].body[0].node).value->node);
  const auto& slice = std::get<ir::Slice>(sub.index->node);
  EXPECT_FALSE(slice.lower);
  EXPECT_TRUE(slice.upper);
  EXPECT_FALSE(slice.step);
  const auto& set = std::get<ir::SetExpr>(sub.value->node);
  auto bytes = std::get<ir::Const>(set.elts[0]->node).value.as<Bytes>();
  ASSERT_TRUE(bytes);
  EXPECT_EQ(bytes->data, std::string("a\xff"));
}

TEST(IrLoader, ASliceStandsOnlyAsAnIndexAndBytesStayBelow256) {
  Json doc = minimal_ir();
  first_value(doc) = Json::parse(R"({"kind": "slice", "lower": null, "upper": null, "step": null})");
  EXPECT_NE(load_error(doc).find("a slice stands only as the index of a subscript"), std::string::npos) << load_error(doc);
  first_value(doc) = Json::parse(R"({"kind": "const", "type": "bytes", "value": "\u0100"})");
  EXPECT_NE(load_error(doc).find("code points 0-255"), std::string::npos) << load_error(doc);
  first_value(doc) = Json::parse(R"({"kind": "const", "type": "bytes", "value": 3})");
  EXPECT_NE(load_error(doc).find("must have a string value"), std::string::npos) << load_error(doc);
}

TEST(IrLoader, RejectsAnOldVersionNamingBothAndTheFix) {
  Json doc = minimal_ir();
  doc["ir"] = 1;
  std::string e = load_error(doc);
  EXPECT_NE(e.find("f.json"), std::string::npos) << e;
  EXPECT_NE(e.find("IR version 1"), std::string::npos) << e;
  EXPECT_NE(e.find("IR version 2"), std::string::npos) << e;
  EXPECT_NE(e.find("loopspec-traces compile"), std::string::npos) << e;
}

TEST(IrLoader, MissingMemberNamesPathAndLine) {
  Json doc = minimal_ir();
  doc["functions"][0]["body"][1]["value"]["value"].erase("func");
  std::string e = load_error(doc);
  EXPECT_NE(e.find("missing member \"func\""), std::string::npos) << e;
  EXPECT_NE(e.find("/functions/0/body/1/value/value"), std::string::npos) << e;
  EXPECT_NE(e.find("scenario line 7"), std::string::npos) << e;
}

TEST(IrLoader, YieldSuperAndAsyncForStandWhereCPythonAllowsThem) {
  Json doc = minimal_ir();
  doc["functions"][0]["body"][0]["value"] = Json::parse(R"({"kind": "yield", "value": null})");
  EXPECT_EQ(load_error(doc), "");  // main is async: an async generator (the compiler refuses one as the entry)
  Json plain = minimal_ir();
  plain["functions"].push_back(Json::parse(R"({"name": "f", "async": false, "line": 9, "params": [], "defaults": [],
    "body": [{"kind": "expr", "line": 10, "value": {"kind": "yield", "value": null}}]})"));
  EXPECT_NE(load_error(plain).find("line 10: yield outside an async def's own body"), std::string::npos) << load_error(plain);
  Json sup = minimal_ir();
  sup["functions"][0]["body"][0]["value"] = Json::parse(R"({"kind": "super"})");
  EXPECT_NE(load_error(sup).find("super() outside a method's own body"), std::string::npos) << load_error(sup);
  Json afor = minimal_ir();
  afor["functions"].push_back(Json::parse(R"({"name": "f", "async": false, "line": 9, "params": ["xs"], "defaults": [],
    "body": [{"kind": "async_for", "line": 10, "target": {"kind": "name", "id": "x"}, "iter": {"kind": "name", "id": "xs"},
              "body": [{"kind": "pass", "line": 11}], "orelse": []}]})"));
  EXPECT_NE(load_error(afor).find("async for outside an async function"), std::string::npos) << load_error(afor);
}

TEST(IrLoader, UnknownKindsAreRejected) {
  Json doc = minimal_ir();
  doc["functions"][0]["body"][0]["kind"] = "global";
  EXPECT_NE(load_error(doc).find("unknown statement kind \"global\""), std::string::npos);
  doc = minimal_ir();
  doc["functions"][0]["body"][0]["value"]["kind"] = "yield_from";
  EXPECT_NE(load_error(doc).find("unknown expression kind \"yield_from\""), std::string::npos);
  doc = minimal_ir();
  doc["functions"][0]["body"][0]["value"]["op"] = "**";
  EXPECT_NE(load_error(doc).find("unknown binary operator"), std::string::npos);
}

TEST(IrLoader, NestedFunctionsLambdasAndNonlocal) {
  Json doc = minimal_ir();
  Json lambda = Json::parse(R"({"kind": "lambda", "line": 8, "params": ["a"], "defaults": [],
                                "body": {"kind": "name", "id": "a"}})");
  Json def = Json::parse(R"({"kind": "def", "line": 8, "name": "inner", "async": false, "params": [], "defaults": [],
                             "body": [{"kind": "nonlocal", "line": 9, "names": ["x"]}]})");
  def["body"].push_back({{"kind", "return"}, {"line", 10}, {"value", lambda}});
  doc["functions"][0]["body"].push_back(def);
  ir::Program p = load_ir(doc, "f.json");
  const auto& d = std::get<ir::FunctionDef>(p.functions[0].body[2].node);
  EXPECT_EQ(d.fn->name, "inner");
  EXPECT_EQ(std::get<ir::Nonlocal>(d.fn->body[0].node).names, std::vector<std::string>{"x"});
  const auto& ret = std::get<ir::Return>(d.fn->body[1].node);
  EXPECT_TRUE(std::get<ir::Lambda>(ret.value->node).fn->is_lambda);

  doc["functions"][0]["body"][2]["body"][0]["names"] = Json::array();
  EXPECT_NE(load_error(doc).find("a nonlocal statement needs a name"), std::string::npos);
  doc = minimal_ir();
  def["defaults"] = Json::array({{{"kind", "await"}, {"value", {{"kind", "name"}, {"id", "x"}}}}});
  def["params"] = Json::array({"p"});
  doc["functions"][0]["body"].push_back(def);
  EXPECT_NE(load_error(doc).find("await in a parameter default of inner()"), std::string::npos) << load_error(doc);
}

TEST(IrLoader, ExceptStarClausesNameClassesAndDoNotReturn) {
  Json doc = minimal_ir();
  Json t = Json::parse(R"({"kind": "trystar", "line": 8, "body": [{"kind": "pass", "line": 9}],
    "handlers": [{"line": 10, "types": [{"kind": "name", "id": "ValueError"}], "name": null,
                  "body": [{"kind": "return", "line": 11, "value": null}]}], "orelse": [], "finalbody": []})");
  doc["functions"][0]["body"].push_back(t);
  EXPECT_NE(load_error(doc).find("cannot appear in an except* block"), std::string::npos) << load_error(doc);
  doc["functions"][0]["body"][2]["handlers"][0]["types"] = Json::array();
  EXPECT_NE(load_error(doc).find("except* needs an exception class"), std::string::npos) << load_error(doc);
  doc["functions"][0]["body"][2]["handlers"][0]["types"] = Json::array({{{"kind", "name"}, {"id", "ValueError"}}});
  doc["functions"][0]["body"][2]["handlers"][0]["body"][0] = {{"kind", "pass"}, {"line", 11}};
  EXPECT_TRUE(std::get<ir::Try>(load_ir(doc, "f.json").functions[0].body[2].node).star);
}

TEST(IrLoader, WrongTypesAreRejected) {
  Json doc = minimal_ir();
  doc["functions"][0]["body"][0]["line"] = "six";
  EXPECT_NE(load_error(doc).find("positive integer line"), std::string::npos);
  doc = minimal_ir();
  doc["constants"][0]["value"]["value"] = 1.5;
  EXPECT_NE(load_error(doc).find("an int constant must have an integer value"), std::string::npos);
  doc = minimal_ir();
  doc["functions"] = Json::object();
  EXPECT_NE(load_error(doc).find("expected an array (at /functions"), std::string::npos) << load_error(doc);
  EXPECT_NE(load_error(Json::array()).find("must be a JSON object"), std::string::npos);
}

TEST(IrLoader, ChecksWhatTheCompilerGuarantees) {
  Json doc = minimal_ir();
  doc["entry"] = "scenario";
  EXPECT_NE(load_error(doc).find("entry point scenario is not defined"), std::string::npos);
  doc = minimal_ir();
  // an await nested inside an expression: fine in an async def (IR 2), not in a plain def
  Json aw = doc["functions"][0]["body"][1]["value"];
  doc["functions"][0]["body"][0]["value"]["right"] = aw;
  EXPECT_EQ(load_error(doc), "");
  Json helper = doc["functions"][0];
  helper["name"] = "helper";
  helper["async"] = false;
  doc["functions"].push_back(helper);
  EXPECT_NE(load_error(doc).find("line 6: await outside an async function"), std::string::npos) << load_error(doc);
  doc = minimal_ir();
  doc["functions"][0]["body"][0]["value"] = Json::parse(R"({"kind": "compare", "left": {"kind": "name", "id": "N"},
      "ops": ["<", "<"], "comparators": [{"kind": "name", "id": "N"}]})");
  EXPECT_NE(load_error(doc).find("one comparator each"), std::string::npos) << load_error(doc);
  doc = minimal_ir();
  doc["functions"][0]["body"].push_back(Json::parse(R"({"kind": "break", "line": 8})"));
  EXPECT_NE(load_error(doc).find("line 8: 'break' outside loop"), std::string::npos);
  doc = minimal_ir();
  doc["functions"][0]["async"] = false;
  EXPECT_NE(load_error(doc).find("async def main()"), std::string::npos);
}

/// `depth` nested `not`s around a constant: the value of an assignment.
Json nested_nots(int depth) {
  Json e = Json::parse(R"({"kind": "const", "type": "bool", "value": true})");
  for (int i = 0; i < depth; ++i) e = Json{{"kind", "unary"}, {"op", "not"}, {"operand", std::move(e)}};
  return e;
}

/// `depth` nested `if True:` blocks around a `pass`.
Json nested_ifs(int depth) {
  Json s = Json::parse(R"({"kind": "pass", "line": 6})");
  for (int i = 0; i < depth; ++i) {
    s = Json{{"kind", "if"}, {"line", 6}, {"test", Json::parse(R"({"kind": "const", "type": "bool", "value": true})")},
             {"body", Json::array({std::move(s)})}, {"orelse", Json::array()}};
  }
  return s;
}

TEST(IrLoader, ExpressionsNestedDeeperThanPythonAllowsAreRejected) {
  Json doc = minimal_ir();
  doc["functions"][0]["body"][0]["value"] = nested_nots(ir::kMaxExprDepth - 1);  // and the constant
  EXPECT_EQ(load_error(doc), "");
  doc["functions"][0]["body"][0]["value"] = nested_nots(ir::kMaxExprDepth);
  std::string e = load_error(doc);
  EXPECT_NE(e.find("f.json: expressions nested more than 200 deep"), std::string::npos) << e;
  EXPECT_NE(e.find("scenario line 6"), std::string::npos) << e;
  // The path is cut short in the middle, not 200 segments long.
  EXPECT_NE(e.find("(at /functions/0/body/0/value/operand/"), std::string::npos) << e;
  EXPECT_LT(e.size(), 300u) << e;
}

TEST(IrLoader, BlocksNestedDeeperThanPythonAllowsAreRejected) {
  Json doc = minimal_ir();
  doc["functions"][0]["body"][0] = nested_ifs(ir::kMaxBlockDepth - 1);  // the function body is a block too
  EXPECT_EQ(load_error(doc), "");
  doc["functions"][0]["body"][0] = nested_ifs(ir::kMaxBlockDepth);
  EXPECT_NE(load_error(doc).find("blocks nested more than 100 deep"), std::string::npos) << load_error(doc);
}

TEST(IrLoader, TheLastDefinitionOfANameIsTheOneThatCounts) {
  // Python keeps the last `def main`: the first, a plain def, is replaced.
  Json doc = minimal_ir();
  Json first = doc["functions"][0];
  first["async"] = false;
  first["line"] = 2;
  first["body"] = Json::array({Json::parse(R"({"kind": "pass", "line": 3})")});
  doc["functions"].insert(doc["functions"].begin(), first);
  EXPECT_EQ(load_error(doc), "");
  // ... and a plain def after the async one is what Python would run.
  doc = minimal_ir();
  first["line"] = 9;
  doc["functions"].push_back(first);
  EXPECT_NE(load_error(doc).find("line 9: the entry point must be `async def main()`"), std::string::npos)
      << load_error(doc);
}

TEST(IrLoader, EachEntryFormWantsItsSignature) {
  Json doc = minimal_ir();
  Json& scenario = doc["functions"][0];
  scenario["name"] = "scenario";
  scenario["async"] = false;
  scenario["body"] = Json::array({Json::parse(R"({"kind": "pass", "line": 6})")});
  doc["entry"] = "scenario_no_loop";
  EXPECT_EQ(load_ir(doc, "f.json").entry, ir::Entry::ScenarioNoLoop);
  doc["entry"] = "scenario";
  EXPECT_NE(load_error(doc).find("line 5: the entry point must be `def scenario(loop)`"), std::string::npos)
      << load_error(doc);
  scenario["params"] = Json::array({"loop"});
  EXPECT_EQ(load_ir(doc, "f.json").entry, ir::Entry::Scenario);
  doc["entry"] = "scenario_no_loop";
  EXPECT_NE(load_error(doc).find("line 5: the entry point must be `def scenario()`"), std::string::npos)
      << load_error(doc);
  doc["entry"] = "loop";
  EXPECT_NE(load_error(doc).find("entry must be \"main\", \"scenario\" or \"scenario_no_loop\", not \"loop\""),
            std::string::npos)
      << load_error(doc);
}

TEST(IrLoader, ModuleConstantsAndDefaultsAreLiterals) {
  Json doc = minimal_ir();
  doc["constants"][0]["value"] = doc["functions"][0]["body"][1]["value"]["value"];  // asyncio.sleep(x)
  EXPECT_NE(load_error(doc).find("line 3: the module constant N must be a literal"), std::string::npos)
      << load_error(doc);
  doc = minimal_ir();
  doc["constants"][0]["value"] = Json::parse(R"({"kind": "list", "elts": [
      {"kind": "unary", "op": "-", "operand": {"kind": "const", "type": "float", "value": 1.5}},
      {"kind": "tuple", "elts": [{"kind": "const", "type": "str", "value": "a"}]}]})");
  EXPECT_EQ(load_error(doc), "");
  Json helper = Json::parse(R"({"name": "helper", "async": false, "line": 9, "params": ["a"],
      "defaults": [{"kind": "name", "id": "N"}], "body": [{"kind": "pass", "line": 10}]})");
  doc["functions"].push_back(helper);
  EXPECT_NE(load_error(doc).find("line 9: a parameter default of helper() must be a literal"), std::string::npos)
      << load_error(doc);
}

TEST(IrLoader, ANumberTooLargeForADoubleNamesItsPlace) {
  std::string text = minimal_ir().dump();
  text.replace(text.find("1.0"), 3, "1e400");
  try {
    load_ir(parse_json(text, "big.json"), "big.json");
    FAIL() << "no error";
  } catch (const LoadError& e) {
    EXPECT_NE(std::string(e.what()).find("big.json:1:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("1e400"), std::string::npos) << e.what();
  }
}

}  // namespace
