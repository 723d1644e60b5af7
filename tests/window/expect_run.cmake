# Runs a command and fails unless it exits EXIT (default 0) and its output (stdout and stderr) matches EXPECT.
# -DCOMMAND="prog|arg|arg" (| separates arguments) -DEXPECT=regex [-DEXIT=N]
string(REPLACE "|" ";" argv "${COMMAND}")
execute_process(COMMAND ${argv} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()
if(NOT rc STREQUAL "${EXIT}")
  message(FATAL_ERROR "exit ${rc}\n${out}${err}")
endif()
if(NOT "${out}${err}" MATCHES "${EXPECT}")
  message(FATAL_ERROR "output does not match '${EXPECT}':\n${out}${err}")
endif()
message(STATUS "ok: exit ${EXIT}, output matches '${EXPECT}'")
