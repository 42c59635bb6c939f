# `cmake --install <build> --prefix <dir>`: the loopspec CMake package, so that
# another project can `find_package(loopspec)` and call loopspec_add_impl()
# on its own loop, its golden tests running against the installed corpus.
#
#   bin/loopspec                          the command (plugins load into it)
#   include/loopspec/                     the public headers: the model's API and
#                                         the harness's plugin and registration API
#   lib/libloopspec_{model,harness,golden_driver}.a
#   lib/cmake/loopspec/                   loopspecConfig.cmake, the targets
#                                         (loopspec::model, ::harness,
#                                         ::golden_driver, ::plugin) and
#                                         LoopspecImpl.cmake
#   share/loopspec/golden/                the golden corpus
#   share/loopspec/features.txt           the feature tag registry
#   share/loopspec/scenarios/             scenario sources, quoted in diffs
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(LOOPSPEC_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/loopspec")
set(LOOPSPEC_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/loopspec")

set_target_properties(loopspec_model PROPERTIES EXPORT_NAME model)
if(LOOPSPEC_SANITIZE)
  # Consumers of sanitized libraries link the sanitizer runtimes.
  target_link_options(loopspec_model INTERFACE -fsanitize=address,undefined)
endif()

install(TARGETS loopspec_model loopspec_harness loopspec_golden_driver loopspec_plugin_api
        EXPORT loopspecTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS loopspec_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY model/include/ harness/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT loopspecTargets NAMESPACE loopspec:: DESTINATION ${LOOPSPEC_INSTALL_CMAKEDIR})

configure_package_config_file(cmake/loopspecConfig.cmake.in "${PROJECT_BINARY_DIR}/loopspecConfig.cmake"
                              INSTALL_DESTINATION ${LOOPSPEC_INSTALL_CMAKEDIR}
                              PATH_VARS LOOPSPEC_INSTALL_DATADIR CMAKE_INSTALL_BINDIR)
write_basic_package_version_file("${PROJECT_BINARY_DIR}/loopspecConfigVersion.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/loopspecConfig.cmake" "${PROJECT_BINARY_DIR}/loopspecConfigVersion.cmake"
              harness/cmake/LoopspecImpl.cmake
        DESTINATION ${LOOPSPEC_INSTALL_CMAKEDIR})

install(DIRECTORY traces/golden DESTINATION ${LOOPSPEC_INSTALL_DATADIR})
install(DIRECTORY traces/scenarios DESTINATION ${LOOPSPEC_INSTALL_DATADIR} FILES_MATCHING PATTERN "*.py")
install(FILES traces/features.txt DESTINATION ${LOOPSPEC_INSTALL_DATADIR})
