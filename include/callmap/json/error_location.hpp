// Turns an error's byte offset into line, column and JSON path. Runs only on the error path:
// the parsers track nothing for it, this re-walks the document's tokens up to the offset.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "callmap/json/string.hpp"

namespace callmap::json {

struct source_location {
    std::size_t line = 1;    ///< 1-based
    std::size_t column = 1;  ///< 1-based, in bytes
    std::string path;        ///< "$", "$.a.b[3]", "$[\"odd key\"]"
};

namespace detail {

inline bool is_identifier(std::string_view key) noexcept {
    if (key.empty()) return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!alpha && !(i > 0 && c >= '0' && c <= '9')) return false;
    }
    return true;
}

inline void append_path_key(std::string& path, std::string_view key) {
    if (is_identifier(key)) {
        path += '.';
        path += key;
        return;
    }
    path += "[\"";
    for (const char c : key) {
        if (c == '"' || c == '\\') path += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            path += "\\u00";
            path += "0123456789abcdef"[(c >> 4) & 0xF];
            path += "0123456789abcdef"[c & 0xF];
            continue;
        }
        path += c;
    }
    path += "\"]";
}

/// A key's text with escapes decoded, tolerant of anything (used on the error path only).
inline std::string decode_key_lenient(const char* p, const char* close) {
    const string_scan s = scan_string(p, close + 1);
    std::string out(static_cast<std::size_t>(close - p), '\0');
    if (s.error != error_code::ok || s.close != close) {
        out.assign(p, close);  // not decodable: keep the raw text
        return out;
    }
    out.resize(decode_string(p, close, out.data()));
    return out;
}

struct path_frame {
    bool is_object;
    bool in_value;      // a member value / element has started and not finished
    std::size_t index;  // array element index
    std::string key;    // current member key
};

}  // namespace detail

/// Line, column and JSON path of byte `offset` in `doc`. The path names the innermost value
/// that starts at or contains the offset, or the container when the offset is between values.
inline source_location locate(std::string_view doc, std::size_t offset) {
    source_location loc;
    offset = std::min(offset, doc.size());
    const char* begin = doc.data();
    const char* const target = begin + offset;
    const char* const end = begin + doc.size();
    for (const char* q = begin; q != target; ++q) {
        if (*q == '\n') {
            ++loc.line;
            loc.column = 1;
        } else {
            ++loc.column;
        }
    }

    std::vector<detail::path_frame> stack;
    bool expecting_key = false;  // in an object, after '{' or ','
    auto value_done = [&] {
        if (!stack.empty()) stack.back().in_value = false;
    };
    const char* p = begin;
    while (p < target) {
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++p;
        } else if (c == '{' || c == '[') {
            stack.push_back({c == '{', c == '[', 0, {}});
            expecting_key = c == '{';
            ++p;
        } else if (c == '}' || c == ']') {
            if (stack.empty()) break;
            stack.pop_back();
            value_done();
            expecting_key = false;
            ++p;
        } else if (c == ',') {
            if (!stack.empty()) {
                auto& top = stack.back();
                if (top.is_object) {
                    expecting_key = true;
                } else {
                    ++top.index;
                    top.in_value = true;
                }
            }
            ++p;
        } else if (c == ':') {
            if (!stack.empty()) stack.back().in_value = true;
            ++p;
        } else if (c == '"') {
            const detail::string_scan s = detail::scan_string(p + 1, end);
            const char* close = s.error == error_code::ok ? s.close : nullptr;
            if (close == nullptr || close >= target) break;  // the offset lies inside this string
            if (expecting_key && !stack.empty()) {
                stack.back().key = detail::decode_key_lenient(p + 1, close);
                expecting_key = false;
            } else {
                value_done();
            }
            p = close + 1;
        } else {
            // number, literal or stray bytes: up to the next delimiter
            const char* q = p;
            while (q < end &&
                   std::string_view(",:[]{}\" \t\r\n").find(*q) == std::string_view::npos)
                ++q;
            if (q > target) break;
            value_done();
            p = q;
        }
    }
    loc.path.push_back('$');  // not operator=(const char*): GCC 12 -O3 -Wrestrict false positive
    for (const auto& frame : stack) {
        if (!frame.in_value) break;
        if (frame.is_object) {
            detail::append_path_key(loc.path, frame.key);
        } else {
            loc.path += '[' + std::to_string(frame.index) + ']';
        }
    }
    return loc;
}

}  // namespace callmap::json
