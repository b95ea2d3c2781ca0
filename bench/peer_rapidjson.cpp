// RapidJSON (Debian rapidjson-dev): DOM and in-situ parsing, then the Describe mapping of
// dom_mapping.hpp. Flags: kParseValidateEncodingFlag (UTF-8 is checked, as callmap and simdjson
// do). In-situ parsing decodes strings inside a copy of the input (the copy is part of the
// cost: the caller's buffer is const). Reused state is tuned as RapidJSON's documentation
// suggests: memory-pool allocators over kept buffers for the values and the parse stack.
#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "dom_mapping.hpp"
#include "peer.hpp"

namespace bench {

namespace {

struct rapidjson_dom {
    using value = const rapidjson::Value&;

    static bool is_null(value v) noexcept { return v.IsNull(); }
    static bool get_bool(value v, bool& out) noexcept {
        if (!v.IsBool()) return false;
        out = v.GetBool();
        return true;
    }
    static bool get_int64(value v, std::int64_t& out) noexcept {
        if (!v.IsInt64()) return false;
        out = v.GetInt64();
        return true;
    }
    static bool get_double(value v, double& out) noexcept {
        if (!v.IsNumber()) return false;
        out = v.GetDouble();
        return true;
    }
    static bool get_string(value v, std::string_view& out) noexcept {
        if (!v.IsString()) return false;
        out = {v.GetString(), v.GetStringLength()};
        return true;
    }
    static bool number_text(value v, char* buf, std::size_t& size) noexcept {
        std::to_chars_result r{};
        if (v.IsInt64()) {
            r = std::to_chars(buf, buf + 32, v.GetInt64());
        } else if (v.IsUint64()) {
            r = std::to_chars(buf, buf + 32, v.GetUint64());
        } else if (v.IsDouble()) {
            r = std::to_chars(buf, buf + 32, v.GetDouble());
        } else {
            return false;
        }
        size = static_cast<std::size_t>(r.ptr - buf);
        return true;
    }
    template <class F>
    static bool for_each_member(value v, F&& f) {
        if (!v.IsObject()) return false;
        for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
            f(std::string_view(it->name.GetString(), it->name.GetStringLength()), it->value);
        }
        return true;
    }
    static bool array_size(value v, std::size_t& n) noexcept {
        if (!v.IsArray()) return false;
        n = v.Size();
        return true;
    }
    template <class F>
    static void for_each_element(value v, F&& f) {
        for (auto it = v.Begin(); it != v.End(); ++it) f(*it);
    }
};

constexpr unsigned parse_flags = rapidjson::kParseValidateEncodingFlag;

using pool = rapidjson::MemoryPoolAllocator<rapidjson::CrtAllocator>;
using document = rapidjson::GenericDocument<rapidjson::UTF8<>, pool, pool>;

/// Used once: a default rapidjson::Document (its own pool allocator, grown from the heap).
class rapidjson_once final : public peer_parser {
public:
    explicit rapidjson_once(bool insitu) : insitu_(insitu) {}

    bool parse(const std::string& json, callmap::zudu::envelope& out,
               callmap::arena& memory) override {
        if (insitu_) {
            text_.assign(json.data(), json.size());
            doc_.ParseInsitu<parse_flags>(text_.data());
        } else {
            doc_.Parse<parse_flags>(json.data(), json.size());
        }
        if (doc_.HasParseError()) return false;
        dom_mapper<rapidjson_dom> map(memory);
        return map.read(static_cast<const rapidjson::Value&>(doc_), out);
    }

private:
    bool insitu_;
    std::string text_;
    rapidjson::Document doc_;
};

/// Reused: memory pools over kept buffers, grown until one parse fits (then a parse
/// allocates nothing), cleared before each parse.
class rapidjson_parser final : public peer_parser {
public:
    explicit rapidjson_parser(bool insitu) : insitu_(insitu) {}

    bool parse(const std::string& json, callmap::zudu::envelope& out,
               callmap::arena& memory) override {
        if (!doc_ || values_->Size() > value_buffer_.size() ||
            stack_->Size() > stack_buffer_.size()) {
            grow(json.size());
        }
        values_->Clear();
        stack_->Clear();
        if (insitu_) {
            text_.assign(json.data(), json.size());  // the parse decodes strings in place
            doc_->ParseInsitu<parse_flags>(text_.data());
        } else {
            doc_->Parse<parse_flags>(json.data(), json.size());
        }
        if (doc_->HasParseError()) return false;
        dom_mapper<rapidjson_dom> map(memory);
        return map.read(static_cast<const rapidjson::Value&>(*doc_), out);
    }

private:
    void grow(std::size_t input_size) {
        const std::size_t value_need = doc_ ? values_->Size() * 2 : input_size * 4;
        const std::size_t stack_need = doc_ ? stack_->Size() * 2 : 64 * 1024;
        doc_.reset();
        values_.reset();
        stack_.reset();
        value_buffer_.assign(value_need + 4096, 0);  // touched: no page faults while timing
        stack_buffer_.assign(stack_need + 4096, 0);
        values_ = std::make_unique<pool>(value_buffer_.data(), value_buffer_.size());
        stack_ = std::make_unique<pool>(stack_buffer_.data(), stack_buffer_.size());
        doc_.emplace(rapidjson::kNullType, values_.get(), 1024, stack_.get());
    }

    bool insitu_;
    std::vector<char> value_buffer_;
    std::vector<char> stack_buffer_;
    std::unique_ptr<pool> values_;
    std::unique_ptr<pool> stack_;
    std::string text_;
    std::optional<document> doc_;
};

}  // namespace

peer_info rapidjson_dom_peer() {
    return {"rapidjson_dom", "RapidJSON 1.1 (Debian) DOM + Describe mapping",
            [](bool reused) -> std::unique_ptr<peer_parser> {
                if (reused) return std::make_unique<rapidjson_parser>(false);
                return std::make_unique<rapidjson_once>(false);
            }};
}

peer_info rapidjson_insitu_peer() {
    return {"rapidjson_insitu", "RapidJSON 1.1 (Debian) in-situ DOM + Describe mapping",
            [](bool reused) -> std::unique_ptr<peer_parser> {
                if (reused) return std::make_unique<rapidjson_parser>(true);
                return std::make_unique<rapidjson_once>(true);
            }};
}

}  // namespace bench
