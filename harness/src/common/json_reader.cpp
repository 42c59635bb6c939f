// parse_json and read_text_file (json_reader.hpp).
#include "common/json_reader.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/errors.hpp"

namespace loopspec::harness {
namespace {

/// "<origin>:<line>:<column>" for a byte offset of `text`.
std::string position(const std::string& text, std::size_t offset, const std::string& origin, std::size_t first_line) {
  std::size_t line = first_line, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return origin + ":" + std::to_string(line) + ":" + std::to_string(column);
}

/// The offset of the first bracket nested deeper than kMaxJsonDepth, or
/// npos. Brackets inside strings do not count; the text is not otherwise
/// checked (the parser does that).
std::size_t too_deep_at(const std::string& text) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string::npos;
}

/// Builds the document bottom up: a container is made once its members are
/// complete, so no member is ever copied (Json's own ordered_map would copy
/// the whole subtree of each member every time its vector grows).
class DomBuilder {
 public:
  using Members = std::vector<std::pair<std::string, Json>>;

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool v) { return add(Json(v)); }
  bool number_integer(Json::number_integer_t v) { return add(Json(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return add(Json(v)); }
  bool number_float(Json::number_float_t v, const std::string&) { return add(Json(v)); }
  bool string(std::string& v) { return add(Json(std::move(v))); }
  bool binary(Json::binary_t& v) { return add(Json::binary(std::move(v))); }
  bool start_object(std::size_t) {
    open_.push_back(Open{true, {}, {}, {}});
    return true;
  }
  bool key(std::string& k) {
    open_.back().key = std::move(k);
    return true;
  }
  bool end_object() { return add(close_object()); }
  bool start_array(std::size_t) {
    open_.push_back(Open{false, {}, {}, {}});
    return true;
  }
  bool end_array() {
    Json array(Json::value_t::array);
    array.get_ref<Json::array_t&>() = std::move(open_.back().items);
    open_.pop_back();
    return add(std::move(array));
  }
  /// A syntax error is at the last byte read; a number out of range is the
  /// whole token (its text) before it.
  bool parse_error(std::size_t bytes_read, const std::string& token, const Json::exception& e) {
    std::size_t back = dynamic_cast<const Json::out_of_range*>(&e) ? token.size() : 1;
    error_offset_ = bytes_read >= back ? bytes_read - back : 0;
    error_ = e.what();
    return false;
  }

  Json take() { return std::move(root_); }
  std::size_t error_offset() const { return error_offset_; }
  const std::string& error() const { return error_; }

 private:
  struct Open {
    bool is_object;
    std::string key;
    Members members;
    std::vector<Json> items;
  };

  bool add(Json v) {
    if (open_.empty()) {
      root_ = std::move(v);
    } else if (open_.back().is_object) {
      open_.back().members.emplace_back(std::move(open_.back().key), std::move(v));
    } else {
      open_.back().items.push_back(std::move(v));
    }
    return true;
  }

  /// JSON allows a key twice; like nlohmann's parser, the last value wins at
  /// the first one's place.
  Json close_object() {
    Members members = std::move(open_.back().members);
    open_.pop_back();
    Json object(Json::value_t::object);
    auto& map = object.get_ref<Json::object_t&>();
    std::vector<std::pair<const std::string, Json>>& slots = map;
    slots.reserve(members.size());
    std::unordered_map<std::string, std::size_t> index;
    for (auto& [k, v] : members) {
      auto [it, fresh] = index.try_emplace(k, slots.size());
      if (fresh) slots.emplace_back(std::move(k), std::move(v));
      else slots[it->second].second = std::move(v);
    }
    return object;
  }

  std::vector<Open> open_;
  Json root_;
  std::size_t error_offset_ = 0;
  std::string error_;
};

/// nlohmann's "[json.exception.parse_error.101] parse error at line 1,
/// column 2: syntax error ..." without the parts our position replaces.
std::string without_prefix(std::string what) {
  if (what.starts_with("[json.exception.")) what.erase(0, what.find("] ") + 2);
  if (what.starts_with("parse error at line ")) what.erase(0, what.find(": ") + 2);
  return what;
}

}  // namespace

Json parse_json(const std::string& text, const std::string& origin, std::size_t first_line) {
  if (std::size_t at = too_deep_at(text); at != std::string::npos) {
    throw LoadError(position(text, at, origin, first_line) + ": nested deeper than " + std::to_string(kMaxJsonDepth) +
                    " arrays and objects, more than any scenario or trace holds (is this the right file?)");
  }
  DomBuilder builder;
  if (!Json::sax_parse(text, &builder)) {
    throw LoadError(position(text, builder.error_offset(), origin, first_line) +
                    ": not valid JSON: " + without_prefix(builder.error()));
  }
  return builder.take();
}

std::string read_text_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw LoadError(path + ": is a directory, not a file (name a file in it)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LoadError(path + ": cannot open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw LoadError(path + ": cannot read the file");
  return ss.str();
}

}  // namespace loopspec::harness
