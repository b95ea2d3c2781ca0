// generated from tests/codegen/specs/wide.yaml by callmap-gen -- do not edit.
// A type wider than Boost.Describe's 52-member limit, emitted as a chain of bases
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include "callmap/config.hpp"
#include "callmap/drift_shape.hpp"
#include "callmap/json/object_members.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/wire_values.hpp"
#include "callmap/parse.hpp"
#include "callmap/types.hpp"
#include "callmap/version.hpp"

#if CALLMAP_CODEGEN_VERSION != 2
#error "wide.hpp was generated for another callmap runtime; regenerate it"
#endif

namespace callmap::wide {

struct wide_part1 {
    std::optional<std::int64_t> f1{};
    std::optional<std::int64_t> f2{};
    std::optional<std::int64_t> f3{};
    std::optional<std::int64_t> f4{};
    std::optional<std::int64_t> f5{};
    std::optional<std::int64_t> f6{};
    std::optional<std::int64_t> f7{};
    std::optional<std::int64_t> f8{};
    std::optional<std::int64_t> f9{};
    std::optional<std::int64_t> f10{};
    std::optional<std::int64_t> f11{};
    std::optional<std::int64_t> f12{};
    std::optional<std::int64_t> f13{};
    std::optional<std::int64_t> f14{};
    std::optional<std::int64_t> f15{};
    std::optional<std::int64_t> f16{};
    std::optional<std::int64_t> f17{};
    std::optional<std::int64_t> f18{};
    std::optional<std::int64_t> f19{};
    std::optional<std::int64_t> f20{};
    std::optional<std::int64_t> f21{};
    std::optional<std::int64_t> f22{};
    std::optional<std::int64_t> f23{};
    std::optional<std::int64_t> f24{};
    std::optional<std::int64_t> f25{};
    std::optional<std::int64_t> f26{};
    std::optional<std::int64_t> f27{};
    std::optional<std::int64_t> f28{};
    std::optional<std::int64_t> f29{};
    std::optional<std::int64_t> f30{};
    std::optional<std::int64_t> f31{};
    std::optional<std::int64_t> f32{};
    std::optional<std::int64_t> f33{};
    std::optional<std::int64_t> f34{};
    std::optional<std::int64_t> f35{};
    std::optional<std::int64_t> f36{};
    std::optional<std::int64_t> f37{};
    std::optional<std::int64_t> f38{};
    std::optional<std::int64_t> f39{};
    std::optional<std::int64_t> f40{};
    std::optional<std::int64_t> f41{};
    std::optional<std::int64_t> f42{};
    std::optional<std::int64_t> f43{};
    std::optional<std::int64_t> f44{};
    std::optional<std::int64_t> f45{};
    std::optional<std::int64_t> f46{};
    std::optional<std::int64_t> f47{};
    std::optional<std::int64_t> f48{};
    std::optional<std::int64_t> f49{};
    std::optional<std::int64_t> f50{};
    std::optional<std::int64_t> f51{};
    std::optional<std::int64_t> f52{};
};
BOOST_DESCRIBE_STRUCT(wide_part1, (), (
    f1,
    f2,
    f3,
    f4,
    f5,
    f6,
    f7,
    f8,
    f9,
    f10,
    f11,
    f12,
    f13,
    f14,
    f15,
    f16,
    f17,
    f18,
    f19,
    f20,
    f21,
    f22,
    f23,
    f24,
    f25,
    f26,
    f27,
    f28,
    f29,
    f30,
    f31,
    f32,
    f33,
    f34,
    f35,
    f36,
    f37,
    f38,
    f39,
    f40,
    f41,
    f42,
    f43,
    f44,
    f45,
    f46,
    f47,
    f48,
    f49,
    f50,
    f51,
    f52))

struct wide : wide_part1 {
    std::optional<std::int64_t> f53{};
    std::optional<std::int64_t> f54{};
    std::optional<std::int64_t> f55{};
    std::optional<std::int64_t> f56{};
    std::optional<std::int64_t> f57{};
};
BOOST_DESCRIBE_STRUCT(wide, (wide_part1), (
    f53,
    f54,
    f55,
    f56,
    f57))

}  // namespace callmap::wide

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::wide::wide> {
    struct field {
        enum : int {
            f1,
            f2,
            f3,
            f4,
            f5,
            f6,
            f7,
            f8,
            f9,
            f10,
            f11,
            f12,
            f13,
            f14,
            f15,
            f16,
            f17,
            f18,
            f19,
            f20,
            f21,
            f22,
            f23,
            f24,
            f25,
            f26,
            f27,
            f28,
            f29,
            f30,
            f31,
            f32,
            f33,
            f34,
            f35,
            f36,
            f37,
            f38,
            f39,
            f40,
            f41,
            f42,
            f43,
            f44,
            f45,
            f46,
            f47,
            f48,
            f49,
            f50,
            f51,
            f52,
            f53,
            f54,
            f55,
            f56,
            f57,
        };
    };
    static constexpr auto keys = std::to_array<std::string_view>({
        "f1",
        "f2",
        "f3",
        "f4",
        "f5",
        "f6",
        "f7",
        "f8",
        "f9",
        "f10",
        "f11",
        "f12",
        "f13",
        "f14",
        "f15",
        "f16",
        "f17",
        "f18",
        "f19",
        "f20",
        "f21",
        "f22",
        "f23",
        "f24",
        "f25",
        "f26",
        "f27",
        "f28",
        "f29",
        "f30",
        "f31",
        "f32",
        "f33",
        "f34",
        "f35",
        "f36",
        "f37",
        "f38",
        "f39",
        "f40",
        "f41",
        "f42",
        "f43",
        "f44",
        "f45",
        "f46",
        "f47",
        "f48",
        "f49",
        "f50",
        "f51",
        "f52",
        "f53",
        "f54",
        "f55",
        "f56",
        "f57",
    });
    static constexpr auto required = required_fields<keys.size()>({});
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                switch (key[1]) {
                    case '1': return key == "f1" ? field::f1 : -1;
                    case '2': return key == "f2" ? field::f2 : -1;
                    case '3': return key == "f3" ? field::f3 : -1;
                    case '4': return key == "f4" ? field::f4 : -1;
                    case '5': return key == "f5" ? field::f5 : -1;
                    case '6': return key == "f6" ? field::f6 : -1;
                    case '7': return key == "f7" ? field::f7 : -1;
                    case '8': return key == "f8" ? field::f8 : -1;
                    case '9': return key == "f9" ? field::f9 : -1;
                    default: return -1;
                }
            case 3:
                if (key == "f10") return field::f10;
                if (key == "f11") return field::f11;
                if (key == "f12") return field::f12;
                if (key == "f13") return field::f13;
                if (key == "f14") return field::f14;
                if (key == "f15") return field::f15;
                if (key == "f16") return field::f16;
                if (key == "f17") return field::f17;
                if (key == "f18") return field::f18;
                if (key == "f19") return field::f19;
                if (key == "f20") return field::f20;
                if (key == "f21") return field::f21;
                if (key == "f22") return field::f22;
                if (key == "f23") return field::f23;
                if (key == "f24") return field::f24;
                if (key == "f25") return field::f25;
                if (key == "f26") return field::f26;
                if (key == "f27") return field::f27;
                if (key == "f28") return field::f28;
                if (key == "f29") return field::f29;
                if (key == "f30") return field::f30;
                if (key == "f31") return field::f31;
                if (key == "f32") return field::f32;
                if (key == "f33") return field::f33;
                if (key == "f34") return field::f34;
                if (key == "f35") return field::f35;
                if (key == "f36") return field::f36;
                if (key == "f37") return field::f37;
                if (key == "f38") return field::f38;
                if (key == "f39") return field::f39;
                if (key == "f40") return field::f40;
                if (key == "f41") return field::f41;
                if (key == "f42") return field::f42;
                if (key == "f43") return field::f43;
                if (key == "f44") return field::f44;
                if (key == "f45") return field::f45;
                if (key == "f46") return field::f46;
                if (key == "f47") return field::f47;
                if (key == "f48") return field::f48;
                if (key == "f49") return field::f49;
                if (key == "f50") return field::f50;
                if (key == "f51") return field::f51;
                if (key == "f52") return field::f52;
                if (key == "f53") return field::f53;
                if (key == "f54") return field::f54;
                if (key == "f55") return field::f55;
                if (key == "f56") return field::f56;
                if (key == "f57") return field::f57;
                return -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::wide::wide& out);
};

}  // namespace callmap::json

