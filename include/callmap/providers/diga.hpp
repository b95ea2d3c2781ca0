// generated from schemas/diga.yaml by callmap-gen -- do not edit.
// Diga voice agents — get call
// https://docs.diga.io/api-reference/calls/get-call-by-id
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include "callmap/drift_shape.hpp"
#include "callmap/json/object_members.hpp"
#include "callmap/json/parse.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/types.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/wire_values.hpp"
#include "callmap/mapping.hpp"
#include "callmap/version.hpp"

#if CALLMAP_CODEGEN_VERSION != 1
#error "diga.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

namespace callmap::diga {

enum class type : std::uint8_t {
    inbound,
    outbound,
};
BOOST_DESCRIBE_ENUM(type, inbound, outbound)

struct contact {
    std::optional<std::string_view> id{};
    std::optional<std::string_view> created_date{};
    std::optional<std::string_view> identifier{};
    std::optional<std::string_view> contact_type{};
};
BOOST_DESCRIBE_STRUCT(contact, (), (id, created_date, identifier, contact_type))

struct call {
    std::optional<std::string_view> id{};
    std::optional<std::string_view> agent_id{};
    std::optional<std::string_view> agent_version_id{};
    std::optional<std::string_view> status{};
    std::optional<::callmap::open_enum<::callmap::diga::type>> type{};
    std::optional<::callmap::diga::contact> contact{};
    std::optional<std::string_view> phone_register_id{};
    std::optional<std::string_view> created_date{};
    std::optional<std::string_view> recording_url{};
    std::optional<std::string_view> start_time{};
    std::optional<std::string_view> end_time{};
    std::optional<std::int64_t> duration{};
    std::optional<std::string_view> end_reason{};
    std::optional<std::string_view> error_code{};
    std::optional<std::string_view> message{};
};
BOOST_DESCRIBE_STRUCT(call, (), (id, agent_id, agent_version_id, status, type, contact, phone_register_id, created_date, recording_url, start_time, end_time, duration, end_reason, error_code, message))

}  // namespace callmap::diga

namespace callmap {

template <>
struct enum_spelling<::callmap::diga::type> {
    static constexpr std::array<std::string_view, 2> values{"inbound", "outbound"};
    static constexpr bool case_insensitive = false;
};

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::diga::contact> {
    static constexpr std::array<std::string_view, 4> keys{"id", "created_date", "identifier", "contact_type"};
    static constexpr std::array<bool, 4> required{false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "id" ? 0 : -1;
            case 10:
                return key == "identifier" ? 2 : -1;
            case 12:
                switch (key[1]) {
                    case 'r': return key == "created_date" ? 1 : -1;
                    case 'o': return key == "contact_type" ? 3 : -1;
                    default: return -1;
                }
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::diga::contact& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.id);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.created_date);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.identifier);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.contact_type);
                default: return false;
            }
        });
    }
};

