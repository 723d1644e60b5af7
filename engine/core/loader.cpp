#include "loader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "file_read.h"
#include "json_reader.h"
#include "rubric_loader.h"
#include "sha256.h"
#include "utf8.h"
#include "validator.h"

namespace frontline::core {

namespace {

namespace fs = std::filesystem;

// Whether a plain string reads as words of one language: any CJK character (or kana, Hangul), or two Latin,
// Greek or Cyrillic words with a lower-case letter. Names of codes, numbers, times and acronyms ("P7", "17:30",
// "CEO") and one-word brand names read the same in every locale. Classified here, without ICU's character
// database, which the core does not link.
bool readsAsWords(std::string_view text) {
    int words = 0;
    bool inWord = false, lowerInWord = false;
    auto endWord = [&] {
        if (inWord && lowerInWord) ++words;
        inWord = lowerInWord = false;
    };
    for (char32_t c : decodeUtf8(text)) {
        if ((c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)) return true;
        const bool lower = (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x2AF && c != 0xF7) ||
                           (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F);
        const bool upper = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
                           (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
        if (lower || upper) {
            inWord = true;
            lowerInWord = lowerInWord || lower;
        } else if (c != '\'' && c != 0x2019) {
            endWord();
        }
    }
    endWord();
    return words >= 2;
}

std::string joinLocales(const std::vector<std::string>& locales) {
    std::string out;
    for (const auto& l : locales) out += (out.empty() ? "'" : ", '") + l + "'";
    return out;
}

std::string describeCodePoint(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

bool isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool isId(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), isIdChar);
}

bool isScenarioId(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool isVariableName(std::string_view s) {
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return isIdChar(c) && c != '-'; });
}

bool isClockStart(std::string_view s) {
    // HH:MM (day 1 at that time, for stories without a known date)
    if (s.size() == 5)
        return s[2] == ':' && std::isdigit(static_cast<unsigned char>(s[0])) &&
               std::isdigit(static_cast<unsigned char>(s[1])) && std::isdigit(static_cast<unsigned char>(s[3])) &&
               std::isdigit(static_cast<unsigned char>(s[4])) && (s[0] - '0') * 10 + (s[1] - '0') <= 23 &&
               (s[3] - '0') * 10 + (s[4] - '0') <= 59;
    // YYYY-MM-DDTHH:MM
    if (s.size() != 16) return false;
    const char* shape = "dddd-dd-ddTdd:dd";
    for (std::size_t i = 0; i < 16; ++i) {
        if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != shape[i]) return false;
    }
    int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
    int hour = (s[11] - '0') * 10 + (s[12] - '0'), minute = (s[14] - '0') * 10 + (s[15] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59;
}

template <class T>
int indexOf(const std::vector<T>& v, std::string_view id) {
    for (std::size_t i = 0; i < v.size(); ++i)
        if (v[i] == id) return static_cast<int>(i);
    return -1;
}

// Ids in file order (for "did you mean") with a hash index, so each reference is found in constant time (a linear
// scan per reference made loading quadratic in the node count).
class IdList {
public:
    void add(const std::string& id) {
        m_index.emplace(id, static_cast<int>(m_ids.size()));
        m_ids.push_back(id);
    }
    int find(const std::string& id) const {
        auto it = m_index.find(id);
        return it == m_index.end() ? -1 : it->second;
    }
    operator const std::vector<std::string>&() const { return m_ids; }
    const std::string& operator[](std::size_t i) const { return m_ids[i]; }

private:
    std::vector<std::string> m_ids;
    std::unordered_map<std::string, int> m_index;
};

class ScenarioReader {
public:
    ScenarioReader(const JsonDocument& doc, const std::string& file, const LoadOptions& options, Diagnostics& out)
        : m_r(doc, file, out), m_doc(doc), m_file(file), m_options(options), m_out(out) {}

    Scenario read();
    const std::vector<bool>& sceneWritten() const { return m_sceneWritten; }
    std::optional<Rubric> effectiveRubric() const {
        if (!m_rubric) return std::nullopt;
        return applyChanges(*m_rubric, m_sc.rubricChanges);
    }

private:
    void readTop(const Json& root);
    void readRubricChanges(const Json& v, const std::string& p);
    void readSource(const Json& v, const std::string& p);
    void readActs(const Json& v, const std::string& p);
    void readCharacters(const Json& v, const std::string& p);
    void readVariables(const Json& v, const std::string& p);
    void readNodes(const Json& v, const std::string& p);
    Node readNode(const Json& v, const std::string& p, const std::string& id, const Node* previous);
    Choice readChoice(const Json& v, const std::string& p, const std::string& context);
    void readEffects(const Json& v, const std::string& p, const std::string& context, Effects& effects);
    std::vector<Branch> readNext(const Json& v, const std::string& p, const std::string& context);
    Grades readGrades(const Json& v, const std::string& p, const std::string& context);
    void readRules(const Json& v, const std::string& p);
    std::optional<Expression> condition(const Json& v, const std::string& p, const std::string& context);
    int nodeRef(const Json& v, const std::string& p, const std::string& context, const char* what);
    int characterRef(const Json& v, const std::string& p, const std::string& context, const char* what);
    void checkId(const std::string& id, const std::string& p, const char* what);
    LocalizedText text(const Json& v, const std::string& p);

