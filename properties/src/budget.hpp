// How much each property runs: the default budget keeps every property test
// of every bundled implementation under three minutes on two cores; the deep
// runs (LOOPSPEC_PROPERTY_DEEP=1, ctest label `deep`) do 100 times more, in
// 100 gtest cases so that GTEST_SHARD_INDEX/GTEST_TOTAL_SHARDS split them.
#pragma once

#include <cstdint>
#include <string>

namespace loopspec::properties {

/// The default budget of a RapidCheck property (differential, invariants,
/// each mutant): programs per chunk. About a millisecond each, several for
/// one that starts a child process (bench/README.md, "Differential throughput").
inline constexpr int kDefaultCases = 5000;
/// Programs per chunk of the open-order properties (each explores the model's
/// permitted orders: a few runs of the model per program, at most
/// kOrderLimits.max_runs).
inline constexpr int kOpenOrderCases = 2000;
/// Programs the model runs against CPython per chunk (one CPython process,
/// a forked child per program: about 60 ms a program, more with
/// connections). Sized with CI's 30 minutes on two cores in mind, where the
/// three CPython versions run it; the deep runs take 100 times more.
inline constexpr int kCPythonCases = 500;
/// Programs of open orders on CPython per chunk: each is explored as well.
inline constexpr int kCPythonOpenOrderCases = 200;
/// Programs per chunk on a Python loop (python_loop_test.cpp): on the
/// virtual clock about 10 ms each; on a real clock each sleeps up to a
/// second, twelve at a time. Both about 20-30 s on two cores.
inline constexpr int kVirtualLoopCases = 1000;
inline constexpr int kRealTimeLoopCases = 300;

/// Seconds of wall time shrinking one disagreement with a Python interpreter
/// in the loop may take (LOOPSPEC_SHRINK_SECONDS, default 120): past it the
/// smallest program so far is reported, so a failure is a failure within the
/// test's time limit rather than a timeout.
int shrink_seconds();

/// Cases per chunk for a property whose default is `default_cases`:
/// RC_PARAMS' max_success if given, else LOOPSPEC_PROPERTY_CASES if set,
/// else the default.
int cases_per_chunk(int default_cases);

/// 1, or 100 when LOOPSPEC_PROPERTY_DEEP=1 (or LOOPSPEC_PROPERTY_CHUNKS=N).
int chunk_count();

/// The seed every chunk derives its own from: RC_PARAMS' seed, else the one
/// RapidCheck drew at random for this process.
std::uint64_t base_seed();

/// A distinct, reproducible seed for chunk `chunk` of property `id`.
std::uint64_t chunk_seed(const std::string& id, int chunk);
/// The same, derived from `base` instead of base_seed().
std::uint64_t chunk_seed(const std::string& id, int chunk, std::uint64_t base);

/// Whether RC_PARAMS names `key` (max_success, max_size, seed, reproduce...).
bool rc_params_has(const std::string& key);

}  // namespace loopspec::properties
