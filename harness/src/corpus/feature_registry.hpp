// The registry of scenario feature tags, traces/features.txt (installed as
// share/loopspec/features.txt): what an implementation may declare and what
// `loopspec check --features` may name. An unknown tag is a LoadError naming
// the tag and the registry, never silently "unsupported".
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace loopspec::harness {

class FeatureRegistry {
 public:
  /// Reads `tag  description` lines (# comments). LoadError when unreadable.
  static FeatureRegistry load(const std::string& path);

  bool contains(std::string_view tag) const { return tags_.count(std::string(tag)) > 0; }
  const std::string& path() const { return path_; }

  /// LoadError "<who> declares unknown feature tag 'x' ..." for the first tag
  /// not in the registry; "*" (all features) is always allowed.
  void validate(const std::vector<std::string>& tags, const std::string& who) const;

 private:
  std::string path_;
  std::set<std::string, std::less<>> tags_;
};

/// Splits "a, b c" (commas and/or blanks) into tags.
std::vector<std::string> split_feature_list(std::string_view text);

}  // namespace loopspec::harness
