// What the `loopspec` command's parts share: exit statuses, the check
// subcommand (check_command.cpp), called by main.cpp, and the list of linked
// implementations that their usage errors name (check_plan.cpp).
#pragma once

#include <string>

#include "cli/command_line.hpp"

namespace loopspec::harness {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // traces differ / scenarios failed
inline constexpr int kExitUsage = 2;   // bad command line or unreadable input

/// `loopspec check`: every selected golden scenario on every chosen
/// implementation; a report. Never throws.
int check_command(const CheckOptions& options);

/// The names of the implementations linked into this binary, comma-separated,
/// or "(none linked)": what a usage error offers instead of a wrong --impl.
std::string linked_implementation_names();

}  // namespace loopspec::harness
