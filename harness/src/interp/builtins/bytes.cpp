// bytes(...), bytes.decode and str.encode (docs/scenario-language.md#bytes).
#include "common/errors.hpp"
#include "interp/builtins/builtins.hpp"
#include "interp/codecs.hpp"
#include "interp/pyops.hpp"

namespace loopspec::harness {
namespace {

/// An `encoding`/`errors` argument: a str, else CPython's TypeError.
std::string text_arg(const Value& v, const char* fname, const char* what) {
  if (!v.is_str()) raise(exc::TypeError, std::string(fname) + "() argument '" + what + "' must be str, not " + loopspec::type_name(v));
  return v.as_str();
}

/// bytes(list of ints): each an int in range(256).
std::string bytes_of_ints(const std::vector<Value>& items) {
  std::string out;
  for (const auto& v : items) {
    if (!is_integer(v)) raise(exc::TypeError, "'" + loopspec::type_name(v) + "' object cannot be interpreted as an integer");
    if (as_integer(v) < 0 || as_integer(v) > 255) raise(exc::ValueError, "bytes must be in range(0, 256)");
    out += static_cast<char>(as_integer(v));
  }
  return out;
}

Value builtin_bytes(Interpreter&, const Value&, CallArgs& args) {
  args.expect_positional("bytes", 0, 3);
  Value source = args.arg(0, "source", Value());
  std::optional<Value> encoding = args.pos.size() > 1 ? args.pos[1] : args.take_kw("encoding");
  std::optional<Value> errors = args.pos.size() > 2 ? args.pos[2] : args.take_kw("errors");
  args.no_keywords_left("bytes");
  if (source.is_str()) {
    if (!encoding) raise(exc::TypeError, "string argument without an encoding");
    std::string err = errors ? text_arg(*errors, "bytes", "errors") : "strict";
    return std::make_shared<Bytes>(encode_text(source.as_str(), text_arg(*encoding, "bytes", "encoding"), err));
  }
  if (encoding || errors) raise(exc::TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
  if (source.is_none() && args.pos.empty()) return std::make_shared<Bytes>("");
  if (is_integer(source)) {
    if (as_integer(source) < 0) raise(exc::ValueError, "negative count");
    if (as_integer(source) > 10'000'000) throw ScenarioError("bytes(n) too large");
    return std::make_shared<Bytes>(std::string(static_cast<std::size_t>(as_integer(source)), '\0'));
  }
  if (auto b = source.as<Bytes>()) return b;
  auto items = plain_items(source);
  if (!items) raise(exc::TypeError, "cannot convert '" + loopspec::type_name(source) + "' object to bytes");
  return std::make_shared<Bytes>(bytes_of_ints(*items));
}

/// The (encoding, errors) arguments of encode() and decode(), utf-8 and strict by default.
std::pair<std::string, std::string> codec_args(CallArgs& args, const char* fname) {
  args.expect_positional(fname, 0, 2);
  Value encoding = args.arg(0, "encoding", Value("utf-8"));
  Value errors = args.arg(1, "errors", Value("strict"));
  args.no_keywords_left(fname);
  return {text_arg(encoding, fname, "encoding"), text_arg(errors, fname, "errors")};
}

Value str_encode(Interpreter&, const Value& self, CallArgs& args) {
  auto [encoding, errors] = codec_args(args, "encode");
  return std::make_shared<Bytes>(encode_text(self.as_str(), encoding, errors));
}

Value bytes_decode(Interpreter&, const Value& self, CallArgs& args) {
  auto [encoding, errors] = codec_args(args, "decode");
  return decode_bytes(self_as<Bytes>(self).data, encoding, errors);
}

}  // namespace

void bind_bytes() {
  define_builtin("bytes", native_function("bytes", builtin_bytes));
  type_info("str").define_method("encode", str_encode);
  TypeInfo& b = type_info("bytes");
  b.define_method("decode", bytes_decode);
  bind_model_class<Bytes>(b);
}

}  // namespace loopspec::harness
