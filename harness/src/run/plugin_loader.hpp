// Loading a run-time plugin (plugin.hpp) as an Implementation.
//
// Every way a library can fail to be a plugin is a LoadError naming the file
// and the fix: it cannot be opened or linked, it lacks the entry symbol, it
// was built for another ABI version, or it describes itself wrongly (no name,
// no factory, an unknown feature tag). A loaded library stays loaded for the
// life of the process: its loops and callbacks may outlive any handle.
#pragma once

#include <string>

#include "corpus/feature_registry.hpp"
#include "loopspec/implementation.hpp"

namespace loopspec::harness {

/// The plugin at `path`, its feature tags checked against `features`.
Implementation load_plugin(const std::string& path, const FeatureRegistry& features);

}  // namespace loopspec::harness