    JsonReader m_r;
    const JsonDocument& m_doc;
    const std::string& m_file;
    const LoadOptions& m_options;
    Diagnostics& m_out;
    Scenario m_sc;
    std::vector<std::string> m_locales;
    IdList m_nodeIds, m_characterIds, m_variableIds;
    std::vector<std::string> m_actIds, m_dimensions;
    bool m_haveRubric = false;
    std::optional<Rubric> m_rubric;  // the shared rubric, before this scenario's changes
    Symbols m_symbols;
    std::vector<bool> m_sceneWritten;
};

void ScenarioReader::checkId(const std::string& id, const std::string& p, const char* what) {
    if (!isId(id))
        m_r.reportAtKey(rules::badId, p,
                        std::string(what) + " id '" + id + "' may only contain letters, digits, '_' and '-'");
}

Scenario ScenarioReader::read() {
    const Json& root = m_doc.root;
    if (!m_r.expectObject(root, "")) return m_sc;
    readTop(root);
    return m_sc;
}

LocalizedText ScenarioReader::text(const Json& v, const std::string& p) {
    LocalizedText out = m_r.text(v, p, m_locales);
    if (v.is_string() && m_locales.size() > 1 && readsAsWords(v.get_ref<const std::string&>()))
        m_r.report(rules::untranslatedText, p,
                   "this text is one plain string, shown unchanged in " + joinLocales(m_locales) +
                       "; write one version per locale, e.g. {\"zh\": \"…\", \"en\": \"…\"}");
    if (m_options.canDraw)
        for (const auto& [locale, s] : out.byLocale())
            for (char32_t c : decodeUtf8(s))
                if (c >= 0x20 && c != 0x7F && !m_options.canDraw(c)) {
                    m_r.report(rules::undrawableCharacter, locale.empty() ? p : appendPointer(p, locale),
                               "the text has " + describeCodePoint(c) +
                                   ", which the game's fonts cannot draw (it would show as an empty box)");
                    break;
                }
    return out;
}

void ScenarioReader::readTop(const Json& root) {
    m_r.checkKeys(root, "", {"$schema",    "format",     "id",         "title",   "summary", "real_case", "locales",
                             "source",     "principles", "difficulty", "minutes", "shuffle", "clock",     "acts",
                             "characters", "variables",  "start",      "nodes",   "rules",   "rubric"});
    if (const Json* v = m_r.member(root, "", "$schema", false)) m_r.string(*v, "/$schema");
    if (const Json* v = m_r.member(root, "", "format", true)) {
        if (v->is_number_integer() && v->get<long long>() != 1) {
            m_r.report(rules::formatVersion, "/format",
                       "format " + v->dump() + " is not supported; this build reads format 1");
            return;  // everything else would be guesswork
        }
        if (!v->is_number_integer())
            m_r.report(rules::formatVersion, "/format",
                       "\"format\" must be the integer 1, found " + describeJsonType(*v));
    }
    if (const Json* v = m_r.member(root, "", "id", true)) {
        if (auto id = m_r.string(*v, "/id")) {
            m_sc.id = *id;
            if (!isScenarioId(*id))
                m_r.report(rules::badId, "/id",
                           "scenario id '" + *id + "' may only contain lowercase letters, digits and '-'");
        }
    }
    if (const Json* v = m_r.member(root, "", "locales", true); v && m_r.expectArray(*v, "/locales")) {
        for (std::size_t i = 0; i < v->size(); ++i) {
            std::string p = appendPointer("/locales", i);
            auto loc = m_r.string((*v)[i], p);
            if (!loc) continue;
            if (*loc != "zh" && *loc != "en")
                m_r.report(rules::badValue, p, "locale '" + *loc + "' is not supported (use \"zh\" or \"en\")");
            else if (indexOf(m_locales, *loc) >= 0)
                m_r.report(rules::duplicateId, p, "locale '" + *loc + "' is listed twice");
            else
                m_locales.push_back(*loc);
        }
        if (v->empty()) m_r.report(rules::badValue, "/locales", "\"locales\" must list at least one locale");
    }
    m_sc.locales = m_locales;
    if (const Json* v = m_r.member(root, "", "title", true)) m_sc.title = text(*v, "/title");
    if (const Json* v = m_r.member(root, "", "summary", true)) m_sc.summary = text(*v, "/summary");
    if (const Json* v = m_r.member(root, "", "real_case", false)) m_sc.realCase = text(*v, "/real_case");
    if (const Json* v = m_r.member(root, "", "source", true)) readSource(*v, "/source");

    // The rubric first: principles and grades name its dimensions.
    std::string rubricPath = m_options.rubricPath.empty() ? defaultRubricPath(m_file) : m_options.rubricPath;
    RubricResult rubric = loadRubricFile(rubricPath);
    if (rubric.rubric) {
        m_haveRubric = true;
        for (const auto& d : rubric.rubric->dimensions) m_dimensions.push_back(d.id);
        m_rubric = std::move(rubric.rubric);
    } else {
        m_r.report(rules::noRubric, "",
                   "cannot check rubric dimensions: the rubric '" + rubricPath + "' could not be loaded");
    }
    if (const Json* v = m_r.member(root, "", "rubric", false)) readRubricChanges(*v, "/rubric");

    if (const Json* v = m_r.member(root, "", "principles", true); v && m_r.expectArray(*v, "/principles")) {
        for (std::size_t i = 0; i < v->size(); ++i) {
            std::string p = appendPointer("/principles", i);
            auto id = m_r.string((*v)[i], p);
            if (!id) continue;
            if (m_haveRubric && indexOf(m_dimensions, *id) < 0)
                m_r.report(rules::unknownDimension, p,
                           "principle '" + *id + "' is not a rubric dimension" + didYouMean(*id, m_dimensions));
            m_sc.principles.push_back(*id);
        }
    }
    if (const Json* v = m_r.member(root, "", "difficulty", true)) {
        if (auto d = m_r.string(*v, "/difficulty")) {
            if (*d != "introductory" && *d != "intermediate" && *d != "advanced")
                m_r.report(rules::badValue, "/difficulty",
                           "difficulty '" + *d + "' is not one of \"introductory\", \"intermediate\", \"advanced\"" +
                               didYouMean(*d, {"introductory", "intermediate", "advanced"}));
            m_sc.difficulty = *d;
        }
    }
    if (const Json* v = m_r.member(root, "", "minutes", true)) {
        if (auto m = m_r.integer(*v, "/minutes")) {
            if (*m < 1) m_r.report(rules::valueRange, "/minutes", "\"minutes\" must be at least 1");
            m_sc.minutes = *m;
        }
    }
    if (const Json* v = m_r.member(root, "", "shuffle", false))
        m_sc.shuffle = m_r.boolean(*v, "/shuffle").value_or(true);
    if (const Json* v = m_r.member(root, "", "clock", false); v && m_r.expectObject(*v, "/clock")) {
        m_r.checkKeys(*v, "/clock", {"start"});
        if (const Json* s = m_r.member(*v, "/clock", "start", true)) {
            if (auto start = m_r.string(*s, "/clock/start")) {
                if (!isClockStart(*start))
                    m_r.report(rules::badValue, "/clock/start",
                               "clock start '" + *start +
                                   "' is not a date and time like \"2010-08-05T09:00\" or a time like \"14:30\"");
                else
                    m_sc.clockStart = *start;
            }
        }
    }
    if (const Json* v = m_r.member(root, "", "acts", false)) readActs(*v, "/acts");
    if (const Json* v = m_r.member(root, "", "characters", true)) readCharacters(*v, "/characters");
    if (const Json* v = m_r.member(root, "", "variables", false)) readVariables(*v, "/variables");
    for (const auto& c : m_sc.characters) m_symbols.characters.push_back(c.id);
    for (const auto& var : m_sc.variables) m_symbols.variables.push_back({var.name, typeOf(var.initial)});

    // Node ids first, so references in any order resolve.
    const Json* nodes = m_r.member(root, "", "nodes", true);
    if (nodes && m_r.expectObject(*nodes, "/nodes"))
        for (const auto& [id, value] : nodes->items()) m_nodeIds.add(id);
    if (const Json* v = m_r.member(root, "", "start", true)) m_sc.start = nodeRef(*v, "/start", "", "\"start\"");
    if (nodes && nodes->is_object()) readNodes(*nodes, "/nodes");
    if (const Json* v = m_r.member(root, "", "rules", false)) readRules(*v, "/rules");
}

void ScenarioReader::readSource(const Json& v, const std::string& p) {
    if (!m_r.expectObject(v, p)) return;
    m_r.checkKeys(v, p, {"seed", "case", "section"});
    if (const Json* s = m_r.member(v, p, "seed", true)) m_sc.source.seed = m_r.string(*s, p + "/seed").value_or("");
    if (const Json* c = m_r.member(v, p, "case", true)) {
        if (c->is_array()) {
            for (std::size_t i = 0; i < c->size(); ++i)
                if (auto s = m_r.string((*c)[i], appendPointer(p + "/case", i))) m_sc.source.cases.push_back(*s);
            if (c->empty()) m_r.report(rules::badValue, p + "/case", "\"case\" lists no case");
        } else if (c->is_string()) {
            m_sc.source.cases.push_back(c->get<std::string>());
        } else {
            m_r.report(rules::wrongType, p + "/case",
                       "expected a case id or a list of case ids, found " + describeJsonType(*c));
        }
    }
    if (const Json* s = m_r.member(v, p, "section", false))
        m_sc.source.section = m_r.string(*s, p + "/section").value_or("");
}

void ScenarioReader::readRubricChanges(const Json& v, const std::string& p) {
    if (!m_r.expectObject(v, p)) return;
    m_r.checkKeys(v, p, {"weights", "dimensions"});
    RubricChanges& changes = m_sc.rubricChanges;
    if (const Json* dims = m_r.member(v, p, "dimensions", false); dims && m_r.expectObject(*dims, p + "/dimensions")) {
        for (const auto& [id, d] : dims->items()) {
            std::string dp = appendPointer(p + "/dimensions", id);
            checkId(id, dp, "dimension");
            if (indexOf(m_dimensions, id) >= 0)
                m_r.reportAtKey(rules::duplicateId, dp, "dimension '" + id + "' already exists in the rubric");
            if (!m_r.expectObject(d, dp)) continue;
            m_r.checkKeys(d, dp, {"title", "description", "weight", "cases"});
            Dimension dim;
            dim.id = id;
            if (const Json* t = m_r.member(d, dp, "title", true)) dim.title = text(*t, dp + "/title");
            if (const Json* t = m_r.member(d, dp, "description", true)) dim.description = text(*t, dp + "/description");
            if (const Json* w = m_r.member(d, dp, "weight", false)) {
                auto weight = m_r.number(*w, dp + "/weight");
                if (weight && *weight < 0)
                    m_r.report(rules::valueRange, dp + "/weight", "a weight cannot be negative");
                else if (weight)
                    dim.weight = *weight;
            }
            if (const Json* c = m_r.member(d, dp, "cases", false); c && m_r.expectArray(*c, dp + "/cases"))
                for (std::size_t k = 0; k < c->size(); ++k)
                    if (auto s = m_r.string((*c)[k], appendPointer(dp + "/cases", k))) dim.cases.push_back(*s);
            changes.dimensions.push_back(std::move(dim));
            m_dimensions.push_back(id);
        }
    }
    if (const Json* weights = m_r.member(v, p, "weights", false);
        weights && m_r.expectObject(*weights, p + "/weights")) {
        for (const auto& [id, w] : weights->items()) {
            std::string wp = appendPointer(p + "/weights", id);
            if (m_haveRubric && indexOf(m_dimensions, id) < 0)
                m_r.reportAtKey(rules::unknownDimension, wp,
                                "weight for unknown dimension '" + id + "'" + didYouMean(id, m_dimensions));
            auto weight = m_r.number(w, wp);
            if (!weight) continue;
            if (*weight < 0)
                m_r.report(rules::valueRange, wp, "a weight cannot be negative");
            else
                changes.weights[id] = *weight;
        }
    }
}

void ScenarioReader::readActs(const Json& v, const std::string& p) {
    if (!m_r.expectArray(v, p)) return;
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::string ap = appendPointer(p, i);
        const Json& a = v[i];
        if (!m_r.expectObject(a, ap)) continue;
        m_r.checkKeys(a, ap, {"id", "title"});
        Act act;
        if (const Json* id = m_r.member(a, ap, "id", true)) {
            if (auto s = m_r.string(*id, ap + "/id")) {
                act.id = *s;
                if (!isId(*s))
                    m_r.report(rules::badId, ap + "/id",
                               "act id '" + *s + "' may only contain letters, digits, '_' and '-'");
                if (indexOf(m_actIds, *s) >= 0)
                    m_r.report(rules::duplicateId, ap + "/id", "act '" + *s + "' is declared twice");
            }
        }
        if (const Json* t = m_r.member(a, ap, "title", true)) act.title = text(*t, ap + "/title");
        m_actIds.push_back(act.id);
        m_sc.acts.push_back(std::move(act));
    }
}

