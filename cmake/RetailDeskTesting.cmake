# add_unit_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [GUI] [KEYCHAIN] [LABELS <labels...>] [TIMEOUT <s>])
#   GUI      — runs with QT_QPA_PLATFORM=offscreen
#   KEYCHAIN — runs inside dbus-run-session with an unlocked gnome-keyring-daemon (scripts/with-keyring.sh)
# Every test gets LANG/LC_ALL pinned to C.UTF-8, a private XDG_RUNTIME_DIR and a private HOME-free config.
include_guard(GLOBAL)
function(add_unit_test)
    cmake_parse_arguments(T "GUI;KEYCHAIN" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(RETAILDESK_SANITIZE) # see the sanitizer_reports fixture below
        set(_reports ${CMAKE_BINARY_DIR}/sanitizer-reports)
        set(_sanitizer_env
            "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:log_path=${_reports}/asan"
            "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
            "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=${_reports}/ubsan")
    else()
        set(_sanitizer_env "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1" "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE retaildesk_policy Qt6::Test ${T_LIBS})
    if(T_KEYCHAIN)
        add_test(NAME ${T_NAME}
                 COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-keyring.sh $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    set(env "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "QT_QPA_PLATFORM=offscreen"
            "RETAILDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "RETAILDESK_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
            "RETAILDESK_SAMPLES_DIR=${PROJECT_SOURCE_DIR}/../shared/fixtures/retailcrm-api-samples"
            ${_sanitizer_env})
    if(NOT T_KEYCHAIN)
        list(APPEND env "DBUS_SESSION_BUS_ADDRESS=disabled:")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}")
    if(T_TIMEOUT)
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
    endif()
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
    if(RETAILDESK_SANITIZE)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED sanitizer_reports)
    endif()
endfunction()

# Sanitizer builds (the asan preset): every process a test starts (the test itself, the CLI, the
# sandbox CRM) writes any ASan, LeakSanitizer or UBSan report to a file under sanitizer-reports/ in
# the build directory instead of only to a stderr nobody may read (a server a test stops, a child
# whose exit code a test ignores). `sanitizer_reports_clear` empties the folder before the first test,
# `sanitizer_reports_check` runs after the last one and fails, printing them, when any report exists.
# Leaks found in third-party libraries only are suppressed by tests/sanitizers/lsan.supp.
if(RETAILDESK_SANITIZE)
    set(_reports ${CMAKE_BINARY_DIR}/sanitizer-reports)
    add_test(NAME sanitizer_reports_clear
             COMMAND ${CMAKE_COMMAND} -DREPORTS=${_reports} -DMODE=clear
                     -P ${PROJECT_SOURCE_DIR}/cmake/SanitizerReports.cmake)
    add_test(NAME sanitizer_reports_check
             COMMAND ${CMAKE_COMMAND} -DREPORTS=${_reports} -DMODE=check
                     -P ${PROJECT_SOURCE_DIR}/cmake/SanitizerReports.cmake)
    set_tests_properties(sanitizer_reports_clear PROPERTIES FIXTURES_SETUP sanitizer_reports)
    set_tests_properties(sanitizer_reports_check PROPERTIES FIXTURES_CLEANUP sanitizer_reports)
endif()
