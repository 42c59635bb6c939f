// io.StringIO: a text buffer to pass as `file=` (Task.print_stack) and read
// back with getvalue(), so what asyncio prints can be logged.
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/builtins/io.hpp"
#include "interp/utf8.hpp"

namespace loopspec::harness {
namespace {

Value string_io_new(Interpreter&, const Value&, CallArgs& args) {
  // With an initial value CPython writes over it from position 0; the
  // language keeps to the empty buffer that is only appended to.
  if (!args.pos.empty() || !args.kw.empty()) throw ScenarioError("not supported: io.StringIO() with arguments");
  return std::make_shared<StringIOObject>();
}

Value string_io_write(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_one_argument("write");
  if (!args.pos[0].is_str()) {
    raise(exc::TypeError, "string argument expected, got '" + loopspec::type_name(args.pos[0]) + "'");
  }
  const std::string& s = args.pos[0].as_str();
  self_as<StringIOObject>(self).text += s;
  return static_cast<std::int64_t>(utf8_length(s));
}

Value string_io_getvalue(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("getvalue", 0, 0);
  return self_as<StringIOObject>(self).text;
}

}  // namespace

const TypeInfo& StringIOObject::type() const {
  static const TypeInfo& t = type_info("StringIO");
  return t;
}

void bind_io() {
  define_builtin("io", Value(std::make_shared<ModuleObject>("io")));
  define_module_attr("io", "StringIO", native_function("StringIO", string_io_new));
  TypeInfo& t = type_info("StringIO");
  t.define_method("write", string_io_write);
  t.define_method("getvalue", string_io_getvalue);
}

}  // namespace loopspec::harness