namespace callmap::wide::shape {

inline constexpr auto wide_fields = std::to_array<::callmap::drift::field_shape>({
    {"f1", 2, 0, false, true, -1, {}, false},
    {"f2", 2, 0, false, true, -1, {}, false},
    {"f3", 2, 0, false, true, -1, {}, false},
    {"f4", 2, 0, false, true, -1, {}, false},
    {"f5", 2, 0, false, true, -1, {}, false},
    {"f6", 2, 0, false, true, -1, {}, false},
    {"f7", 2, 0, false, true, -1, {}, false},
    {"f8", 2, 0, false, true, -1, {}, false},
    {"f9", 2, 0, false, true, -1, {}, false},
    {"f10", 2, 0, false, true, -1, {}, false},
    {"f11", 2, 0, false, true, -1, {}, false},
    {"f12", 2, 0, false, true, -1, {}, false},
    {"f13", 2, 0, false, true, -1, {}, false},
    {"f14", 2, 0, false, true, -1, {}, false},
    {"f15", 2, 0, false, true, -1, {}, false},
    {"f16", 2, 0, false, true, -1, {}, false},
    {"f17", 2, 0, false, true, -1, {}, false},
    {"f18", 2, 0, false, true, -1, {}, false},
    {"f19", 2, 0, false, true, -1, {}, false},
    {"f20", 2, 0, false, true, -1, {}, false},
    {"f21", 2, 0, false, true, -1, {}, false},
    {"f22", 2, 0, false, true, -1, {}, false},
    {"f23", 2, 0, false, true, -1, {}, false},
    {"f24", 2, 0, false, true, -1, {}, false},
    {"f25", 2, 0, false, true, -1, {}, false},
    {"f26", 2, 0, false, true, -1, {}, false},
    {"f27", 2, 0, false, true, -1, {}, false},
    {"f28", 2, 0, false, true, -1, {}, false},
    {"f29", 2, 0, false, true, -1, {}, false},
    {"f30", 2, 0, false, true, -1, {}, false},
    {"f31", 2, 0, false, true, -1, {}, false},
    {"f32", 2, 0, false, true, -1, {}, false},
    {"f33", 2, 0, false, true, -1, {}, false},
    {"f34", 2, 0, false, true, -1, {}, false},
    {"f35", 2, 0, false, true, -1, {}, false},
    {"f36", 2, 0, false, true, -1, {}, false},
    {"f37", 2, 0, false, true, -1, {}, false},
    {"f38", 2, 0, false, true, -1, {}, false},
    {"f39", 2, 0, false, true, -1, {}, false},
    {"f40", 2, 0, false, true, -1, {}, false},
    {"f41", 2, 0, false, true, -1, {}, false},
    {"f42", 2, 0, false, true, -1, {}, false},
    {"f43", 2, 0, false, true, -1, {}, false},
    {"f44", 2, 0, false, true, -1, {}, false},
    {"f45", 2, 0, false, true, -1, {}, false},
    {"f46", 2, 0, false, true, -1, {}, false},
    {"f47", 2, 0, false, true, -1, {}, false},
    {"f48", 2, 0, false, true, -1, {}, false},
    {"f49", 2, 0, false, true, -1, {}, false},
    {"f50", 2, 0, false, true, -1, {}, false},
    {"f51", 2, 0, false, true, -1, {}, false},
    {"f52", 2, 0, false, true, -1, {}, false},
    {"f53", 2, 0, false, true, -1, {}, false},
    {"f54", 2, 0, false, true, -1, {}, false},
    {"f55", 2, 0, false, true, -1, {}, false},
    {"f56", 2, 0, false, true, -1, {}, false},
    {"f57", 2, 0, false, true, -1, {}, false},
});
inline constexpr std::array<::callmap::drift::object_shape, 1> objects{{
    {"wide", wide_fields},
}};
inline constexpr int root = 0;

}  // namespace callmap::wide::shape

