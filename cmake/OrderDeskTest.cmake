# orderdesk_add_test(NAME name SOURCES ... [LIBS ...] [LABELS ...])
# One helper for every QtTest executable: links the models library and QtTest, registers the test
# with CTest, and runs it on the offscreen platform so no display is needed.
function(orderdesk_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE orderdesk_models orderdesk_resources Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        ORDERDESK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        ORDERDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        ORDERDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    orderdesk_warnings(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}")
endfunction()
