// Shared pieces of the `loopspec` command (main.cpp, cli_check.cpp).
#pragma once

#include <string>
#include <vector>

namespace loopspec::harness {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // traces differ / scenarios failed
inline constexpr int kExitUsage = 2;   // bad command line or unreadable input

/// `loopspec check ...` (see main.cpp).
int check_command(const std::vector<std::string>& args);

}  // namespace loopspec::harness