// The parsers and the mapping: inline in every translation unit (header-only, the
// default), or compiled once, in the translation unit that defines CALLMAP_SOURCE
// before it includes this header, when the program defines
// CALLMAP_SEPARATE_COMPILATION (callmap/config.hpp).
#if !defined(CALLMAP_SEPARATE_COMPILATION) || defined(CALLMAP_SOURCE)

namespace callmap::json {

CALLMAP_PROVIDER_INLINE bool value_parser<::callmap::wide::wide>::parse(
    reader& r, ::callmap::wide::wide& out) {
    out = {};
    return parse_object_members<keys, required>(r, &field_index, [&](int id) {
        switch (id) {
            case field::f1: return read_value(r, out.f1);
            case field::f2: return read_value(r, out.f2);
            case field::f3: return read_value(r, out.f3);
            case field::f4: return read_value(r, out.f4);
            case field::f5: return read_value(r, out.f5);
            case field::f6: return read_value(r, out.f6);
            case field::f7: return read_value(r, out.f7);
            case field::f8: return read_value(r, out.f8);
            case field::f9: return read_value(r, out.f9);
            case field::f10: return read_value(r, out.f10);
            case field::f11: return read_value(r, out.f11);
            case field::f12: return read_value(r, out.f12);
            case field::f13: return read_value(r, out.f13);
            case field::f14: return read_value(r, out.f14);
            case field::f15: return read_value(r, out.f15);
            case field::f16: return read_value(r, out.f16);
            case field::f17: return read_value(r, out.f17);
            case field::f18: return read_value(r, out.f18);
            case field::f19: return read_value(r, out.f19);
            case field::f20: return read_value(r, out.f20);
            case field::f21: return read_value(r, out.f21);
            case field::f22: return read_value(r, out.f22);
            case field::f23: return read_value(r, out.f23);
            case field::f24: return read_value(r, out.f24);
            case field::f25: return read_value(r, out.f25);
            case field::f26: return read_value(r, out.f26);
            case field::f27: return read_value(r, out.f27);
            case field::f28: return read_value(r, out.f28);
            case field::f29: return read_value(r, out.f29);
            case field::f30: return read_value(r, out.f30);
            case field::f31: return read_value(r, out.f31);
            case field::f32: return read_value(r, out.f32);
            case field::f33: return read_value(r, out.f33);
            case field::f34: return read_value(r, out.f34);
            case field::f35: return read_value(r, out.f35);
            case field::f36: return read_value(r, out.f36);
            case field::f37: return read_value(r, out.f37);
            case field::f38: return read_value(r, out.f38);
            case field::f39: return read_value(r, out.f39);
            case field::f40: return read_value(r, out.f40);
            case field::f41: return read_value(r, out.f41);
            case field::f42: return read_value(r, out.f42);
            case field::f43: return read_value(r, out.f43);
            case field::f44: return read_value(r, out.f44);
            case field::f45: return read_value(r, out.f45);
            case field::f46: return read_value(r, out.f46);
            case field::f47: return read_value(r, out.f47);
            case field::f48: return read_value(r, out.f48);
            case field::f49: return read_value(r, out.f49);
            case field::f50: return read_value(r, out.f50);
            case field::f51: return read_value(r, out.f51);
            case field::f52: return read_value(r, out.f52);
            case field::f53: return read_value(r, out.f53);
            case field::f54: return read_value(r, out.f54);
            case field::f55: return read_value(r, out.f55);
            case field::f56: return read_value(r, out.f56);
            case field::f57: return read_value(r, out.f57);
            default: return false;
        }
    });
}

}  // namespace callmap::json

#endif  // !CALLMAP_SEPARATE_COMPILATION || CALLMAP_SOURCE
