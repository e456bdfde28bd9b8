# add_unit_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [GUI] [KEYCHAIN] [LABELS <labels...>] [TIMEOUT <s>])
#   GUI      — runs with QT_QPA_PLATFORM=offscreen
#   KEYCHAIN — runs inside dbus-run-session with an unlocked gnome-keyring-daemon (scripts/with-keyring.sh)
# Every test gets LANG/LC_ALL pinned to C.UTF-8, a private XDG_RUNTIME_DIR and a private HOME-free config.
function(add_unit_test)
    cmake_parse_arguments(T "GUI;KEYCHAIN" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
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
            "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1"
            "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
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
endfunction()
