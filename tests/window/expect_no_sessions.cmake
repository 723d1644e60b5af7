# Fails when DIR (a data folder, $XDG_DATA_HOME/frontline) holds a session file or a best score: runs that are
# not the trainee's (the tour) must leave no trace in their records.
file(GLOB files "${DIR}/sessions/*.json" "${DIR}/best.json")
if(files)
  list(LENGTH files n)
  message(FATAL_ERROR "${n} file(s) written into ${DIR}: ${files}")
endif()
message(STATUS "nothing recorded in ${DIR}")
