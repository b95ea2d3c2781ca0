// Every value of every provider fixture replaced by a value of each other JSON type, and every
// member of every object repeated — walked programmatically, with the provider's spec (its
// generated drift shapes) telling what may stand where:
//
//   * a declared field given a JSON type its spec rules out is refused with type_mismatch at
//     exactly that value's first byte and JSON path ("expected string, found number at
//     $.cdr.uuid");
//   * a declared field given a type it allows parses, or fails inside the new value;
//   * every scalar of a payload given a type its spec rules out, all at once: refused at the
//     first of them;
//   * a key the spec does not declare takes any value without changing the record;
//   * a declared key repeated is duplicate_key at the repeated key (default policy), and with
//     duplicate_key_policy::last_wins the record is unchanged; undeclared keys may repeat.
// Both through the provider's parse<root> + to_call and through callmap::normalize.
#include <cstring>

#include "callmap/builtin.hpp"
#include "hostile.hpp"

namespace {

using callmap::error_code;
using hostile::json_kind;
using hostile::outcome;
using hostile::role;

struct replacement {
    const char* text;
    json_kind kind;
};
constexpr replacement replacements[] = {
    {"\"x\"", json_kind::string},     {"7", json_kind::number},  {"-1.5", json_kind::number},
    {"true", json_kind::boolean},     {"null", json_kind::null}, {"{}", json_kind::object},
    {"{\"k\":1}", json_kind::object}, {"[]", json_kind::array},  {"[1]", json_kind::array},
};

/// Runs `check` on the fixtures of the provider whose payload the parser accepts (the others
/// stop at their own error first).
template <class Check>
void for_each_parsing_fixture(const std::string& provider, Check&& check) {
    hostile::for_each_fixture(provider, [&](const hostile::fixture& f) {
        if (hostile::parse_only(*hostile::find_api(f.provider), f.text).ok) check(f);
    });
}

bool detected_as_own(std::string_view payload, std::string_view provider) {
    const callmap::result<std::string_view> d = hostile::detect(payload);
    return d && *d == provider;
}

/// Whether the named provider reads `payload` as its get answer: an array (a fixture replaced
/// whole by []) is the list page of a provider whose list is a bare array.
bool read_as_get(std::string_view payload, std::string_view provider) {
    const auto chosen =
        callmap::detail::choose_shape(callmap::builtin_providers, payload, provider, {});
    return !chosen || chosen->shape == nullptr ||
           chosen->shape->kind == callmap::payload_shape::get;
}

void check_wrong_types(const hostile::fixture& f) {
    const hostile::provider_api& api = *hostile::find_api(f.provider);
    const std::vector<hostile::value_info> values = hostile::walk_fixture(f);
    ASSERT_FALSE(values.empty()) << "the fixture does not walk";
    const outcome base = hostile::parse_and_map(api, f.text);

    std::size_t refused = 0, typed_values = 0, unknown_values = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const hostile::value_info& v = values[i];
        if (!hostile::sample().takes(i)) continue;
        if (v.how == role::typed) ++typed_values;
        if (v.how == role::unknown) ++unknown_values;
        for (const auto& r : replacements) {
            if (r.kind == v.kind) continue;
            const std::string payload = hostile::splice(f.text, v.start, v.end - v.start, r.text);
            SCOPED_TRACE(v.path + " = " + r.text);
            const outcome typed = hostile::parse_and_map(api, payload);
            ASSERT_TRUE(hostile::well_formed(typed, payload));
            switch (v.how) {
                case role::unknown:
                    ASSERT_EQ(typed, base) << "an undeclared key changed the outcome";
                    break;
                case role::any: ASSERT_TRUE(hostile::parse_only(api, payload).ok) << typed; break;
                case role::typed:
                    if (hostile::refused_kind(v, r.kind)) {
                        ASSERT_FALSE(typed.ok) << "accepted: " << typed.json;
                        EXPECT_EQ(typed.error.code, error_code::type_mismatch) << typed;
                        EXPECT_EQ(typed.error.offset, v.start) << typed;
                        EXPECT_EQ(typed.error.path, v.path) << typed;
                        ++refused;
                    } else if (!typed.ok && typed.error.line != 0) {
                        // allowed type, refused value: the error lies inside the new value
                        EXPECT_GE(typed.error.offset, v.start) << typed;
                        EXPECT_LE(typed.error.offset, v.start + std::strlen(r.text)) << typed;
                        EXPECT_FALSE(hostile::is_syntax_error(typed.error.code)) << typed;
                    }
                    break;
            }
            if (!read_as_get(payload, f.provider)) continue;
            ASSERT_EQ(hostile::normalize(payload, f.provider), typed);
            if (detected_as_own(payload, f.provider)) {
                ASSERT_EQ(hostile::normalize(payload), typed);
            }
        }
    }
    testing::Test::RecordProperty(f.name + "_typed_values", static_cast<int>(typed_values));
    testing::Test::RecordProperty(f.name + "_unknown_values", static_cast<int>(unknown_values));
    testing::Test::RecordProperty(f.name + "_refused", static_cast<int>(refused));
    if (hostile::sample().whole()) {
        EXPECT_GT(refused, 0u) << "no value of this fixture has a type the spec rules out";
    }
}

