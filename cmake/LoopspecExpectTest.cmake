# loopspec_expect_test(): a ctest test that runs a command and checks its
# exit status and output with cmake/expect_run.cmake.
#
#   loopspec_expect_test(<name> EXIT <n> [EXPECT <regex>...] [REJECT <regex>...]
#                        [LABELS <label>...] [TIMEOUT <s>] COMMAND <cmd> <args>...)
include_guard(GLOBAL)

function(loopspec_expect_test name)
  cmake_parse_arguments(ARG "" "EXIT;TIMEOUT" "EXPECT;REJECT;LABELS;COMMAND" ${ARGN})
  set(args EXIT ${ARG_EXIT})
  foreach(re IN LISTS ARG_EXPECT)
    list(APPEND args EXPECT "${re}")
  endforeach()
  foreach(re IN LISTS ARG_REJECT)
    list(APPEND args REJECT "${re}")
  endforeach()
  add_test(NAME ${name}
           COMMAND ${CMAKE_COMMAND} -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/expect_run.cmake -- ${args} RUN ${ARG_COMMAND})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 60)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT})
endfunction()