void ScenarioReader::readCharacters(const Json& v, const std::string& p) {
    if (!m_r.expectObject(v, p)) return;
    for (const auto& [id, c] : v.items()) {
        std::string cp = appendPointer(p, id);
        checkId(id, cp, "character");
        if (id == "narrator")
            m_r.reportAtKey(rules::badId, cp,
                            "'narrator' is reserved for narration and cannot be declared as a character");
        Character ch;
        ch.id = id;
        if (m_r.expectObject(c, cp)) {
            m_r.checkKeys(c, cp, {"name", "role", "organisation", "side", "look", "trust", "patience"});
            if (const Json* s = m_r.member(c, cp, "side", false))
                if (auto side = m_r.string(*s, cp + "/side")) {
                    if (*side != "customer" && *side != "colleague")
                        m_r.report(rules::badValue, cp + "/side",
                                   "side '" + *side + "' must be \"customer\" or \"colleague\"");
                    ch.customerSide = *side != "colleague";
                }
            if (const Json* t = m_r.member(c, cp, "name", true)) ch.name = text(*t, cp + "/name");
            if (const Json* t = m_r.member(c, cp, "role", true)) ch.role = text(*t, cp + "/role");
            if (const Json* t = m_r.member(c, cp, "organisation", false))
                ch.organisation = text(*t, cp + "/organisation");
            if (const Json* l = m_r.member(c, cp, "look", true)) {
                if (auto look = m_r.string(*l, cp + "/look")) {
                    ch.look = *look;
                    if (!isId(*look))
                        m_r.report(rules::badId, cp + "/look",
                                   "look '" + *look + "' may only contain letters, digits, '_' and '-'");
                }
            }
            for (const char* meter : {"trust", "patience"}) {
                const Json* m = m_r.member(c, cp, meter, true);
                if (!m) continue;
                std::string mp = cp + "/" + meter;
                auto value = m_r.integer(*m, mp);
                if (!value) continue;
                if (*value < 0 || *value > 100) {
                    m_r.report(rules::valueRange, mp,
                               std::string("initial ") + meter + " " + std::to_string(*value) + " is outside 0..100");
                    value = std::clamp(*value, 0, 100);
                }
                (std::string_view(meter) == "trust" ? ch.trust : ch.patience) = *value;
            }
        }
        m_characterIds.add(id);
        m_sc.characters.push_back(std::move(ch));
    }
}

