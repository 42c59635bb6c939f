// What the `loopspec` command's parts share: exit statuses and the check
// subcommand (check_command.cpp), called by main.cpp.
#pragma once

#include "cli/command_line.hpp"

namespace loopspec::harness {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // traces differ / scenarios failed
inline constexpr int kExitUsage = 2;   // bad command line or unreadable input

/// `loopspec check`: every selected golden scenario on every chosen
/// implementation; a report. Never throws.
int check_command(const CheckOptions& options);

}  // namespace loopspec::harness
