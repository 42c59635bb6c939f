// Task.get_stack() and Task.print_stack(), and the frame objects they
// give: `f_lineno` and `f_code` with `co_name` and `co_filename`
// (docs/scenario-language.md#task-stacks).
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/builtins/io.hpp"
#include "interp/pyobjects.hpp"
#include "loopspec/task.hpp"

namespace loopspec::harness {
namespace {

/// A frame's f_code: the name and file of the code it runs.
class CodeView : public HarnessObject {
 public:
  explicit CodeView(FramePtr frame) : frame(std::move(frame)) {}
  const TypeInfo& type() const override {
    static const TypeInfo& t = type_info("code");
    return t;
  }
  FramePtr frame;
};

/// The keyword-only limit= of get_stack and print_stack.
std::optional<std::int64_t> limit_arg(CallArgs& args) {
  Value limit = args.take_kw("limit").value_or(None);
  if (limit.is_none()) return std::nullopt;
  if (!limit.is_int()) throw ScenarioError("not supported: a limit= that is not an int or None");
  return limit.as_int();
}

Value t_get_stack(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("get_stack", 0, 0);
  std::optional<std::int64_t> limit = limit_arg(args);
  args.no_keywords_left("get_stack");
  auto out = std::make_shared<List>();
  for (FramePtr& f : self_as<Task>(self).get_stack(limit)) out->items.emplace_back(std::move(f));
  return out;
}

Value t_print_stack(Interpreter&, const Value& self, CallArgs& args) {
  args.expect_positional("print_stack", 0, 0);
  std::optional<std::int64_t> limit = limit_arg(args);
  Value file = args.take_kw("file").value_or(None);
  args.no_keywords_left("print_stack");
  auto buffer = file.as<StringIOObject>();
  if (!file.is_none() && !buffer) throw ScenarioError("not supported: print_stack(file=...) other than an io.StringIO");
  std::string text = self_as<Task>(self).stack_text(limit);
  // Without file= CPython writes to sys.stderr, which no trace records.
  if (buffer) buffer->text += text;
  return None;
}

Value frame_lineno(Interpreter&, const Value& self, CallArgs&) {
  return static_cast<std::int64_t>(self_as<FrameObject>(self).line());
}

Value frame_code(Interpreter&, const Value& self, CallArgs&) {
  return std::make_shared<CodeView>(self.as<FrameObject>());
}

Value code_name(Interpreter&, const Value& self, CallArgs&) { return self_as<CodeView>(self).frame->name; }

Value code_filename(Interpreter&, const Value& self, CallArgs&) { return self_as<CodeView>(self).frame->file; }

}  // namespace

void bind_stacks() {
  TypeInfo& task = type_info("Task");
  task.define_method("get_stack", t_get_stack);
  task.define_method("print_stack", t_print_stack);
  TypeInfo& frame = type_info("frame");
  frame.define_property("f_lineno", frame_lineno);
  frame.define_property("f_code", frame_code);
  bind_model_class<FrameObject>(frame);
  TypeInfo& code = type_info("code");
  code.define_property("co_name", code_name);
  code.define_property("co_filename", code_filename);
}

}  // namespace loopspec::harness
