// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same namespace and name always give the same id, so a
// statement built twice from the same session event has the same id and an LRS never stores it twice.
#pragma once
#include <string>
#include <string_view>

namespace frontline::core {

// `namespaceUuid` in the canonical "8-4-4-4-12" hex form; returns the v5 UUID in that form (lowercase), or ""
// when `namespaceUuid` is malformed.
std::string uuidV5(std::string_view namespaceUuid, std::string_view name);

}  // namespace frontline::core
