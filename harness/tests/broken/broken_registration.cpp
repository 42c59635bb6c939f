// The broken loop registered in one test binary only (with the golden test
// driver): the ctest side of expected failures, XPASS and unsupported.
#include "broken_loop.hpp"
#include "corpus/feature_registry.hpp"
#include "loopspec/implementation.hpp"

namespace {
loopspec::harness::Implementation broken_implementation() {
  loopspec::harness::Implementation impl;
  impl.name = "broken";
  impl.factory = loopspec::harness::broken::make_broken_loop;
  impl.features = loopspec::harness::split_feature_list(loopspec::harness::broken::kFeatures);
  impl.expected_failures_file = LOOPSPEC_BROKEN_EXPECTED_FAILURES;
  return impl;
}

const loopspec::harness::ImplementationRegistrar registrar{broken_implementation()};
}  // namespace