void ScenarioReader::readVariables(const Json& v, const std::string& p) {
    if (!m_r.expectObject(v, p)) return;
    static const std::vector<std::string> reserved{"trust", "patience", "clock", "true", "false"};
    for (const auto& [name, value] : v.items()) {
        std::string vp = appendPointer(p, name);
        if (!isVariableName(name))
            m_r.reportAtKey(
                rules::badId, vp,
                "variable name '" + name + "' must start with a letter and contain only letters, digits and '_'");
        else if (indexOf(reserved, name) >= 0)
            m_r.reportAtKey(rules::badId, vp,
                            "'" + name + "' is a reserved word in conditions and cannot name a variable");
        Variable var;
        var.name = name;
        if (value.is_boolean())
            var.initial = value.get<bool>();
        else if (value.is_number())
            var.initial = value.get<double>();
        else
            m_r.report(rules::wrongType, vp,
                       "a variable's initial value must be a number or true/false, found " + describeJsonType(value));
        m_variableIds.add(name);
        m_sc.variables.push_back(std::move(var));
    }
}

int ScenarioReader::nodeRef(const Json& v, const std::string& p, const std::string& context, const char* what) {
    auto id = m_r.string(v, p);
    if (!id) return -1;
    int index = m_nodeIds.find(*id);
    if (index < 0)
        m_r.report(rules::unknownNode, p,
                   context + what + " names unknown node '" + *id + "'" + didYouMean(*id, m_nodeIds));
    return index;
}

