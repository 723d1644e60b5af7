#include "lrs_client.h"

#include <curl/curl.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>

#include "core/atomic_file.h"
#include "core/file_read.h"
#include "core/xapi.h"

namespace frontline::cli {
namespace {

using nlohmann::json;

constexpr std::size_t kBatch = 50;
constexpr std::size_t kMaxQueueBytes = 64u << 20;  // 64 MiB: tens of thousands of waiting statements
constexpr std::size_t kMaxAuthBytes = 4u << 10;    // one line: user:password or a header value

std::string base64(const std::string& in) {
    static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
        out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], t[v & 63]};
    }
    if (i + 1 == in.size()) {
        unsigned v = (unsigned char)in[i] << 16;
        out += {t[v >> 18], t[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == in.size()) {
        unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8;
        out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], '='};
    }
    return out;
}

struct Response {
    long status = 0;  // 0: no HTTP answer at all
    std::string body;
    std::string error;  // curl's message when status is 0
};

std::size_t collect(char* data, std::size_t size, std::size_t n, void* out) {
    static_cast<std::string*>(out)->append(data, size * n);
    return size * n;
}

Response request(const char* method, const std::string& url, const std::string& body, const LrsAuth& auth) {
    Response r;
    CURL* curl = curl_easy_init();
    if (!curl) {
        r.error = "cannot start libcurl";
        return r;
    }
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "X-Experience-API-Version: 1.0.3");
    if (!auth.header.empty()) headers = curl_slist_append(headers, ("Authorization: " + auth.header).c_str());
    char errbuf[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "frontline/" FRONTLINE_VERSION);
    CURLcode rc = curl_easy_perform(curl);
    if (rc == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
    else
        r.error = errbuf[0] ? errbuf : curl_easy_strerror(rc);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return r;
}

json readQueue(const std::string& path, std::vector<std::string>& messages) {
    core::FileRead file = core::readInputFile(path, kMaxQueueBytes, "queue");
    if (file.problem == core::FileRead::Problem::Missing) return json::array();
    json q = file.ok() ? json::parse(file.bytes, nullptr, false) : json();
    bool statements = q.is_array();
    if (statements)
        for (const json& st : q) statements = statements && st.is_object() && st.contains("id") && st["id"].is_string();
    if (statements) return q;
    // A damaged queue is set aside, never silently dropped.
    std::string aside = path + ".damaged";
    std::error_code ec;
    std::filesystem::rename(path, aside, ec);
    messages.push_back(
        "the queue file " + path + " is not a JSON array of statements; " +
        (ec ? "could not move it aside (" + ec.message() + "), starting a new queue" : "moved it to " + aside));
    return json::array();
}

std::string shortBody(const std::string& body) {
    std::string s = body.substr(0, 300);
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    return s;
}

}  // namespace

bool readLrsAuth(const std::string& path, LrsAuth& out, std::string& error) {
    core::FileRead file = core::readInputFile(path, kMaxAuthBytes, "auth");
    if (!file.ok()) {
        error = "cannot read the auth file " + path + ": " + file.message;
        return false;
    }
    std::string line = file.bytes.substr(0, file.bytes.find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty()) {
        error = "the auth file " + path + " is empty (write user:password, or 'Basic ...' / 'Bearer ...')";
        return false;
    }
    if (line.rfind("Basic ", 0) == 0 || line.rfind("Bearer ", 0) == 0)
        out.header = line;
    else
        out.header = "Basic " + base64(line);
    return true;
}

std::string defaultQueuePath() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    std::string base = xdg && xdg[0] == '/' ? std::string(xdg) : std::string(home ? home : ".") + "/.local/share";
    return base + "/frontline/xapi-queue.json";
}

SendOutcome sendThroughQueue(const json& statements, const std::string& queuePath, const std::string& endpoint,
                             const LrsAuth& auth) {
    SendOutcome out;
    curl_global_init(CURL_GLOBAL_DEFAULT);
    json queue = readQueue(queuePath, out.messages);
    std::set<std::string> queued;
    for (const json& st : queue) queued.insert(st.value("id", ""));
    for (const json& st : statements)
        if (queued.insert(st.value("id", "")).second) queue.push_back(st);
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(queuePath).parent_path(), ec);
    std::string error;
    auto save = [&] {
        if (!core::writeFileAtomically(queuePath, queue.dump(1, ' ', false, json::error_handler_t::replace) + "\n",
                                       &error))
            out.messages.push_back(error);
    };
    save();

    std::string url = endpoint;
    while (!url.empty() && url.back() == '/') url.pop_back();
    url += "/statements";
    bool stop = false;
    while (!queue.empty() && !stop) {
        json batch = json::array();
        for (std::size_t i = 0; i < queue.size() && i < kBatch; ++i) batch.push_back(queue[i]);
        Response r = request("POST", url, batch.dump(-1, ' ', false, json::error_handler_t::replace), auth);
        std::size_t done = 0;
        if (r.status == 200) {
            out.accepted += static_cast<int>(batch.size());
            done = batch.size();
        } else if (r.status == 409) {
            // Some id is already stored with other content: find which one by sending each with PUT.
            for (const json& st : batch) {
                Response one = request("PUT", url + "?statementId=" + core::percentEncode(st.value("id", "")),
                                       st.dump(-1, ' ', false, json::error_handler_t::replace), auth);
                if (one.status == 204 || one.status == 200) {
                    ++out.accepted;
                } else if (one.status == 409) {
                    ++out.conflicts;
                    out.messages.push_back("the LRS already holds a different statement with id " + st.value("id", "") +
                                           "; not sent (" + shortBody(one.body) + ")");
                } else {
                    stop = true;
                    out.messages.push_back(one.status ? "the LRS answered " + std::to_string(one.status) + ": " +
                                                            shortBody(one.body)
                                                      : "cannot reach the LRS at " + url + ": " + one.error);
                    break;
                }
                ++done;
            }
        } else {
            stop = true;
            out.messages.push_back(r.status ? "the LRS answered " + std::to_string(r.status) + ": " + shortBody(r.body)
                                            : "cannot reach the LRS at " + url + ": " + r.error);
        }
        if (done) {
            queue.erase(queue.begin(), queue.begin() + static_cast<long>(done));
            save();
        }
    }
    out.kept = static_cast<int>(queue.size());
    curl_global_cleanup();
    return out;
}

}  // namespace frontline::cli
