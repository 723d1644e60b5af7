// The scenario editor's model (frontline edit): a scenario file's JSON held in file order, edited through a small
// set of operations on nodes and choices, each undoable, and saved as stable pretty JSON (2-space indent, key order
// kept, one newline at the end), atomically, with the previous file kept as FILE.bak. Knows when the file changed
// on disk since it was read or saved. Pure: no window; errors are values (an EditResult or an error string).
//
// Saving a file that was not written this way reformats it once; from then on load -> save is byte-stable.
#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace frontline::core {

struct EditResult {
    bool ok = false;
    std::string error;                    // why the edit was refused (nothing changed), in words for the author
    std::string id;                       // the node or choice id an add or duplicate created
    std::vector<std::string> references;  // deleteNode: JSON Pointers that named the deleted node (left dangling)
    explicit operator bool() const { return ok; }
};

// The stable text of a scenario's JSON: 2-space indent, key order as held, UTF-8 unescaped, newline at the end.
std::string scenarioJsonText(const nlohmann::ordered_json& json);

// The node id a JSON Pointer lies under ("/nodes/<id>/…", RFC 6901 escapes undone); "" when it is not in a node.
std::string nodeOfPointer(std::string_view pointer);

class ScenarioEdit {
public:
    // Reads and parses `path` (at most the scenario size limit). Without a document, diagnostics say why
    // (io-error, file-too-large, json-syntax); JSON that is not an object is refused as json-syntax too.
    struct Opened;
    static Opened open(const std::string& path);
    // A document from text, not tied to a file until saveAs; for tests and new scenarios.
    static std::optional<ScenarioEdit> fromText(std::string_view text, const std::string& name,
                                                Diagnostics* diagnostics = nullptr);

    const nlohmann::ordered_json& json() const { return m_json; }
    const std::string& path() const { return m_path; }
    std::string text() const { return scenarioJsonText(m_json); }
    // Node ids in file order, and the declared locales (["zh","en"] when the file declares none).
    std::vector<std::string> nodeIds() const;
    std::vector<std::string> locales() const;
    bool hasNode(const std::string& id) const;

    // --- edits (each one undoable; a refused edit changes nothing and records nothing) ---
    // A text at `pointer` (e.g. /nodes/call/text, /nodes/call/choices/0/feedback) in one locale. A plain string
    // becomes a localised object with its old value kept for the other declared locales; an absent text is created.
    EditResult setText(const std::string& pointer, const std::string& locale, const std::string& value);
    // A choice's grade on one dimension, −3…+3; nullopt removes it (and an empty "grades").
    EditResult setGrade(const std::string& node, std::size_t choice, const std::string& dimension,
                        std::optional<int> grade);
    EditResult setChoiceKind(const std::string& node, std::size_t choice, const std::string& kind);
    // A new node after `after` in file order (at the end when "" or unknown); an empty texts in every locale,
    // a decision with no choices yet, or an ending ("won", "partial", "lost").
    EditResult addNode(const std::string& id, const std::string& ending = "", const std::string& after = "");
    // A copy of `node` right after it, as `newId` (or "<node>-copy", "-copy-2", … when empty).
    EditResult duplicateNode(const std::string& node, const std::string& newId = "");
    // Removes `node`; references lists every next / branch "to" / start that named it, left as they are, so the
    // validator shows them until they are relinked.
    EditResult deleteNode(const std::string& node);
    // A choice at the end of `node`'s choices leading to `target`, kind "respond", empty texts; id "choice-N".
    EditResult addChoice(const std::string& node, const std::string& target);
    EditResult deleteChoice(const std::string& node, std::size_t choice);
    // Points a choice at `target`: its next, or branch `branch` of a branching next (the last when nullopt).
    EditResult relinkChoice(const std::string& node, std::size_t choice, const std::string& target,
                            std::optional<std::size_t> branch = std::nullopt);
    // References to `node` (what deleteNode would report).
    std::vector<std::string> referencesTo(const std::string& node) const;

    // --- history ---
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    bool undo();
    bool redo();
    // What the next undo / redo would revert or repeat ("set text /nodes/a/text (en)"); "" when none.
    std::string undoLabel() const { return m_undo.empty() ? "" : m_undo.back().label; }
    std::string redoLabel() const { return m_redo.empty() ? "" : m_redo.back().label; }
    static constexpr std::size_t maxHistory = 500;

    // --- files ---
    // Unsaved edits: the document differs from what was last read or saved (undo back to it clears this).
    bool dirty() const { return m_serial != m_savedSerial; }
    // Changes with every edit, undo and redo (equal revisions: the same document), for views that redraw.
    std::uint64_t revision() const { return m_serial; }
    // The file on disk is no longer what was read or last saved (other bytes, or it is gone).
    bool changedOnDisk() const;
    // Writes text() to path() atomically, keeping the previous file as path().bak. Refused when the file
    // changed on disk unless `overwriteExternal`, so neither side is lost silently.
    bool save(std::string* error, bool overwriteExternal = false);
    bool saveAs(const std::string& path, std::string* error);
    // Reads the file again, dropping unsaved edits and the history.
    bool reload(Diagnostics* diagnostics);

private:
    struct Step {  // the document as it was, to go back (undo) or forward (redo) to
        nlohmann::ordered_json json;
        std::uint64_t serial;
        std::string label;
    };
    struct DiskStamp {
        bool exists = false;
        std::filesystem::file_time_type mtime{};
        std::uintmax_t size = 0;
        std::string sha256;
    };
    template <typename F>
    EditResult edit(const std::string& label, F&& change);
    nlohmann::ordered_json* choiceAt(nlohmann::ordered_json& json, const std::string& node, std::size_t choice,
                                     std::string& error);
    void stampDisk(std::string_view bytes);

    nlohmann::ordered_json m_json;
    std::string m_path;
    std::vector<Step> m_undo, m_redo;
    std::uint64_t m_serial = 0, m_savedSerial = 0, m_nextSerial = 1;
    DiskStamp m_disk;
};

struct ScenarioEdit::Opened {
    std::optional<ScenarioEdit> edit;
    Diagnostics diagnostics;  // parse diagnostics (duplicate-key warnings may accompany a document)
};

}  // namespace frontline::core