int ScenarioReader::characterRef(const Json& v, const std::string& p, const std::string& context, const char* what) {
    auto id = m_r.string(v, p);
    if (!id) return -1;
    int index = m_characterIds.find(*id);
    if (index < 0)
        m_r.report(rules::unknownCharacter, p,
                   context + what + " names unknown character '" + *id + "'" + didYouMean(*id, m_characterIds));
    return index;
}

void ScenarioReader::readNodes(const Json& v, const std::string& p) {
    if (v.empty())
        m_r.report(rules::badValue, p, "\"nodes\" is empty; a scenario needs at least a start node and an ending");
    const Node* previous = nullptr;
    for (const auto& [id, n] : v.items()) {
        std::string np = appendPointer(p, id);
        checkId(id, np, "node");
        m_sc.nodes.push_back(readNode(n, np, id, previous));
        previous = &m_sc.nodes.back();
    }
}

Node ScenarioReader::readNode(const Json& v, const std::string& p, const std::string& id, const Node* previous) {
    Node node;
    node.id = id;
    node.scene = previous ? previous->scene : "";
    node.act = previous ? previous->act : "";
    bool sceneWritten = false;
    std::string context = "node '" + id + "': ";
    if (!m_r.expectObject(v, p)) {
        m_sceneWritten.push_back(false);
        return node;
    }
    const bool ending = v.contains("ending");
    if (ending)
        m_r.checkKeys(v, p, {"ending", "title", "text", "scene", "speaker", "present", "act"});
    else
        m_r.checkKeys(v, p, {"act", "scene", "speaker", "present", "text", "time_limit", "on_timeout", "choices"});

    if (const Json* a = m_r.member(v, p, "act", false)) {
        if (auto act = m_r.string(*a, p + "/act")) {
            node.act = *act;
            if (indexOf(m_actIds, *act) < 0)
                m_r.report(rules::unknownAct, p + "/act",
                           context + "act '" + *act + "' is not declared in \"acts\"" + didYouMean(*act, m_actIds));
        }
    }
    if (const Json* s = m_r.member(v, p, "scene", false)) {
        if (auto scene = m_r.string(*s, p + "/scene")) {
            node.scene = *scene;
            sceneWritten = true;
            if (!isId(*scene))
                m_r.report(rules::badId, p + "/scene",
                           context + "scene '" + *scene + "' may only contain letters, digits, '_' and '-'");
        }
    }
    m_sceneWritten.push_back(sceneWritten);
    if (const Json* s = m_r.member(v, p, "speaker", true)) {
        if (auto speaker = m_r.string(*s, p + "/speaker")) {
            node.speaker = *speaker;
            int index = m_characterIds.find(*speaker);
            if (*speaker != "narrator" && index < 0)
                m_r.report(rules::unknownCharacter, p + "/speaker",
                           context + "speaker '" + *speaker + "' is neither a declared character nor 'narrator'" +
                               didYouMean(*speaker, m_characterIds));
            if (index >= 0) node.present = {index};
        }
    }
    if (const Json* pr = m_r.member(v, p, "present", false); pr && m_r.expectArray(*pr, p + "/present")) {
        node.present.clear();
        for (std::size_t i = 0; i < pr->size(); ++i) {
            std::string pp = appendPointer(p + "/present", i);
            int index = characterRef((*pr)[i], pp, context, "\"present\"");
            if (index < 0) continue;
            if (std::find(node.present.begin(), node.present.end(), index) != node.present.end())
                m_r.report(rules::duplicateId, pp,
                           context + "character '" + m_characterIds[index] + "' is listed twice in \"present\"");
            else
                node.present.push_back(index);
        }
    }
    if (const Json* t = m_r.member(v, p, "text", true)) node.text = text(*t, p + "/text");

    if (ending) {
        if (auto kind = m_r.string(v["ending"], p + "/ending")) {
            node.ending = endingKindFromString(*kind);
            if (!node.ending) {
                m_r.report(rules::badValue, p + "/ending",
                           context + "ending '" + *kind + "' is not one of " + listNamesIn(kEndingKindNames, true) +
                               didYouMean(*kind, namesIn(kEndingKindNames)));
                node.ending = EndingKind::Lost;
            }
        } else {
            node.ending = EndingKind::Lost;
        }
        if (const Json* t = m_r.member(v, p, "title", true)) node.endingTitle = text(*t, p + "/title");
        if (v.contains("choices"))
            m_r.reportAtKey(rules::badValue, appendPointer(p, "choices"),
                            context + "an ending has no choices; remove \"choices\" or \"ending\"");
        return node;
    }

    const Json* choices = m_r.member(v, p, "choices", false);
    if (!choices) {
        m_r.reportAtKey(rules::noChoices, p, context + "a node without \"ending\" needs a non-empty \"choices\" list");
    } else if (m_r.expectArray(*choices, p + "/choices")) {
        if (choices->empty())
            m_r.report(rules::noChoices, p + "/choices",
                       context + "\"choices\" is empty; add a choice or make the node an ending");
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < choices->size(); ++i) {
            std::string cp = appendPointer(p + "/choices", i);
            Choice choice = readChoice((*choices)[i], cp, "node '" + id + "'");
            if (!choice.id.empty()) {
                if (indexOf(ids, choice.id) >= 0)
                    m_r.report(rules::duplicateId, cp + "/id",
                               context + "choice id '" + choice.id + "' is used twice in this node");
                ids.push_back(choice.id);
            }
            node.choices.push_back(std::move(choice));
        }
    }

    const Json* limit = m_r.member(v, p, "time_limit", false);
    const Json* onTimeout = m_r.member(v, p, "on_timeout", false);
    if (limit) {
        if (auto seconds = m_r.integer(*limit, p + "/time_limit")) {
            if (*seconds < 1)
                m_r.report(rules::valueRange, p + "/time_limit", context + "time_limit must be at least 1 second");
            else
                node.timeLimitSeconds = *seconds;
        }
        if (!onTimeout)
            m_r.reportAtKey(rules::badTimeout, p + "/time_limit",
                            context + "time_limit needs \"on_timeout\" naming the choice taken when time runs out");
    }
    if (onTimeout) {
        if (!limit)
            m_r.reportAtKey(rules::badTimeout, p + "/on_timeout",
                            context + "on_timeout has no effect without \"time_limit\"");
        if (auto choiceId = m_r.string(*onTimeout, p + "/on_timeout")) {
            int index = -1;
            std::vector<std::string> ids;
            for (std::size_t i = 0; i < node.choices.size(); ++i) {
                ids.push_back(node.choices[i].id);
                if (node.choices[i].id == *choiceId && index < 0) index = static_cast<int>(i);
            }
            if (index < 0) {
                m_r.report(rules::badTimeout, p + "/on_timeout",
                           context + "on_timeout names '" + *choiceId + "', which is not a choice of this node" +
                               didYouMean(*choiceId, ids));
            } else {
                if (node.choices[index].condition || (choices && (*choices)[index].contains("if")))
                    m_r.report(
                        rules::badTimeout, appendPointer(p + "/choices", static_cast<std::size_t>(index)) + "/if",
                        context + "the timeout choice '" + *choiceId + "' has an \"if\"; it must always be available");
                if (limit) node.timeoutChoice = index;
            }
        }
    }
    if (node.timeoutChoice < 0) node.timeLimitSeconds = 0;
    for (std::size_t i = 0; i < node.choices.size(); ++i) {
        if (!node.choices[i].timeoutOnly || static_cast<int>(i) == node.timeoutChoice) continue;
        m_r.report(rules::badTimeout, appendPointer(p + "/choices", i) + "/timeout_only",
                   context + "choice '" + node.choices[i].id +
                       "' is timeout_only but is not this node's on_timeout choice, so it can never be taken");
    }
    return node;
}