/// A value of a JSON kind the spec rules out at `v` ("" when it allows every kind).
std::string_view refused_replacement(const hostile::value_info& v) {
    for (const auto& r : replacements) {
        if (r.kind != v.kind && hostile::refused_kind(v, r.kind)) return r.text;
    }
    return {};
}

void check_all_wrong_at_once(const hostile::fixture& f) {
    const hostile::provider_api& api = *hostile::find_api(f.provider);
    const std::vector<hostile::value_info> values = hostile::walk_fixture(f);
    ASSERT_FALSE(values.empty());
    // every typed scalar replaced by a kind its spec rules out, back to front (offsets hold)
    std::string payload = f.text;
    const hostile::value_info* first = nullptr;
    std::size_t replaced = 0;
    for (auto v = values.rbegin(); v != values.rend(); ++v) {
        if (!v->children.empty() || v->kind == json_kind::object || v->kind == json_kind::array)
            continue;
        const std::string_view with = refused_replacement(*v);
        if (with.empty()) continue;
        payload = hostile::splice(payload, v->start, v->end - v->start, with);
        first = &*v;
        ++replaced;
    }
    if (first == nullptr) return;  // no typed scalar
    // refused at the first of them, which nothing before it moved
    const outcome typed = hostile::parse_and_map(api, payload);
    ASSERT_FALSE(typed.ok) << typed.json;
    EXPECT_EQ(typed.error.code, error_code::type_mismatch) << typed;
    EXPECT_EQ(typed.error.offset, first->start) << typed;
    EXPECT_EQ(typed.error.path, first->path) << typed;
    EXPECT_EQ(hostile::normalize(payload, f.provider), typed);
    testing::Test::RecordProperty(f.name + "_replaced_at_once", static_cast<int>(replaced));
}

void check_repeated_members(const hostile::fixture& f) {
    const hostile::provider_api& api = *hostile::find_api(f.provider);
    const std::vector<hostile::value_info> values = hostile::walk_fixture(f);
    ASSERT_FALSE(values.empty());
    const outcome base = hostile::parse_and_map(api, f.text);
    callmap::parse_options last_wins;
    last_wins.duplicate_keys = callmap::duplicate_key_policy::last_wins;

    for (std::size_t i = 0; i < values.size(); ++i) {
        const hostile::value_info& v = values[i];
        if (!v.is_member || !hostile::sample().takes(i)) continue;
        const std::string member = "," + std::string(v.key_text) + ":" +
                                   std::string(f.text.substr(v.start, v.end - v.start));
        const std::string payload = hostile::splice(f.text, v.end, 0, member);
        SCOPED_TRACE(v.path + " repeated");
        EXPECT_TRUE(hostile::validate(payload).ok) << "RFC 8259 allows duplicate keys";

        const hostile::value_info& parent = values[static_cast<std::size_t>(v.parent)];
        const outcome typed = hostile::parse_and_map(api, payload);
        ASSERT_TRUE(hostile::well_formed(typed, payload));
        if (parent.struct_object && v.how != role::unknown) {
            // a declared key of a declared object
            ASSERT_FALSE(typed.ok) << typed.json;
            EXPECT_EQ(typed.error.code, error_code::duplicate_key) << typed;
            EXPECT_EQ(typed.error.offset, v.end + 1) << typed;
            EXPECT_EQ(hostile::parse_and_map(api, payload, last_wins), base);
        } else if (v.how == role::unknown) {
            EXPECT_EQ(typed, base) << "an undeclared key repeated changed the outcome";
            EXPECT_EQ(hostile::parse_and_map(api, payload, last_wins), base);
        } else {
            // a member of a free-form object (a map or raw JSON): kept as it is
            EXPECT_TRUE(hostile::parse_only(api, payload).ok) << typed;
        }
        if (detected_as_own(payload, f.provider)) {
            EXPECT_EQ(hostile::normalize(payload), typed);
        }
        if (testing::Test::HasFatalFailure()) return;
    }
}

class fields : public testing::TestWithParam<std::string> {};

TEST_P(fields, every_value_with_every_wrong_json_type) {
    for_each_parsing_fixture(GetParam(), check_wrong_types);
}

TEST_P(fields, every_scalar_wrong_at_once) {
    for_each_parsing_fixture(GetParam(), check_all_wrong_at_once);
}

TEST_P(fields, every_member_repeated) {
    for_each_parsing_fixture(GetParam(), check_repeated_members);
}

INSTANTIATE_TEST_SUITE_P(providers, fields, testing::ValuesIn(hostile::provider_names()),
                         hostile::provider_param_name);

}  // namespace
