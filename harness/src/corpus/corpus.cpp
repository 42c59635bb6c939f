// Corpus (corpus.hpp).
#include "corpus/corpus.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#ifndef LOOPSPEC_GOLDEN_DIR
#error "LOOPSPEC_GOLDEN_DIR: the build defines it as the source tree's traces/golden"
#endif

namespace loopspec::harness {
namespace {

namespace fs = std::filesystem;

/// <root> of a golden directory <root>/golden.
fs::path root_of(const std::string& golden_dir) {
  fs::path p(golden_dir);
  if (!p.has_filename()) p = p.parent_path();
  return p.parent_path();
}

}  // namespace

Corpus::Corpus(const std::string& golden_dir) : golden_dir_(golden_dir) {}

Corpus Corpus::default_corpus() {
  if (const char* env = std::getenv("LOOPSPEC_GOLDEN_DIR"); env && *env) return Corpus(env);
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  fs::path installed = self.parent_path().parent_path() / "share" / "loopspec" / "golden";
  if (!ec && fs::is_directory(installed, ec)) return Corpus(installed.string());
  return Corpus(LOOPSPEC_GOLDEN_DIR);
}

std::string Corpus::features_file() const { return (root_of(golden_dir_) / "features.txt").string(); }

std::string Corpus::scenarios_dir() const { return (root_of(golden_dir_) / "scenarios").string(); }

std::vector<std::string> Corpus::golden_files() const {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& area : fs::directory_iterator(golden_dir_, ec)) {
    if (!area.is_directory(ec)) continue;
    for (const auto& f : fs::directory_iterator(area.path(), ec))
      if (f.path().extension() == ".json") out.push_back(f.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Corpus::id_of(const std::string& golden_file) {
  fs::path p(golden_file);
  return p.parent_path().filename().string() + "/" + p.stem().string();
}

std::string Corpus::area_of(const std::string& golden_file) {
  return fs::path(golden_file).parent_path().filename().string();
}

std::string Corpus::source_of(const std::string& golden_file) {
  std::error_code ec;
  fs::path golden_dir = fs::absolute(golden_file, ec).parent_path().parent_path();
  fs::path py = fs::path(Corpus(golden_dir.string()).scenarios_dir()) / (id_of(golden_file) + ".py");
  return fs::is_regular_file(py, ec) ? py.string() : "";
}

}  // namespace loopspec::harness