Choice ScenarioReader::readChoice(const Json& v, const std::string& p, const std::string& owner) {
    Choice choice;
    if (!m_r.expectObject(v, p)) return choice;
    m_r.checkKeys(v, p, {"id", "kind", "text", "if", "timeout_only", "effects", "grades", "feedback", "next"},
                  "effects");
    if (const Json* id = m_r.member(v, p, "id", true)) {
        if (auto s = m_r.string(*id, p + "/id")) {
            choice.id = *s;
            if (!isId(*s))
                m_r.report(rules::badId, p + "/id",
                           owner + ": choice id '" + *s + "' may only contain letters, digits, '_' and '-'");
        }
    }
    std::string context =
        owner + (choice.id.empty() ? " choice " + p.substr(p.rfind('/') + 1) : " choice '" + choice.id + "'") + ": ";
    if (const Json* k = m_r.member(v, p, "kind", true)) {
        if (auto s = m_r.string(*k, p + "/kind")) {
            if (auto kind = choiceKindFromString(*s))
                choice.kind = *kind;
            else
                m_r.report(rules::badValue, p + "/kind",
                           context + "kind '" + *s + "' is not one of " + listNamesIn(kChoiceKindNames, true) +
                               didYouMean(*s, namesIn(kChoiceKindNames)));
        }
    }
    if (const Json* t = m_r.member(v, p, "text", true)) choice.text = text(*t, p + "/text");
    if (const Json* c = m_r.member(v, p, "if", false)) choice.condition = condition(*c, p + "/if", context);
    if (const Json* t = m_r.member(v, p, "timeout_only", false))
        choice.timeoutOnly = m_r.boolean(*t, p + "/timeout_only").value_or(false);
    if (const Json* e = m_r.member(v, p, "effects", false)) readEffects(*e, p + "/effects", context, choice.effects);
    if (const Json* g = m_r.member(v, p, "grades", false)) choice.grades = readGrades(*g, p + "/grades", context);
    if (const Json* f = m_r.member(v, p, "feedback", true, rules::missingFeedback))
        choice.feedback = text(*f, p + "/feedback");
    if (const Json* n = m_r.member(v, p, "next", true)) choice.next = readNext(*n, p + "/next", context);
    return choice;
}

