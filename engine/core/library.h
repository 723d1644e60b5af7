// The scenario library: which files in a folder are scenarios, and the facts a catalogue shows about each.
#pragma once
#include <string>
#include <vector>

namespace frontline::core {

// Every *.json in `dir` except the rubric (rubric.json) and schemas (*.schema.json), sorted by name.
std::vector<std::string> scenarioFiles(const std::string& dir);

}  // namespace frontline::core
