#include "line_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

namespace frontline::text {
namespace {

struct Opportunity {
    std::size_t offset = 0;
    bool hard = false;  // a mandatory break (after "\n")
};

// Runs an ICU break iterator over UTF-8 text without converting it: UText keeps native (byte) offsets.
template <typename Visit>
bool forEachBoundary(std::string_view utf8, bool line, Visit visit) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    if (U_FAILURE(status)) return false;
    std::unique_ptr<icu::BreakIterator> it(
        line ? icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status)
             : icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !it) {
        utext_close(ut);
        return false;
    }
    it->setText(ut, status);
    if (U_SUCCESS(status)) {
        for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next()) {
            int32_t rule = it->getRuleStatus();
            visit(static_cast<std::size_t>(p), rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT);
        }
    }
    utext_close(ut);
    return U_SUCCESS(status);
}

std::vector<Opportunity> opportunities(std::string_view utf8) {
    std::vector<Opportunity> out;
    bool ok = forEachBoundary(utf8, true, [&](std::size_t p, bool hard) { out.push_back({p, hard}); });
    if (!ok) {  // ICU data missing: fall back to breaking after spaces and newlines
        out.clear();
        for (std::size_t i = 0; i < utf8.size(); ++i)
            if (utf8[i] == ' ' || utf8[i] == '\n') out.push_back({i + 1, utf8[i] == '\n'});
    }
    if (out.empty() || out.back().offset != utf8.size()) out.push_back({utf8.size(), false});
    return out;
}

std::vector<std::size_t> graphemeBoundaries(std::string_view utf8) {
    std::vector<std::size_t> out;
    bool ok = forEachBoundary(utf8, false, [&](std::size_t p, bool) { out.push_back(p); });
    if (!ok) {
        out.clear();
        int32_t i = 0;
        int32_t n = static_cast<int32_t>(utf8.size());
        while (i < n) {
            UChar32 c;
            U8_NEXT(utf8.data(), i, n, c);
            (void)c;
            out.push_back(static_cast<std::size_t>(i));
        }
    }
    return out;
}

std::string_view trimLineEnd(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

}  // namespace

std::vector<std::size_t> lineBreakOpportunities(std::string_view utf8) {
    std::vector<std::size_t> out;
    for (const auto& o : opportunities(utf8)) out.push_back(o.offset);
    return out;
}

int displayWidth(std::string_view utf8) {
    int width = 0;
    int32_t i = 0;
    int32_t n = static_cast<int32_t>(utf8.size());
    while (i < n) {
        UChar32 c;
        U8_NEXT(utf8.data(), i, n, c);
        if (c < 0) {  // malformed byte: one replacement character
            width += 1;
            continue;
        }
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
        int8_t category = u_charType(c);
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) continue;
        int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return width;
}

std::vector<std::string> wrap(std::string_view utf8, double maxWidth,
                              const std::function<double(std::string_view)>& measure) {
    std::vector<std::string> lines;
    if (utf8.empty()) return lines;
    const std::vector<Opportunity> breaks = opportunities(utf8);
    auto slice = [&](std::size_t from, std::size_t to) { return trimLineEnd(utf8.substr(from, to - from)); };

    std::size_t lineStart = 0;
    std::size_t lastFit = std::string_view::npos;  // the furthest break that still fits on the current line
    // A break that fits becomes the line's furthest fitting break; a hard break (\n) also ends the line there.
    auto acceptFitting = [&](const Opportunity& b) {
        lastFit = b.offset;
        if (b.hard) {
            lines.emplace_back(slice(lineStart, b.offset));
            lineStart = b.offset;
            lastFit = std::string_view::npos;
        }
    };
    std::size_t i = 0;
    while (i < breaks.size()) {
        const Opportunity& b = breaks[i];
        if (measure(slice(lineStart, b.offset)) <= maxWidth) {
            acceptFitting(b);
            ++i;
            continue;
        }
        if (lastFit != std::string_view::npos) {  // end the line at the last break that fitted; retry this one
            lines.emplace_back(slice(lineStart, lastFit));
            lineStart = lastFit;
            lastFit = std::string_view::npos;
            continue;
        }
        // One unbreakable run wider than the line: split it between characters (grapheme clusters), keeping at
        // least one per line so a very narrow width still makes progress. The remainder stays on the line.
        std::string_view run = utf8.substr(lineStart, b.offset - lineStart);
        std::size_t chunkStart = 0;
        std::size_t chunkEnd = 0;
        for (std::size_t g : graphemeBoundaries(run)) {
            if (chunkEnd > chunkStart && measure(trimLineEnd(run.substr(chunkStart, g - chunkStart))) > maxWidth) {
                lines.emplace_back(trimLineEnd(run.substr(chunkStart, chunkEnd - chunkStart)));
                chunkStart = chunkEnd;
            }
            chunkEnd = g;
        }
        lineStart += chunkStart;
        // The remainder fits (or is a single character): it is the start of the current line.
        acceptFitting(b);
        ++i;
    }
    if (lineStart < utf8.size()) lines.emplace_back(slice(lineStart, utf8.size()));
    return lines;
}

std::string shortenToLines(std::string_view utf8, double maxWidth, std::size_t maxLines,
                           const std::function<double(std::string_view)>& measure, std::string_view ellipsis) {
    if (maxLines == 0) return {};
    if (wrap(utf8, maxWidth, measure).size() <= maxLines) return std::string(utf8);
    std::vector<std::size_t> cuts = lineBreakOpportunities(utf8);
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        std::string_view kept = utf8.substr(0, *it);
        while (!kept.empty() && (kept.back() == ' ' || kept.back() == '\n')) kept.remove_suffix(1);
        std::string shortened = std::string(kept) + std::string(ellipsis);
        if (wrap(shortened, maxWidth, measure).size() <= maxLines) return shortened;
    }
    return std::string(ellipsis);
}

}  // namespace frontline::text
