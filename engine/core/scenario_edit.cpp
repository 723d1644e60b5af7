#include "scenario_edit.h"

#include <system_error>
#include <utility>

#include "atomic_file.h"
#include "diagnostic_rules.h"
#include "file_read.h"
#include "json_document.h"
#include "sha256.h"

namespace frontline::core {

using Json = nlohmann::ordered_json;

namespace {

bool validId(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

EditResult refused(std::string why) {
    EditResult r;
    r.error = std::move(why);
    return r;
}

EditResult done(std::string id = {}) {
    EditResult r;
    r.ok = true;
    r.id = std::move(id);
    return r;
}

Json* nodesOf(Json& json) {
    auto it = json.find("nodes");
    return it != json.end() && it->is_object() ? &*it : nullptr;
}

// `object` with `value` inserted as `key` right after `after` (at the end when `after` is not a key).
Json insertedAfter(const Json& object, const std::string& after, const std::string& key, Json value) {
    Json out = Json::object();
    bool placed = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        out[it.key()] = *it;
        if (!placed && it.key() == after) {
            out[key] = value;
            placed = true;
        }
    }
    if (!placed) out[key] = std::move(value);
    return out;
}

Json emptyText(const std::vector<std::string>& locales) {
    Json text = Json::object();
    for (const auto& l : locales) text[l] = "";
    return text;
}

void collectNextRefs(const Json& next, const std::string& target, const std::string& pointer,
                     std::vector<std::string>& out) {
    if (next.is_string()) {
        if (next.get<std::string>() == target) out.push_back(pointer);
    } else if (next.is_array()) {
        for (std::size_t b = 0; b < next.size(); ++b) {
            const Json& branch = next[b];
            auto to = branch.is_object() ? branch.find("to") : branch.end();
            if (branch.is_object() && to != branch.end() && to->is_string() && to->get<std::string>() == target)
                out.push_back(appendPointer(appendPointer(pointer, b), "to"));
        }
    }
}

std::string unescapeToken(std::string_view token) {
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
            out += token[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

}  // namespace

std::string scenarioJsonText(const Json& json) {
    return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string nodeOfPointer(std::string_view pointer) {
    constexpr std::string_view prefix = "/nodes/";
    if (pointer.substr(0, prefix.size()) != prefix) return "";
    std::string_view rest = pointer.substr(prefix.size());
    return unescapeToken(rest.substr(0, rest.find('/')));
}

// ---------------------------------------------------------------------------------------------- opening

ScenarioEdit::Opened ScenarioEdit::open(const std::string& path) {
    Opened opened;
    FileRead file = readInputFile(path, kMaxScenarioBytes, "scenario");
    if (!file.ok()) {
        opened.diagnostics.push_back(makeDiagnostic(readFailureRule(file), path, "", std::move(file.message)));
        return opened;
    }
    opened.edit = fromText(file.bytes, path, &opened.diagnostics);
    if (opened.edit) {
        opened.edit->m_path = path;
        opened.edit->stampDisk(file.bytes);
    }
    return opened;
}

std::optional<ScenarioEdit> ScenarioEdit::fromText(std::string_view text, const std::string& name,
                                                   Diagnostics* diagnostics) {
    auto parsed = parseJsonDocument(text, name);
    if (diagnostics) diagnostics->insert(diagnostics->end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    if (!parsed.document) return std::nullopt;
    if (!parsed.document->root.is_object()) {
        if (diagnostics)
            diagnostics->push_back(makeDiagnostic(rules::jsonSyntax, name, "", "a scenario is a JSON object", 1, 1));
        return std::nullopt;
    }
    ScenarioEdit edit;
    edit.m_json = std::move(parsed.document->root);
    return edit;
}

void ScenarioEdit::stampDisk(std::string_view bytes) {
    std::error_code ec;
    m_disk = {};
    m_disk.exists = std::filesystem::exists(m_path, ec);
    if (!m_disk.exists) return;
    m_disk.mtime = std::filesystem::last_write_time(m_path, ec);
    m_disk.size = std::filesystem::file_size(m_path, ec);
    m_disk.sha256 = sha256Hex(bytes);
}

// ---------------------------------------------------------------------------------------------- reading

std::vector<std::string> ScenarioEdit::nodeIds() const {
    std::vector<std::string> ids;
    auto it = m_json.find("nodes");
    if (it == m_json.end() || !it->is_object()) return ids;
    for (auto n = it->begin(); n != it->end(); ++n) ids.push_back(n.key());
    return ids;
}

std::vector<std::string> ScenarioEdit::locales() const {
    std::vector<std::string> out;
    auto it = m_json.find("locales");
    if (it != m_json.end() && it->is_array())
        for (const auto& l : *it)
            if (l.is_string()) out.push_back(l.get<std::string>());
    if (out.empty()) out = {"zh", "en"};
    return out;
}

bool ScenarioEdit::hasNode(const std::string& id) const {
    auto it = m_json.find("nodes");
    return it != m_json.end() && it->is_object() && it->contains(id);
}

std::vector<std::string> ScenarioEdit::referencesTo(const std::string& node) const {
    std::vector<std::string> refs;
    auto start = m_json.find("start");
    if (start != m_json.end() && start->is_string() && start->get<std::string>() == node) refs.push_back("/start");
    auto nodes = m_json.find("nodes");
    if (nodes == m_json.end() || !nodes->is_object()) return refs;
    for (auto n = nodes->begin(); n != nodes->end(); ++n) {
        auto choices = n->is_object() ? n->find("choices") : n->end();
        if (!n->is_object() || choices == n->end() || !choices->is_array()) continue;
        const std::string base = appendPointer(appendPointer("/nodes", n.key()), "choices");
        for (std::size_t c = 0; c < choices->size(); ++c) {
            const Json& choice = (*choices)[c];
            if (!choice.is_object() || !choice.contains("next")) continue;
            collectNextRefs(choice["next"], node, appendPointer(appendPointer(base, c), "next"), refs);
        }
    }
    return refs;
}

// ---------------------------------------------------------------------------------------------- edits

template <typename F>
EditResult ScenarioEdit::edit(const std::string& label, F&& change) {
    Json before = m_json;
    EditResult result;
    try {
        result = change(m_json);
    } catch (const std::exception& e) {  // nlohmann on a malformed pointer; never leaves this function
        result = refused(e.what());
    }
    if (!result.ok) {
        m_json = std::move(before);
        return result;
    }
    m_undo.push_back({std::move(before), m_serial, label});
    if (m_undo.size() > maxHistory) m_undo.erase(m_undo.begin());
    m_redo.clear();
    m_serial = m_nextSerial++;
    return result;
}

Json* ScenarioEdit::choiceAt(Json& json, const std::string& node, std::size_t choice, std::string& error) {
    Json* nodes = nodesOf(json);
    if (!nodes || !nodes->contains(node) || !(*nodes)[node].is_object()) {
        error = "no node '" + node + "'";
        return nullptr;
    }
    Json& n = (*nodes)[node];
    auto choices = n.find("choices");
    if (choices == n.end() || !choices->is_array() || choice >= choices->size() || !(*choices)[choice].is_object()) {
        error = "node '" + node + "' has no choice " + std::to_string(choice + 1);
        return nullptr;
    }
    return &(*choices)[choice];
}

EditResult ScenarioEdit::setText(const std::string& pointer, const std::string& locale, const std::string& value) {
    const std::vector<std::string> declared = locales();
    return edit("set text " + pointer + " (" + locale + ")", [&](Json& json) {
        if (locale.empty()) return refused("no locale given");
        const Json::json_pointer at(pointer);
        if (at.empty() || !json.contains(at.parent_pointer()) || !json[at.parent_pointer()].is_object())
            return refused("no place for a text at " + pointer);
        Json& parent = json[at.parent_pointer()];
        const std::string key = at.back();
        auto it = parent.find(key);
        if (it == parent.end()) {
            parent[key] = Json::object({{locale, value}});
        } else if (it->is_string()) {
            const std::string old = it->get<std::string>();
            Json text = Json::object();
            for (const auto& l : declared) text[l] = l == locale ? value : old;
            text[locale] = value;
            *it = std::move(text);
        } else if (it->is_object()) {
            (*it)[locale] = value;
        } else {
            return refused(pointer + " is not a text");
        }
        return done();
    });
}

EditResult ScenarioEdit::setGrade(const std::string& node, std::size_t choice, const std::string& dimension,
                                  std::optional<int> grade) {
    return edit("set grade " + dimension + " of " + node + " choice " + std::to_string(choice + 1), [&](Json& json) {
        std::string error;
        Json* c = choiceAt(json, node, choice, error);
        if (!c) return refused(error);
        if (!validId(dimension)) return refused("'" + dimension + "' is not a dimension id");
        if (grade && (*grade < -3 || *grade > 3))
            return refused("a grade is an integer from -3 to +3, not " + std::to_string(*grade));
        auto grades = c->find("grades");
        if (grades != c->end() && !grades->is_object()) return refused("the choice's grades are not an object");
        if (grade) {
            (*c)["grades"][dimension] = *grade;
        } else if (grades != c->end()) {
            grades->erase(dimension);
            if (grades->empty()) c->erase("grades");
        }
        return done();
    });
}

EditResult ScenarioEdit::setChoiceKind(const std::string& node, std::size_t choice, const std::string& kind) {
    return edit("set kind of " + node + " choice " + std::to_string(choice + 1), [&](Json& json) {
        std::string error;
        Json* c = choiceAt(json, node, choice, error);
        if (!c) return refused(error);
        if (kind != "listen" && kind != "respond" && kind != "escalate")
            return refused("a choice's kind is listen, respond or escalate, not '" + kind + "'");
        (*c)["kind"] = kind;
        return done();
    });
}

EditResult ScenarioEdit::addNode(const std::string& id, const std::string& ending, const std::string& after) {
    const std::vector<std::string> declared = locales();
    return edit("add node " + id, [&](Json& json) {
        if (!validId(id)) return refused("'" + id + "' is not an id (letters, digits, '_' and '-')");
        Json* nodes = nodesOf(json);
        if (!nodes) return refused("the scenario has no nodes object");
        if (nodes->contains(id)) return refused("there is a node '" + id + "' already");
        Json node = Json::object();
        if (!ending.empty()) {
            if (ending != "won" && ending != "partial" && ending != "lost")
                return refused("an ending is won, partial or lost, not '" + ending + "'");
            node["ending"] = ending;
        }
        node["speaker"] = "narrator";
        if (!ending.empty()) node["title"] = emptyText(declared);
        node["text"] = emptyText(declared);
        if (ending.empty()) node["choices"] = Json::array();
        *nodes = insertedAfter(*nodes, after, id, std::move(node));
        return done(id);
    });
}

EditResult ScenarioEdit::duplicateNode(const std::string& node, const std::string& newId) {
    std::string id = newId;
    if (id.empty()) {
        id = node + "-copy";
        for (int n = 2; hasNode(id); ++n) id = node + "-copy-" + std::to_string(n);
    }
    return edit("duplicate node " + node + " as " + id, [&](Json& json) {
        Json* nodes = nodesOf(json);
        if (!nodes || !nodes->contains(node)) return refused("no node '" + node + "'");
        if (!validId(id)) return refused("'" + id + "' is not an id (letters, digits, '_' and '-')");
        if (nodes->contains(id)) return refused("there is a node '" + id + "' already");
        Json copy = (*nodes)[node];
        *nodes = insertedAfter(*nodes, node, id, std::move(copy));
        return done(id);
    });
}

EditResult ScenarioEdit::deleteNode(const std::string& node) {
    std::vector<std::string> refs = referencesTo(node);
    EditResult r = edit("delete node " + node, [&](Json& json) {
        Json* nodes = nodesOf(json);
        if (!nodes || !nodes->contains(node)) return refused("no node '" + node + "'");
        nodes->erase(node);
        return done();
    });
    // A node's own choices that lead back to it go with it.
    if (r.ok)
        for (const auto& ref : refs)
            if (nodeOfPointer(ref) != node) r.references.push_back(ref);
    return r;
}

EditResult ScenarioEdit::addChoice(const std::string& node, const std::string& target) {
    const std::vector<std::string> declared = locales();
    return edit("add choice to " + node, [&](Json& json) {
        Json* nodes = nodesOf(json);
        if (!nodes || !nodes->contains(node) || !(*nodes)[node].is_object()) return refused("no node '" + node + "'");
        Json& n = (*nodes)[node];
        if (n.contains("ending")) return refused("'" + node + "' is an ending: it has no choices");
        if (!n.contains("choices")) n["choices"] = Json::array();
        Json& choices = n["choices"];
        if (!choices.is_array()) return refused("the choices of '" + node + "' are not a list");
        auto taken = [&](const std::string& id) {
            for (const auto& c : choices)
                if (c.is_object() && c.value("id", "") == id) return true;
            return false;
        };
        std::string id;
        for (std::size_t k = choices.size() + 1; id.empty() || taken(id); ++k) id = "choice-" + std::to_string(k);
        Json choice = Json::object();
        choice["id"] = id;
        choice["kind"] = "respond";
        choice["text"] = emptyText(declared);
        choice["feedback"] = emptyText(declared);
        choice["next"] = target;
        choices.push_back(std::move(choice));
        return done(id);
    });
}

EditResult ScenarioEdit::deleteChoice(const std::string& node, std::size_t choice) {
    return edit("delete choice " + std::to_string(choice + 1) + " of " + node, [&](Json& json) {
        std::string error;
        if (!choiceAt(json, node, choice, error)) return refused(error);
        (*nodesOf(json))[node]["choices"].erase(choice);
        return done();
    });
}

EditResult ScenarioEdit::relinkChoice(const std::string& node, std::size_t choice, const std::string& target,
                                      std::optional<std::size_t> branch) {
    return edit("relink " + node + " choice " + std::to_string(choice + 1) + " to " + target, [&](Json& json) {
        std::string error;
        Json* c = choiceAt(json, node, choice, error);
        if (!c) return refused(error);
        if (!validId(target)) return refused("'" + target + "' is not a node id");
        auto next = c->find("next");
        if (next != c->end() && next->is_array() && !next->empty()) {
            const std::size_t b = branch ? *branch : next->size() - 1;
            if (b >= next->size() || !(*next)[b].is_object())
                return refused("choice " + std::to_string(choice + 1) + " of '" + node + "' has no branch " +
                               std::to_string(b + 1));
            (*next)[b]["to"] = target;
        } else {
            if (branch && *branch != 0) return refused("the choice's next is not a list of branches");
            (*c)["next"] = target;
        }
        return done();
    });
}

// ---------------------------------------------------------------------------------------------- history

bool ScenarioEdit::undo() {
    if (m_undo.empty()) return false;
    Step step = std::move(m_undo.back());
    m_undo.pop_back();
    m_redo.push_back({std::move(m_json), m_serial, step.label});
    m_json = std::move(step.json);
    m_serial = step.serial;
    return true;
}

bool ScenarioEdit::redo() {
    if (m_redo.empty()) return false;
    Step step = std::move(m_redo.back());
    m_redo.pop_back();
    m_undo.push_back({std::move(m_json), m_serial, step.label});
    m_json = std::move(step.json);
    m_serial = step.serial;
    return true;
}

// ---------------------------------------------------------------------------------------------- files

bool ScenarioEdit::changedOnDisk() const {
    if (m_path.empty()) return false;
    std::error_code ec;
    const bool exists = std::filesystem::exists(m_path, ec);
    if (exists != m_disk.exists) return true;
    if (!exists) return false;
    const auto mtime = std::filesystem::last_write_time(m_path, ec);
    const auto size = std::filesystem::file_size(m_path, ec);
    if (!ec && mtime == m_disk.mtime && size == m_disk.size) return false;
    FileRead file = readInputFile(m_path, kMaxScenarioBytes, "scenario");
    return !file.ok() || sha256Hex(file.bytes) != m_disk.sha256;
}

bool ScenarioEdit::save(std::string* error, bool overwriteExternal) {
    auto fail = [&](std::string why) {
        if (error) *error = std::move(why);
        return false;
    };
    if (m_path.empty()) return fail("the scenario has no file yet");
    if (!overwriteExternal && changedOnDisk())
        return fail("'" + m_path + "' changed on disk since it was opened; reload it or save over it");
    std::error_code ec;
    if (std::filesystem::exists(m_path, ec)) {
        std::filesystem::copy_file(m_path, m_path + ".bak", std::filesystem::copy_options::overwrite_existing, ec);
        if (ec) return fail("cannot keep the previous version as '" + m_path + ".bak': " + ec.message());
    }
    const std::string bytes = text();
    if (!writeFileAtomically(m_path, bytes, error)) return false;
    stampDisk(bytes);
    m_savedSerial = m_serial;
    return true;
}

bool ScenarioEdit::saveAs(const std::string& path, std::string* error) {
    const std::string previous = m_path;
    const DiskStamp stamp = m_disk;
    m_path = path;
    if (save(error, true)) return true;
    m_path = previous;
    m_disk = stamp;
    return false;
}

bool ScenarioEdit::reload(Diagnostics* diagnostics) {
    Opened opened = open(m_path);
    if (diagnostics) *diagnostics = opened.diagnostics;
    if (!opened.edit) return false;
    *this = std::move(*opened.edit);
    m_serial = m_savedSerial = 0;
    return true;
}

}  // namespace frontline::core
