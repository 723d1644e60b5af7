// Every word the app says itself, in Chinese and English: the window, terminal play, score and the reports
// (scenario text comes from the scenario files).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/grading.h"
#include "core/scenario.h"
#include "core/session.h"

namespace frontline::game {

// The UI string `key` in `locale` ("zh" or "en"); the key itself when unknown, so a missing entry shows.
const std::string& tr(std::string_view locale, std::string_view key);

// The entries under one prefix: Terms("zh", "report")("no-ending") is tr("zh", "report.no-ending").
class Terms {
public:
    Terms(std::string locale, std::string prefix) : m_locale(std::move(locale)), m_prefix(std::move(prefix) + ".") {}
    const char* operator()(std::string_view key) const { return tr(m_locale, m_prefix + std::string(key)).c_str(); }

private:
    std::string m_locale, m_prefix;
};

// How the text outputs (terminal play, score, reports) name the core's enums: term.kinds.*, term.endings.*,
// term.modes.*, score.good / score.mixed / score.poor.
const char* kindTerm(std::string_view locale, core::ChoiceKind kind);
const char* endingTerm(std::string_view locale, core::EndingKind ending);
const char* modeTerm(std::string_view locale, core::SessionMode mode);
const char* verdictTerm(std::string_view locale, core::Verdict verdict);

// `text` with each "%s" in turn replaced by the next of `values` (a translated sentence keeps its own word order).
std::string fillIn(std::string text, const std::vector<std::string>& values);

// The select screen's resume banner: "Resume your unfinished session — <title>  ·  3 decisions made".
std::string resumeBannerText(std::string_view locale, const std::string& title, int decisions);

}  // namespace frontline::game
