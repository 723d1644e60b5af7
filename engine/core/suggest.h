// "Did you mean": the closest known name to a misspelt one, for every diagnostic and refusal that suggests one.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::core {

// The closest candidate to `word` by edit distance, or "" when none is close enough to be a typo. Words and
// candidates longer than kMaxSuggestedWordBytes are never suggested (the work stays linear in the candidates).
inline constexpr std::size_t kMaxSuggestedWordBytes = 64;
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);
// " (did you mean 'x'?)" or "".
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);
// The same for an unknown key of a scenario object: first the key that other authoring tools' word means ("to",
// "goto", "target" -> "next"; "options" -> "choices"; "when" -> "if"), when `allowed` has it; else the closest.
std::string didYouMeanKey(std::string_view key, const std::vector<std::string>& allowed);

}  // namespace frontline::core
