# The packaging test (ctest label kind:packaging): proves that the installed
# package is enough for the two out-of-tree ways in (docs/plugins.md).
#
#   1. cmake --install the build into a fresh prefix
#   2. configure and build examples/out-of-tree-impl against it, and run its
#      golden tests for one area: they use the installed corpus
#   3. build examples/plugin against it and run the installed
#      `loopspec check --plugin` on it for one area
#
# cmake -DLOOPSPEC_BUILD_DIR=... -DEXAMPLES_DIR=... -DWORK_DIR=... -DGENERATOR=...
#       -DCXX_COMPILER=... -DBUILD_TYPE=... -DCXX_FLAGS=... -DEXE_LINKER_FLAGS=... -P packaging_test.cmake
# The compiler and flags are the build's: a sanitizer preset's libraries need
# their runtime in the examples too.
set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")

function(step what)
  message(STATUS "packaging test: ${what}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "packaging test: '${what}' failed (${rc})")
  endif()
endfunction()

function(configure_and_build name)
  step("configure ${name}" ${CMAKE_COMMAND} -S "${EXAMPLES_DIR}/${name}" -B "${WORK_DIR}/${name}"
       -G "${GENERATOR}" -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
       -DCMAKE_BUILD_TYPE=${BUILD_TYPE} "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
       "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}")
  step("build ${name}" ${CMAKE_COMMAND} --build "${WORK_DIR}/${name}" -j 2)
endfunction()

step("install" ${CMAKE_COMMAND} --install "${LOOPSPEC_BUILD_DIR}" --prefix "${prefix}")

configure_and_build(out-of-tree-impl)
step("golden tests of the out-of-tree implementation (area shield)"
     ${CMAKE_CTEST_COMMAND} --test-dir "${WORK_DIR}/out-of-tree-impl" -L "area:shield" --output-on-failure
     --no-tests=error)

configure_and_build(plugin)
file(GLOB plugin_library "${WORK_DIR}/plugin/*loopspec_example_plugin*")
step("the installed loopspec on the example plugin (area call_soon)"
     "${prefix}/bin/loopspec" check --plugin "${plugin_library}" --area call_soon)
