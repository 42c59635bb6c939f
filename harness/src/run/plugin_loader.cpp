// load_plugin (plugin_loader.hpp), with dlopen.
#include "run/plugin_loader.hpp"

#include <dlfcn.h>

#include <filesystem>
#include <regex>

#include "common/errors.hpp"
#include "loopspec/plugin.hpp"

namespace loopspec::harness {
namespace {

constexpr const char* kHowTo = "see docs/plugins.md";

/// dlopen searches the library path for a name without a '/': make a file
/// given on the command line mean that file.
std::string as_file_path(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw LoadError(path + ": no such plugin file (pass the path of the shared library, e.g. ./libmyloop.so)");
  return std::filesystem::absolute(path, ec).string();
}

void* open_library(const std::string& path) {
  // RTLD_NOW: a symbol the executable lacks fails here, not in mid-run.
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = dlerror();
    throw LoadError(path + ": cannot load the plugin: " + (why ? why : "unknown dlopen error") +
                    " (a plugin must be built against the headers of this loopspec and must not link "
                    "its own copy of the model; " + kHowTo + ")");
  }
  return handle;
}

const loopspec_plugin* entry_of(void* handle, const std::string& path) {
  using Entry = const loopspec_plugin* (*)();
  auto entry = reinterpret_cast<Entry>(dlsym(handle, "loopspec_plugin_entry"));
  if (!entry)
    throw LoadError(path + ": not a loopspec plugin: it exports no loopspec_plugin_entry symbol "
                    "(define one with LOOPSPEC_PLUGIN(name, features, factory) from <loopspec/plugin.hpp>; " +
                    std::string(kHowTo) + ")");
  const loopspec_plugin* p = entry();
  if (!p) throw LoadError(path + ": loopspec_plugin_entry returned null (return the LOOPSPEC_PLUGIN description)");
  return p;
}

void check_description(const loopspec_plugin& p, const std::string& path) {
  if (p.abi_version != LOOPSPEC_PLUGIN_ABI_VERSION)
    throw LoadError(path + ": plugin ABI version " + std::to_string(p.abi_version) + ", but this loopspec loads version " +
                    std::to_string(LOOPSPEC_PLUGIN_ABI_VERSION) +
                    ": rebuild the plugin against this loopspec's headers (<loopspec/plugin.hpp>)");
  if (!p.name || !std::regex_match(p.name, std::regex("[A-Za-z0-9_-]+")))
    throw LoadError(path + ": the plugin's name must be letters, digits, '_' and '-', not '" +
                    std::string(p.name ? p.name : "(null)") + "'");
  if (!p.factory) throw LoadError(path + ": plugin '" + p.name + "' has no factory (the third LOOPSPEC_PLUGIN argument)");
}

}  // namespace

Implementation load_plugin(const std::string& path, const FeatureRegistry& features) {
  std::string file = as_file_path(path);
  const loopspec_plugin& p = *entry_of(open_library(file), path);
  check_description(p, path);
  Implementation impl;
  impl.name = p.name;
  impl.factory = p.factory;
  if (p.real_clock_factory) impl.real_clock_factory = p.real_clock_factory;
  if (p.gather) impl.overrides.gather = p.gather;
  if (p.cancel_all_tasks) impl.overrides.cancel_all_tasks = p.cancel_all_tasks;
  impl.features = split_feature_list(p.features ? p.features : "");
  if (impl.features.empty())
    throw LoadError(path + ": plugin '" + impl.name + "' declares no feature tags (list them, or \"*\" for all)");
  features.validate(impl.features, path + ": plugin '" + impl.name + "'");
  impl.origin = "plugin " + file;
  return impl;
}

}  // namespace loopspec::harness