void ScenarioReader::readEffects(const Json& v, const std::string& p, const std::string& context, Effects& effects) {
    if (!m_r.expectObject(v, p)) return;
    static const std::vector<std::string> kEffects = {"trust", "patience", "set", "add", "hours"};
    for (const auto& [key, value] : v.items()) {
        if (key == "comment") {
            m_r.checkComment(value, appendPointer(p, key));
        } else if (std::find(kEffects.begin(), kEffects.end(), key) == kEffects.end()) {
            m_r.reportAtKey(rules::unknownEffect, appendPointer(p, key),
                            context + "'" + key + "' is not an effect (one of trust, patience, set, add, hours)" +
                                didYouMean(key, kEffects));
        }
    }
    for (const char* meter : {"trust", "patience"}) {
        const Json* m = m_r.member(v, p, meter, false);
        std::string mp = p + "/" + meter;
        if (!m || !m_r.expectObject(*m, mp)) continue;
        for (const auto& [id, delta] : m->items()) {
            std::string dp = appendPointer(mp, id);
            int index = m_characterIds.find(id);
            if (index < 0)
                m_r.reportAtKey(
                    rules::unknownCharacter, dp,
                    context + meter + " effect on unknown character '" + id + "'" + didYouMean(id, m_characterIds));
            auto amount = m_r.integer(delta, dp);
            if (!amount) continue;
            if (*amount < -100 || *amount > 100) {
                m_r.report(rules::valueRange, dp,
                           context + meter + " change " + std::to_string(*amount) + " is outside -100..100");
                continue;
            }
            if (index >= 0)
                (std::string_view(meter) == "trust" ? effects.trust : effects.patience).push_back({index, *amount});
        }
    }
    if (const Json* set = m_r.member(v, p, "set", false); set && m_r.expectObject(*set, p + "/set")) {
        for (const auto& [name, value] : set->items()) {
            std::string sp = appendPointer(p + "/set", name);
            int index = m_variableIds.find(name);
            if (index < 0) {
                m_r.reportAtKey(rules::unknownVariable, sp,
                                context + "sets undeclared variable '" + name + "'" + didYouMean(name, m_variableIds));
                continue;
            }
            ValueType declared = typeOf(m_sc.variables[index].initial);
            if (value.is_boolean() && declared == ValueType::Boolean)
                effects.set.push_back({index, value.get<bool>()});
            else if (value.is_number() && declared == ValueType::Number)
                effects.set.push_back({index, value.get<double>()});
            else
                m_r.report(rules::variableType, sp,
                           context + "variable '" + name + "' is a " + typeName(declared) + ", but is set to " +
                               describeJsonType(value));
        }
    }
    if (const Json* add = m_r.member(v, p, "add", false); add && m_r.expectObject(*add, p + "/add")) {
        for (const auto& [name, value] : add->items()) {
            std::string ap = appendPointer(p + "/add", name);
            int index = m_variableIds.find(name);
            if (index < 0) {
                m_r.reportAtKey(
                    rules::unknownVariable, ap,
                    context + "adds to undeclared variable '" + name + "'" + didYouMean(name, m_variableIds));
                continue;
            }
            if (typeOf(m_sc.variables[index].initial) != ValueType::Number) {
                m_r.reportAtKey(rules::variableType, ap,
                                context + "cannot add to '" + name + "': it is a boolean (use \"set\")");
                continue;
            }
            if (!value.is_number()) {
                m_r.report(
                    rules::variableType, ap,
                    context + "the amount added to '" + name + "' must be a number, found " + describeJsonType(value));
                continue;
            }
            effects.add.push_back({index, value.get<double>()});
        }
    }
    if (const Json* h = m_r.member(v, p, "hours", false)) {
        if (auto hours = m_r.number(*h, p + "/hours")) {
            if (*hours < 0 || *hours > 24 * 365)
                m_r.report(rules::valueRange, p + "/hours", context + "hours must be between 0 and 8760");
            else
                effects.minutes = static_cast<int>(std::lround(*hours * 60.0));
        }
    }
}

std::vector<Branch> ScenarioReader::readNext(const Json& v, const std::string& p, const std::string& context) {
    std::vector<Branch> out;
    if (v.is_string()) {
        Branch b;
        b.target = nodeRef(v, p, context, "next");
        out.push_back(std::move(b));
        return out;
    }
    if (!v.is_array()) {
        m_r.report(rules::wrongType, p,
                   context + "next must be a node id or a list of branches, found " + describeJsonType(v));
        return out;
    }
    if (v.empty()) {
        m_r.report(rules::branchOrder, p, context + "next is an empty list; end it with an entry without \"if\"");
        return out;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::string bp = appendPointer(p, i);
        const Json& entry = v[i];
        if (!m_r.expectObject(entry, bp)) continue;
        m_r.checkKeys(entry, bp, {"if", "to"});
        Branch b;
        const Json* c = m_r.member(entry, bp, "if", false);
        if (c) b.condition = condition(*c, bp + "/if", context);
        if (const Json* to = m_r.member(entry, bp, "to", true)) b.target = nodeRef(*to, bp + "/to", context, "next");
        bool last = i + 1 == v.size();
        if (last && c)
            m_r.report(rules::branchOrder, bp + "/if",
                       context +
                           "the last branch of next has an \"if\"; when no condition holds the session would stop (add "
                           "a final {\"to\": ...})");
        if (!last && !c)
            m_r.report(
                rules::branchOrder, bp,
                context +
                    "this branch has no \"if\", so the branches after it can never be taken (move it to the end)");
        out.push_back(std::move(b));
    }
    return out;
}

