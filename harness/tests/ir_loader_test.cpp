// The IR loader: what it accepts, and that every rejection names the file,
// the JSON path and the scenario line.
#include <gtest/gtest.h>

#include "ir/ir_loader.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;

Json minimal_ir() {
  return Json::parse(R"({
    "ir": 1, "id": "area/name",
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

TEST(IrLoader, LoadsAndResolvesAProgram) {
  ir::Program p = load_ir(minimal_ir(), "f.json");
  EXPECT_TRUE(p.resolved);
  EXPECT_EQ(p.id, "area/name");
  EXPECT_EQ(p.entry, ir::Entry::Main);
  EXPECT_EQ(p.entry_index, 0);
  ASSERT_EQ(p.functions.size(), 1u);
  const auto& f = p.functions[0];
  EXPECT_EQ(f.locals, std::vector<std::string>{"x"});
  const auto& assign = std::get<ir::Assign>(f.body[0].node);
  const auto& sum = std::get<ir::BinaryOp>(assign.value->node);
  EXPECT_EQ(std::get<ir::Name>(sum.left->node).scope, ir::Scope::Constant);
  EXPECT_TRUE(std::get<ir::Const>(sum.right->node).value.is_float());
  EXPECT_FALSE(f.body[0].has_await);
  EXPECT_TRUE(f.body[1].has_await);
  // asyncio.sleep is folded to the bound function.
  const auto& call = std::get<ir::Call>(std::get<ir::Await>(std::get<ir::ExprStmt>(f.body[1].node).value->node).value->node);
  EXPECT_TRUE(std::holds_alternative<ir::Const>(call.func->node));
}

TEST(IrLoader, RejectsAnotherVersionNamingBoth) {
  Json doc = minimal_ir();
  doc["ir"] = 2;
  std::string e = load_error(doc);
  EXPECT_NE(e.find("f.json"), std::string::npos) << e;
  EXPECT_NE(e.find("IR version 2"), std::string::npos) << e;
  EXPECT_NE(e.find("IR version 1"), std::string::npos) << e;
}

TEST(IrLoader, MissingMemberNamesPathAndLine) {
  Json doc = minimal_ir();
  doc["functions"][0]["body"][1]["value"]["value"].erase("func");
  std::string e = load_error(doc);
  EXPECT_NE(e.find("missing member \"func\""), std::string::npos) << e;
  EXPECT_NE(e.find("/functions/0/body/1/value/value"), std::string::npos) << e;
  EXPECT_NE(e.find("scenario line 7"), std::string::npos) << e;
}

TEST(IrLoader, UnknownKindsAreRejected) {
  Json doc = minimal_ir();
  doc["functions"][0]["body"][0]["kind"] = "global";
  EXPECT_NE(load_error(doc).find("unknown statement kind \"global\""), std::string::npos);
  doc = minimal_ir();
  doc["functions"][0]["body"][0]["value"]["kind"] = "lambda";
  EXPECT_NE(load_error(doc).find("unknown expression kind \"lambda\""), std::string::npos);
  doc = minimal_ir();
  doc["functions"][0]["body"][0]["value"]["op"] = "**";
  EXPECT_NE(load_error(doc).find("unknown binary operator"), std::string::npos);
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
  // await nested inside an expression
  Json aw = doc["functions"][0]["body"][1]["value"];
  doc["functions"][0]["body"][0]["value"]["right"] = aw;
  EXPECT_NE(load_error(doc).find("line 6: await may stand only"), std::string::npos) << load_error(doc);
  doc = minimal_ir();
  doc["functions"][0]["body"].push_back(Json::parse(R"({"kind": "break", "line": 8})"));
  EXPECT_NE(load_error(doc).find("line 8: 'break' outside loop"), std::string::npos);
  doc = minimal_ir();
  doc["functions"][0]["async"] = false;
  EXPECT_NE(load_error(doc).find("async def main()"), std::string::npos);
}

TEST(IrLoader, JsonSyntaxErrorsNameLineAndColumn) {
  try {
    parse_json_text("{\n  \"ir\": 1,\n  oops\n}", "bad.json");
    FAIL() << "no error";
  } catch (const LoadError& e) {
    std::string m = e.what();
    EXPECT_EQ(m.rfind("bad.json:3:", 0), 0u) << m;
    EXPECT_NE(m.find("not valid JSON"), std::string::npos) << m;
  }
}

TEST(IrLoader, UnreadableFileIsALoadError) {
  EXPECT_THROW(read_text_file("/nonexistent/loopspec.json"), LoadError);
}

TEST(IrLoader, AGoldenFileCitesItsScenariosPythonSource) {
  // Run errors cite the scenario's Python lines, so they name its .py.
  std::string corpus = std::string(LOOPSPEC_TEST_GOLDEN_DIR) + "/..";
  Json doc = minimal_ir();
  doc["id"] = "futures/get_loop";
  ir::Program p = load_ir(doc, corpus + "/golden/futures/get_loop.json");
  EXPECT_EQ(p.source_file, corpus + "/scenarios/futures/get_loop.py");
}

TEST(IrLoader, AnIrFileOutsideACorpusCitesItself) {
  Json doc = minimal_ir();
  EXPECT_EQ(load_ir(doc, "/tmp/area/name.json").source_file, "/tmp/area/name.json");
  // A golden/ layout without the scenario's .py beside it.
  EXPECT_EQ(load_ir(doc, "/nowhere/golden/area/name.json").source_file, "/nowhere/golden/area/name.json");
}

}  // namespace
