#include "suggest.h"

#include <algorithm>

namespace frontline::core {

namespace {

// Edit distance when it is below `limit`, else `limit`: a row whose smallest entry reaches the limit ends the work.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit) {
    std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap >= limit) return limit;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        std::size_t smallest = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
            smallest = std::min(smallest, row[j]);
        }
        if (smallest >= limit) return limit;
    }
    return std::min(row[b.size()], limit);
}

// Words authors bring from Twine, ink, Yarn Spinner and branching-scenario tools, which no edit distance finds.
struct KeySynonym {
    std::string_view word, key;
};
constexpr KeySynonym kKeySynonyms[] = {
    {"to", "next"},         {"goto", "next"},
    {"go", "next"},         {"target", "next"},
    {"next_node", "next"},  {"destination", "next"},
    {"link", "next"},       {"divert", "next"},
    {"jump", "next"},       {"options", "choices"},
    {"answers", "choices"}, {"responses", "choices"},
    {"replies", "choices"}, {"when", "if"},
    {"condition", "if"},    {"requires", "if"},
    {"body", "text"},       {"content", "text"},
    {"line", "text"},       {"say", "text"},
    {"score", "grades"},    {"scores", "grades"},
    {"points", "grades"},   {"character", "speaker"},
    {"who", "speaker"},     {"explanation", "feedback"},
};

}  // namespace

std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    // A typo of an id is a short word: longer ones get no suggestion, so the work per candidate stays bounded.
    if (word.size() > kMaxSuggestedWordBytes) return best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        if (c.size() > kMaxSuggestedWordBytes) continue;
        std::size_t d = editDistance(word, c, bestDistance);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best = closestMatch(word, candidates);
    return best.empty() || best == word ? std::string{} : " (did you mean '" + best + "'?)";
}

std::string didYouMeanKey(std::string_view key, const std::vector<std::string>& allowed) {
    for (const KeySynonym& s : kKeySynonyms)
        if (s.word == key && std::find(allowed.begin(), allowed.end(), s.key) != allowed.end())
            return " (did you mean '" + std::string(s.key) + "'?)";
    return didYouMean(key, allowed);
}

}  // namespace frontline::core