Grades ScenarioReader::readGrades(const Json& v, const std::string& p, const std::string& context) {
    Grades grades;
    if (!m_r.expectObject(v, p)) return grades;
    for (const auto& [id, g] : v.items()) {
        std::string gp = appendPointer(p, id);
        if (m_haveRubric && indexOf(m_dimensions, id) < 0)
            m_r.reportAtKey(rules::unknownDimension, gp,
                            context + "grade for unknown rubric dimension '" + id + "'" + didYouMean(id, m_dimensions));
        auto grade = m_r.integer(g, gp);
        if (!grade) continue;
        if (*grade < -3 || *grade > 3) {
            m_r.report(rules::gradeRange, gp,
                       context + "grade " + std::to_string(*grade) + " for '" + id + "' is outside -3..+3");
            continue;
        }
        grades[id] = *grade;
    }
    return grades;
}

void ScenarioReader::readRules(const Json& v, const std::string& p) {
    if (!m_r.expectArray(v, p)) return;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::string rp = appendPointer(p, i);
        const Json& r = v[i];
        if (!m_r.expectObject(r, rp)) continue;
        m_r.checkKeys(r, rp, {"id", "if", "grades", "feedback"});
        Rule rule;
        if (const Json* id = m_r.member(r, rp, "id", true)) {
            if (auto s = m_r.string(*id, rp + "/id")) {
                rule.id = *s;
                if (!isId(*s))
                    m_r.report(rules::badId, rp + "/id",
                               "rule id '" + *s + "' may only contain letters, digits, '_' and '-'");
                if (indexOf(ids, *s) >= 0)
                    m_r.report(rules::duplicateId, rp + "/id", "rule id '" + *s + "' is used twice");
                ids.push_back(*s);
            }
        }
        std::string context = "rule '" + rule.id + "': ";
        if (const Json* c = m_r.member(r, rp, "if", true))
            if (auto e = condition(*c, rp + "/if", context)) rule.condition = std::move(*e);
        if (const Json* g = m_r.member(r, rp, "grades", false)) rule.grades = readGrades(*g, rp + "/grades", context);
        if (const Json* f = m_r.member(r, rp, "feedback", true, rules::missingFeedback))
            rule.feedback = text(*f, rp + "/feedback");
        m_sc.rules.push_back(std::move(rule));
    }
}

std::optional<Expression> ScenarioReader::condition(const Json& v, const std::string& p, const std::string& context) {
    auto source = m_r.string(v, p);
    if (!source) return std::nullopt;
    auto compiled = compileExpression(*source, m_symbols);
    if (auto* err = std::get_if<ExpressionError>(&compiled)) {
        std::size_t index = err->column > 0 ? static_cast<std::size_t>(err->column - 1) : 0;
        m_r.report(err->rule, p, m_doc.stringCharPosition(p, index), context + "in condition: " + err->message);
        return std::nullopt;
    }
    Expression e = std::get<Expression>(std::move(compiled));
    if (e.type() != ValueType::Boolean) {
        m_r.report(rules::exprType, p, m_doc.stringCharPosition(p, 0),
                   context + "a condition must be true or false, but this one is a number (compare it, e.g. '>= 1')");
        return std::nullopt;
    }
    return e;
}

}  // namespace

bool isReadFailure(const Diagnostic& d) {
    return is(d, rules::ioError) || is(d, rules::fileTooLarge);
}

LoadResult loadScenarioText(std::string_view text, const std::string& fileName, const LoadOptions& options) {
    LoadResult result;
    if (text.size() > options.maxBytes) {
        result.diagnostics.push_back(makeDiagnostic(rules::fileTooLarge, fileName, "",
                                                    tooLargeMessage(text.size(), options.maxBytes, "scenario")));
        return result;
    }
    auto parsed = parseJsonDocument(text, fileName);
    result.diagnostics = std::move(parsed.diagnostics);
    if (!parsed.document) return result;
    const JsonDocument& doc = *parsed.document;

    ScenarioReader reader(doc, fileName, options, result.diagnostics);
    Scenario scenario = reader.read();
    scenario.file = fileName;
    scenario.sha256 = sha256Hex(text);

    ValidateContext context{doc, fileName, {}, reader.sceneWritten()};
    if (doc.root.is_object() && !scenario.nodes.empty()) checkGraph(scenario, context, result.diagnostics);
    if (options.checkAssets) {
        context.assetFolders = scenarioAssetFolders(fileName, options.assetsDir);
        checkAssets(scenario, context, result.diagnostics);
    }
    sortDiagnostics(result.diagnostics);
    if (!hasErrors(result.diagnostics)) {
        result.scenario = std::move(scenario);
        result.rubric = reader.effectiveRubric();
    } else if (doc.root.is_object()) {
        result.draft = std::move(scenario);
    }
    return result;
}

Diagnostics checkJsonFile(const std::string& path) {
    FileRead file = readInputFile(path, kMaxScenarioBytes, "scenario");
    if (!file.ok()) return {makeDiagnostic(readFailureRule(file), path, "", std::move(file.message))};
    return parseJsonDocument(file.bytes, path).diagnostics;
}

LoadResult loadScenarioFile(const std::string& path, const LoadOptions& options) {
    FileRead file = readInputFile(path, options.maxBytes, "scenario");
    if (!file.ok()) {
        LoadResult result;
        result.diagnostics.push_back(makeDiagnostic(readFailureRule(file), path, "", std::move(file.message)));
        return result;
    }
    return loadScenarioText(file.bytes, path, options);
}

}  // namespace frontline::core
