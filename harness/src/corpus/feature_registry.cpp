// FeatureRegistry (feature_registry.hpp).
#include "corpus/feature_registry.hpp"

#include <sstream>

#include "common/errors.hpp"
#include "common/json_reader.hpp"

namespace loopspec::harness {

FeatureRegistry FeatureRegistry::load(const std::string& path) {
  FeatureRegistry r;
  r.path_ = path;
  std::istringstream in(read_text_file(path));
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string tag;
    if (words >> tag && tag[0] != '#') r.tags_.insert(tag);
  }
  if (r.tags_.empty()) throw LoadError(path + ": no feature tags in the registry");
  return r;
}

void FeatureRegistry::validate(const std::vector<std::string>& tags, const std::string& who) const {
  for (const auto& t : tags) {
    if (t == "*" || contains(t)) continue;
    throw LoadError(who + " declares unknown feature tag '" + t + "': the tags are those of " + path_ +
                    " (fix the spelling, or add the tag to the registry first)");
  }
}

std::vector<std::string> split_feature_list(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '\t' || c == '\n') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace loopspec::harness
