#include "uuid.h"

#include <openssl/evp.h>

#include <array>
#include <cstdint>

namespace frontline::core {

std::string uuidV5(std::string_view ns, std::string_view name) {
    std::array<unsigned char, 16> bytes{};
    std::size_t n = 0;
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    if (ns.size() != 36) return {};
    for (std::size_t i = 0; i < ns.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (ns[i] != '-') return {};
            ++i;
            continue;
        }
        int hi = hexValue(ns[i]), lo = hexValue(ns[i + 1]);
        if (hi < 0 || lo < 0 || n >= 16) return {};
        bytes[n++] = static_cast<unsigned char>(hi * 16 + lo);
        i += 2;
    }
    if (n != 16) return {};
    std::string input(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    input.append(name);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(input.data(), input.size(), digest, &length, EVP_sha1(), nullptr) != 1 || length < 16) return {};
    digest[6] = static_cast<unsigned char>((digest[6] & 0x0F) | 0x50);
    digest[8] = static_cast<unsigned char>((digest[8] & 0x3F) | 0x80);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0xF];
    }
    return out;
}

}  // namespace frontline::core
