// The budget knobs (budget.hpp).
#include "budget.hpp"

#include <rapidcheck.h>

#include <cstdlib>
#include <string>

namespace loopspec::properties {
namespace {

int env_int(const char* name, int fallback) {
  const char* v = std::getenv(name);
  if (!v || !*v) return fallback;
  try {
    return std::max(1, std::stoi(v));
  } catch (const std::exception&) {
    return fallback;
  }
}

}  // namespace

bool rc_params_has(const std::string& key) {
  const char* p = std::getenv("RC_PARAMS");
  return p && std::string(p).find(key + "=") != std::string::npos;
}

int cases_per_chunk(int default_cases) {
  if (rc_params_has("max_success")) return rc::detail::configuration().testParams.maxSuccess;
  return env_int("LOOPSPEC_PROPERTY_CASES", default_cases);
}

int shrink_seconds() { return env_int("LOOPSPEC_SHRINK_SECONDS", 120); }

int chunk_count() {
  const char* deep = std::getenv("LOOPSPEC_PROPERTY_DEEP");
  int fallback = deep && std::string(deep) == "1" ? 100 : 1;
  return env_int("LOOPSPEC_PROPERTY_CHUNKS", fallback);
}

std::uint64_t base_seed() { return rc::detail::configuration().testParams.seed; }

std::uint64_t chunk_seed(const std::string& id, int chunk) { return chunk_seed(id, chunk, base_seed()); }

std::uint64_t chunk_seed(const std::string& id, int chunk, std::uint64_t base) {
  // splitmix64 over (seed, id, chunk): neighbouring chunks get unrelated seeds.
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a: the same on every platform
  for (unsigned char c : id) h = (h ^ c) * 0x100000001b3ULL;
  std::uint64_t z = base ^ h ^ (0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(chunk + 1));
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace loopspec::properties
