# One interface target that carries the compile policy; every Orgdesk target links it.
add_library(orgdesk_policy INTERFACE)
target_compile_features(orgdesk_policy INTERFACE cxx_std_20)
target_compile_definitions(orgdesk_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    ORGDESK_VERSION="${PROJECT_VERSION}"
)
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(orgdesk_policy INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(orgdesk_policy INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(ORGDESK_WERROR)
        target_compile_options(orgdesk_policy INTERFACE -Werror)
    endif()
endif()

# Opt-in sanitizers for the whole tree (-DORGDESK_SANITIZE=address,undefined in its own build
# directory, e.g. build-asan): every target links this policy, so every target is instrumented.
if(ORGDESK_SANITIZE)
    target_compile_options(orgdesk_policy INTERFACE
        -fsanitize=${ORGDESK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(orgdesk_policy INTERFACE -fsanitize=${ORGDESK_SANITIZE})
endif()

# Opt-in fuzzing (-DORGDESK_FUZZ=ON, with clang, in its own build directory, e.g. build-fuzz):
# the code under test gets libFuzzer's coverage hooks and the address and undefined-behaviour
# sanitizers; the targets in fuzz/ link libFuzzer's main. See scripts/fuzz.sh.
if(ORGDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "ORGDESK_FUZZ needs clang (CXX=clang++-14)")
    endif()
    target_compile_options(orgdesk_policy INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(orgdesk_policy INTERFACE -fsanitize=address,undefined)
endif()