template <>
struct value_parser<::callmap::diga::call> {
    static constexpr std::array<std::string_view, 15> keys{"id", "agent_id", "agent_version_id", "status", "type", "contact", "phone_register_id", "created_date", "recording_url", "start_time", "end_time", "duration", "end_reason", "error_code", "message"};
    static constexpr std::array<bool, 15> required{false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                return key == "id" ? 0 : -1;
            case 4:
                return key == "type" ? 4 : -1;
            case 6:
                return key == "status" ? 3 : -1;
            case 7:
                switch (key[0]) {
                    case 'c': return key == "contact" ? 5 : -1;
                    case 'm': return key == "message" ? 14 : -1;
                    default: return -1;
                }
            case 8:
                switch (key[0]) {
                    case 'a': return key == "agent_id" ? 1 : -1;
                    case 'p': return key == "phone_id" ? 6 : -1;
                    case 'e': return key == "end_time" ? 10 : -1;
                    case 'd': return key == "duration" ? 11 : -1;
                    default: return -1;
                }
            case 10:
                switch (key[1]) {
                    case 't': return key == "start_time" ? 9 : -1;
                    case 'n': return key == "end_reason" ? 12 : -1;
                    case 'r': return key == "error_code" ? 13 : -1;
                    default: return -1;
                }
            case 12:
                return key == "created_date" ? 7 : -1;
            case 13:
                return key == "recording_url" ? 8 : -1;
            case 16:
                return key == "agent_version_id" ? 2 : -1;
            case 17:
                return key == "phone_register_id" ? 6 : -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::diga::call& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::string_view>>::parse(r, out.id);
                case 1: return value_parser<std::optional<std::string_view>>::parse(r, out.agent_id);
                case 2: return value_parser<std::optional<std::string_view>>::parse(r, out.agent_version_id);
                case 3: return value_parser<std::optional<std::string_view>>::parse(r, out.status);
                case 4: return value_parser<std::optional<::callmap::open_enum<::callmap::diga::type>>>::parse(r, out.type);
                case 5: return value_parser<std::optional<::callmap::diga::contact>>::parse(r, out.contact);
                case 6: return value_parser<std::optional<std::string_view>>::parse(r, out.phone_register_id);
                case 7: return value_parser<std::optional<std::string_view>>::parse(r, out.created_date);
                case 8: return value_parser<std::optional<std::string_view>>::parse(r, out.recording_url);
                case 9: return value_parser<std::optional<std::string_view>>::parse(r, out.start_time);
                case 10: return value_parser<std::optional<std::string_view>>::parse(r, out.end_time);
                case 11: return value_parser<std::optional<std::int64_t>>::parse(r, out.duration);
                case 12: return value_parser<std::optional<std::string_view>>::parse(r, out.end_reason);
                case 13: return value_parser<std::optional<std::string_view>>::parse(r, out.error_code);
                case 14: return value_parser<std::optional<std::string_view>>::parse(r, out.message);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::diga::shape {

inline constexpr std::array<::callmap::drift::field_shape, 4> contact_fields{{
    {"id", 1, 0, false, true, -1, {}, false},
    {"created_date", 1, 0, false, true, -1, {}, false},
    {"identifier", 1, 0, false, true, -1, {}, false},
    {"contact_type", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::field_shape, 16> call_fields{{
    {"id", 1, 0, false, true, -1, {}, false},
    {"agent_id", 1, 0, false, true, -1, {}, false},
    {"agent_version_id", 1, 0, false, true, -1, {}, false},
    {"status", 1, 0, false, true, -1, {}, false},
    {"type", 1, 0, false, true, -1, ::callmap::enum_spelling<::callmap::diga::type>::values, ::callmap::enum_spelling<::callmap::diga::type>::case_insensitive},
    {"contact", 8, 0, false, true, 0, {}, false},
    {"phone_register_id", 1, 0, false, true, -1, {}, false},
    {"phone_id", 1, 0, false, true, -1, {}, false},
    {"created_date", 1, 0, false, true, -1, {}, false},
    {"recording_url", 1, 0, false, true, -1, {}, false},
    {"start_time", 1, 0, false, true, -1, {}, false},
    {"end_time", 1, 0, false, true, -1, {}, false},
    {"duration", 2, 0, false, true, -1, {}, false},
    {"end_reason", 1, 0, false, true, -1, {}, false},
    {"error_code", 1, 0, false, true, -1, {}, false},
    {"message", 1, 0, false, true, -1, {}, false},
}};
inline constexpr std::array<::callmap::drift::object_shape, 2> objects{{
    {"contact", contact_fields},
    {"call", call_fields},
}};
inline constexpr int root = 1;

}  // namespace callmap::diga::shape

namespace callmap::diga {

namespace mapping_tables {
inline constexpr ::callmap::table_entry<::callmap::direction> table_1[] = {
    {"inbound", ::callmap::direction::inbound},
    {"outbound", ::callmap::direction::outbound},
};
inline constexpr ::callmap::table_entry<::callmap::channel> table_2[] = {
    {"call", ::callmap::channel::pstn},
};
inline constexpr ::callmap::table_entry<::callmap::call_status> table_3[] = {
    {"dialing", ::callmap::call_status::ringing},
    {"in_progress", ::callmap::call_status::in_progress},
    {"completed", ::callmap::call_status::completed},
    {"failed", ::callmap::call_status::failed},
    {"transferred", ::callmap::call_status::transferred},
    {"no_answer", ::callmap::call_status::no_answer},
};
inline constexpr ::callmap::table_entry<::callmap::end_reason> shared_diga_end_reasons[] = {
    {"*user*hang*", ::callmap::end_reason::customer_hangup},
    {"*hang*user*", ::callmap::end_reason::customer_hangup},
    {"*client*hang*", ::callmap::end_reason::customer_hangup},
    {"*hang*client*", ::callmap::end_reason::customer_hangup},
    {"*client*colg*", ::callmap::end_reason::customer_hangup},
    {"*colg*client*", ::callmap::end_reason::customer_hangup},
    {"*usuario*colg*", ::callmap::end_reason::customer_hangup},
    {"*transfer*", ::callmap::end_reason::transferred},
    {"*agent*", ::callmap::end_reason::agent_hangup},
    {"*voicemail*", ::callmap::end_reason::voicemail},
    {"*buz*n*", ::callmap::end_reason::voicemail},
    {"*timeout*", ::callmap::end_reason::inactivity},
    {"*silen*", ::callmap::end_reason::inactivity},
    {"*error*", ::callmap::end_reason::platform_error},
};
}  // namespace mapping_tables

// GCC 12 reports std::optional members of lambda results as maybe-uninitialized at -O2
// (a known false positive, GCC PR 80635); the code reads no uninitialized value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// Maps a parsed diga payload onto the canonical call record. The result holds
/// views into the payload and into `memory`. A provider error answer is an error result.
inline ::callmap::result<::callmap::call> to_call(const call& in, ::callmap::arena& memory) {
    ::callmap::mapping_context ctx(memory);
    ::callmap::result<::callmap::call> answer(std::in_place);  // mapped in place
    ::callmap::call& out = *answer;
    out.provider = "diga";
    if (const auto* w1 = [&]() -> const std::string_view* {
        if (!in.status) return nullptr;
        return &*in.status;
    }();
        w1 != nullptr && ::callmap::matches_any(::callmap::text_of(*w1), {"error"})) {
        std::string_view message;
        if (const auto* m2 = [&]() -> const std::string_view* {
            if (!in.message) return nullptr;
            return &*in.message;
        }(); message.empty() && m2 != nullptr) message = *m2;
        if (const auto* m3 = [&]() -> const std::string_view* {
            if (!in.error_code) return nullptr;
            return &*in.error_code;
        }(); message.empty() && m3 != nullptr) message = *m3;
        answer = ::callmap::provider_error("diga", message);
        return answer;
    }
    [&]() -> bool {
        const auto* v4 = [&]() -> const std::string_view* {
            if (!in.id) return nullptr;
            return &*in.id;
        }();
        if (v4 == nullptr) return false;
        out.id = ::callmap::text_of(*v4);
        return true;
    }();
    [&]() -> bool {
        const auto* v5 = [&]() -> const ::callmap::open_enum<::callmap::diga::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (v5 == nullptr) return false;
        const std::string_view raw6 = ::callmap::text_of(*v5);
        const std::optional<::callmap::direction> mapped7 = ::callmap::lookup<::callmap::direction>(mapping_tables::table_1, raw6);
        if (!mapped7) ctx.warn("unmapped direction value", raw6);
        ::callmap::direction value8 = mapped7 ? *mapped7 : ::callmap::direction::unknown;
        out.direction = value8;
        return true;
    }();
    [&]() -> bool {
        const auto* v9 = [&]() -> const std::string_view* {
            if (!in.contact) return nullptr;
            const auto& s10 = *in.contact;
            if (!s10.contact_type) return nullptr;
            return &*s10.contact_type;
        }();
        if (v9 == nullptr) return false;
        const std::string_view raw11 = ::callmap::text_of(*v9);
        const std::optional<::callmap::channel> mapped12 = ::callmap::lookup<::callmap::channel>(mapping_tables::table_2, raw11);
        if (!mapped12) ctx.warn("unmapped channel value", raw11);
        ::callmap::channel value13 = mapped12 ? *mapped12 : ::callmap::channel::unknown;
        out.channel = value13;
        return true;
    }();
    [&]() -> bool {
        const auto* w14 = [&]() -> const ::callmap::open_enum<::callmap::diga::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (w14 != nullptr && ::callmap::matches_any(::callmap::text_of(*w14), {"inbound"})) return [&]() -> bool {
            const auto* v15 = [&]() -> const std::string_view* {
                if (!in.contact) return nullptr;
                const auto& s16 = *in.contact;
                if (!s16.identifier) return nullptr;
                return &*s16.identifier;
            }();
            if (v15 == nullptr) return false;
            ::callmap::set_party(out.from, ::callmap::text_of(*v15));
            return true;
        }();
        return false;
    }();
    [&]() -> bool {
        const auto* w17 = [&]() -> const ::callmap::open_enum<::callmap::diga::type>* {
            if (!in.type) return nullptr;
            return &*in.type;
        }();
        if (w17 != nullptr && ::callmap::matches_any(::callmap::text_of(*w17), {"outbound"})) return [&]() -> bool {
            const auto* v18 = [&]() -> const std::string_view* {
                if (!in.contact) return nullptr;
                const auto& s19 = *in.contact;
                if (!s19.identifier) return nullptr;
                return &*s19.identifier;
            }();
            if (v18 == nullptr) return false;
            ::callmap::set_party(out.to, ::callmap::text_of(*v18));
            return true;
        }();
        return false;
    }();
    [&]() -> bool {
        const auto* v20 = [&]() -> const std::string_view* {
            if (!in.status) return nullptr;
            return &*in.status;
        }();
        if (v20 == nullptr) return false;
        const std::string_view raw21 = ::callmap::text_of(*v20);
        out.status_raw = raw21;
        const std::optional<::callmap::call_status> mapped22 = ::callmap::lookup<::callmap::call_status>(mapping_tables::table_3, raw21);
        if (!mapped22) ctx.warn("unmapped status value", raw21);
        ::callmap::call_status value23 = mapped22 ? *mapped22 : ::callmap::call_status::unknown;
        out.status = value23;
        return true;
    }();
    [&]() -> bool {
        const auto* v24 = [&]() -> const std::string_view* {
            if (!in.end_reason) return nullptr;
            return &*in.end_reason;
        }();
        if (v24 == nullptr) return false;
        const std::string_view raw25 = ::callmap::text_of(*v24);
        out.end_reason_raw = raw25;
        const std::optional<::callmap::end_reason> mapped26 = ::callmap::lookup<::callmap::end_reason>(mapping_tables::shared_diga_end_reasons, raw25);
        ::callmap::end_reason value27 = mapped26 ? *mapped26 : ::callmap::end_reason::unknown;
        out.end_reason = value27;
        return true;
    }();
    [&]() -> bool {
        const auto* v28 = [&]() -> const std::string_view* {
            if (!in.created_date) return nullptr;
            return &*in.created_date;
        }();
        if (v28 == nullptr) return false;
        ::callmap::timestamp t29;
        if (!::callmap::read_instant(ctx, *v28, ::callmap::time_format::iso8601, t29)) return false;
        out.created_at = t29;
        return true;
    }();
    [&]() -> bool {
        const auto* v30 = [&]() -> const std::string_view* {
            if (!in.start_time) return nullptr;
            return &*in.start_time;
        }();
        if (v30 == nullptr) return false;
        ::callmap::timestamp t31;
        if (!::callmap::read_instant(ctx, *v30, ::callmap::time_format::iso8601, t31)) return false;
        out.started_at = t31;
        return true;
    }();
    [&]() -> bool {
        const auto* v32 = [&]() -> const std::string_view* {
            if (!in.end_time) return nullptr;
            return &*in.end_time;
        }();
        if (v32 == nullptr) return false;
        ::callmap::timestamp t33;
        if (!::callmap::read_instant(ctx, *v32, ::callmap::time_format::iso8601, t33)) return false;
        out.ended_at = t33;
        return true;
    }();
    [&]() -> bool {
        const auto* v34 = [&]() -> const std::int64_t* {
            if (!in.duration) return nullptr;
            return &*in.duration;
        }();
        if (v34 == nullptr) return false;
        const auto r35 = ::callmap::scaled_integer(*v34, 1000);
        if (!r35) return false;
        out.duration_ms = *r35;
        return true;
    }();
    out.external_ids.entries = ::callmap::build_array<::callmap::map_entry<std::string_view>>(ctx, 3, [&](std::size_t i36, ::callmap::map_entry<std::string_view>& entry37) -> bool {
        switch (i36) {
            case 0: return [&]() -> bool {
                const auto* v38 = [&]() -> const std::string_view* {
                    if (!in.contact) return nullptr;
                    const auto& s39 = *in.contact;
                    if (!s39.id) return nullptr;
                    return &*s39.id;
                }();
                if (v38 == nullptr) return false;
                entry37 = {"contact_id", ::callmap::text_of(*v38)};
                return true;
            }();
            case 1: return [&]() -> bool {
                const auto* v40 = [&]() -> const std::string_view* {
                    if (!in.phone_register_id) return nullptr;
                    return &*in.phone_register_id;
                }();
                if (v40 == nullptr) return false;
                entry37 = {"phone_register_id", ::callmap::text_of(*v40)};
                return true;
            }();
            case 2: return [&]() -> bool {
                const auto* v41 = [&]() -> const std::string_view* {
                    if (!in.agent_version_id) return nullptr;
                    return &*in.agent_version_id;
                }();
                if (v41 == nullptr) return false;
                entry37 = {"agent_version_id", ::callmap::text_of(*v41)};
                return true;
            }();
            default: return false;
        }
    });
    {
        ::callmap::agent_info& g42 = out.agent.emplace();
        bool present43 = false;
        if ([&]() -> bool {
            const auto* v44 = [&]() -> const std::string_view* {
                if (!in.agent_id) return nullptr;
                return &*in.agent_id;
            }();
            if (v44 == nullptr) return false;
            g42.id = ::callmap::text_of(*v44);
            return true;
        }()) present43 = true;
        g42.kind = ::callmap::agent_kind::ai;
        if (!present43) out.agent.reset();
    }
    out.recordings = ::callmap::build_array<::callmap::recording>(ctx, 1, [&](std::size_t i45, ::callmap::recording& g46) -> bool {
        switch (i45) {
            case 0: {
                if (![&]() -> bool {
                    const auto* v47 = [&]() -> const std::string_view* {
                        if (!in.recording_url) return nullptr;
                        return &*in.recording_url;
                    }();
                    if (v47 == nullptr) return false;
                    g46.url = ::callmap::text_of(*v47);
                    return true;
                }()) return false;
                g46.kind = ::callmap::recording_kind::mixed;
                return true;
            }
            default: return false;
        }
    });
    if (out.id.empty()) ctx.warn("no call id in the payload");
    ctx.finish_into(answer);
    return answer;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace callmap::diga
