# The window without a usable display: one localised line suggesting terminal play and a clean exit 2, never
# SFML's abort ("Failed to open X11 display", exit 134).
# -DFRONTLINE=exe -DDISPLAY_VALUE=:77 (empty: $DISPLAY unset) -DLOCALE=zh|en -DEXPECT=regex -DCONFIG=dir
set(env_args --unset=DISPLAY "XDG_CONFIG_HOME=${CONFIG}")
if(DISPLAY_VALUE)
  set(env_args "DISPLAY=${DISPLAY_VALUE}" "XDG_CONFIG_HOME=${CONFIG}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env ${env_args} "${FRONTLINE}" --locale ${LOCALE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc STREQUAL "2")
  message(FATAL_ERROR "exit '${rc}', expected 2\n${out}${err}")
endif()
if(err MATCHES "Failed to open X11 display" OR NOT err MATCHES "${EXPECT}")
  message(FATAL_ERROR "the message does not match '${EXPECT}':\n${err}")
endif()
string(REGEX MATCHALL "\n" lines "${err}")
list(LENGTH lines count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one line, got ${count}:\n${err}")
endif()
message(STATUS "ok: ${err}")
