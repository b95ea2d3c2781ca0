// generated from tests/codegen/specs/wide.yaml by callmap-gen -- do not edit.
// A type wider than Boost.Describe's 52-member limit, emitted as a chain of bases
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
#include "callmap/version.hpp"

#if CALLMAP_CODEGEN_VERSION != 1
#error "wide.hpp was generated for another callmap runtime; regenerate it"
#endif

#include <array>
#include <cstddef>

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
BOOST_DESCRIBE_STRUCT(wide_part1, (), (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35, f36, f37, f38, f39, f40, f41, f42, f43, f44, f45, f46, f47, f48, f49, f50, f51, f52))

struct wide : wide_part1 {
    std::optional<std::int64_t> f53{};
    std::optional<std::int64_t> f54{};
    std::optional<std::int64_t> f55{};
    std::optional<std::int64_t> f56{};
    std::optional<std::int64_t> f57{};
};
BOOST_DESCRIBE_STRUCT(wide, (wide_part1), (f53, f54, f55, f56, f57))

}  // namespace callmap::wide

namespace callmap {

}  // namespace callmap

namespace callmap::json {

template <>
struct value_parser<::callmap::wide::wide> {
    static constexpr std::array<std::string_view, 57> keys{"f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12", "f13", "f14", "f15", "f16", "f17", "f18", "f19", "f20", "f21", "f22", "f23", "f24", "f25", "f26", "f27", "f28", "f29", "f30", "f31", "f32", "f33", "f34", "f35", "f36", "f37", "f38", "f39", "f40", "f41", "f42", "f43", "f44", "f45", "f46", "f47", "f48", "f49", "f50", "f51", "f52", "f53", "f54", "f55", "f56", "f57"};
    static constexpr std::array<bool, 57> required{false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    static int field_index(std::string_view key) noexcept {
        switch (key.size()) {
            case 2:
                switch (key[1]) {
                    case '1': return key == "f1" ? 0 : -1;
                    case '2': return key == "f2" ? 1 : -1;
                    case '3': return key == "f3" ? 2 : -1;
                    case '4': return key == "f4" ? 3 : -1;
                    case '5': return key == "f5" ? 4 : -1;
                    case '6': return key == "f6" ? 5 : -1;
                    case '7': return key == "f7" ? 6 : -1;
                    case '8': return key == "f8" ? 7 : -1;
                    case '9': return key == "f9" ? 8 : -1;
                    default: return -1;
                }
            case 3:
                if (key == "f10") return 9;
                if (key == "f11") return 10;
                if (key == "f12") return 11;
                if (key == "f13") return 12;
                if (key == "f14") return 13;
                if (key == "f15") return 14;
                if (key == "f16") return 15;
                if (key == "f17") return 16;
                if (key == "f18") return 17;
                if (key == "f19") return 18;
                if (key == "f20") return 19;
                if (key == "f21") return 20;
                if (key == "f22") return 21;
                if (key == "f23") return 22;
                if (key == "f24") return 23;
                if (key == "f25") return 24;
                if (key == "f26") return 25;
                if (key == "f27") return 26;
                if (key == "f28") return 27;
                if (key == "f29") return 28;
                if (key == "f30") return 29;
                if (key == "f31") return 30;
                if (key == "f32") return 31;
                if (key == "f33") return 32;
                if (key == "f34") return 33;
                if (key == "f35") return 34;
                if (key == "f36") return 35;
                if (key == "f37") return 36;
                if (key == "f38") return 37;
                if (key == "f39") return 38;
                if (key == "f40") return 39;
                if (key == "f41") return 40;
                if (key == "f42") return 41;
                if (key == "f43") return 42;
                if (key == "f44") return 43;
                if (key == "f45") return 44;
                if (key == "f46") return 45;
                if (key == "f47") return 46;
                if (key == "f48") return 47;
                if (key == "f49") return 48;
                if (key == "f50") return 49;
                if (key == "f51") return 50;
                if (key == "f52") return 51;
                if (key == "f53") return 52;
                if (key == "f54") return 53;
                if (key == "f55") return 54;
                if (key == "f56") return 55;
                if (key == "f57") return 56;
                return -1;
            default: return -1;
        }
    }
    static bool parse(reader& r, ::callmap::wide::wide& out) {
        out = {};
        return parse_object_members<keys, required>(r, &field_index, [&](int field) {
            switch (field) {
                case 0: return value_parser<std::optional<std::int64_t>>::parse(r, out.f1);
                case 1: return value_parser<std::optional<std::int64_t>>::parse(r, out.f2);
                case 2: return value_parser<std::optional<std::int64_t>>::parse(r, out.f3);
                case 3: return value_parser<std::optional<std::int64_t>>::parse(r, out.f4);
                case 4: return value_parser<std::optional<std::int64_t>>::parse(r, out.f5);
                case 5: return value_parser<std::optional<std::int64_t>>::parse(r, out.f6);
                case 6: return value_parser<std::optional<std::int64_t>>::parse(r, out.f7);
                case 7: return value_parser<std::optional<std::int64_t>>::parse(r, out.f8);
                case 8: return value_parser<std::optional<std::int64_t>>::parse(r, out.f9);
                case 9: return value_parser<std::optional<std::int64_t>>::parse(r, out.f10);
                case 10: return value_parser<std::optional<std::int64_t>>::parse(r, out.f11);
                case 11: return value_parser<std::optional<std::int64_t>>::parse(r, out.f12);
                case 12: return value_parser<std::optional<std::int64_t>>::parse(r, out.f13);
                case 13: return value_parser<std::optional<std::int64_t>>::parse(r, out.f14);
                case 14: return value_parser<std::optional<std::int64_t>>::parse(r, out.f15);
                case 15: return value_parser<std::optional<std::int64_t>>::parse(r, out.f16);
                case 16: return value_parser<std::optional<std::int64_t>>::parse(r, out.f17);
                case 17: return value_parser<std::optional<std::int64_t>>::parse(r, out.f18);
                case 18: return value_parser<std::optional<std::int64_t>>::parse(r, out.f19);
                case 19: return value_parser<std::optional<std::int64_t>>::parse(r, out.f20);
                case 20: return value_parser<std::optional<std::int64_t>>::parse(r, out.f21);
                case 21: return value_parser<std::optional<std::int64_t>>::parse(r, out.f22);
                case 22: return value_parser<std::optional<std::int64_t>>::parse(r, out.f23);
                case 23: return value_parser<std::optional<std::int64_t>>::parse(r, out.f24);
                case 24: return value_parser<std::optional<std::int64_t>>::parse(r, out.f25);
                case 25: return value_parser<std::optional<std::int64_t>>::parse(r, out.f26);
                case 26: return value_parser<std::optional<std::int64_t>>::parse(r, out.f27);
                case 27: return value_parser<std::optional<std::int64_t>>::parse(r, out.f28);
                case 28: return value_parser<std::optional<std::int64_t>>::parse(r, out.f29);
                case 29: return value_parser<std::optional<std::int64_t>>::parse(r, out.f30);
                case 30: return value_parser<std::optional<std::int64_t>>::parse(r, out.f31);
                case 31: return value_parser<std::optional<std::int64_t>>::parse(r, out.f32);
                case 32: return value_parser<std::optional<std::int64_t>>::parse(r, out.f33);
                case 33: return value_parser<std::optional<std::int64_t>>::parse(r, out.f34);
                case 34: return value_parser<std::optional<std::int64_t>>::parse(r, out.f35);
                case 35: return value_parser<std::optional<std::int64_t>>::parse(r, out.f36);
                case 36: return value_parser<std::optional<std::int64_t>>::parse(r, out.f37);
                case 37: return value_parser<std::optional<std::int64_t>>::parse(r, out.f38);
                case 38: return value_parser<std::optional<std::int64_t>>::parse(r, out.f39);
                case 39: return value_parser<std::optional<std::int64_t>>::parse(r, out.f40);
                case 40: return value_parser<std::optional<std::int64_t>>::parse(r, out.f41);
                case 41: return value_parser<std::optional<std::int64_t>>::parse(r, out.f42);
                case 42: return value_parser<std::optional<std::int64_t>>::parse(r, out.f43);
                case 43: return value_parser<std::optional<std::int64_t>>::parse(r, out.f44);
                case 44: return value_parser<std::optional<std::int64_t>>::parse(r, out.f45);
                case 45: return value_parser<std::optional<std::int64_t>>::parse(r, out.f46);
                case 46: return value_parser<std::optional<std::int64_t>>::parse(r, out.f47);
                case 47: return value_parser<std::optional<std::int64_t>>::parse(r, out.f48);
                case 48: return value_parser<std::optional<std::int64_t>>::parse(r, out.f49);
                case 49: return value_parser<std::optional<std::int64_t>>::parse(r, out.f50);
                case 50: return value_parser<std::optional<std::int64_t>>::parse(r, out.f51);
                case 51: return value_parser<std::optional<std::int64_t>>::parse(r, out.f52);
                case 52: return value_parser<std::optional<std::int64_t>>::parse(r, out.f53);
                case 53: return value_parser<std::optional<std::int64_t>>::parse(r, out.f54);
                case 54: return value_parser<std::optional<std::int64_t>>::parse(r, out.f55);
                case 55: return value_parser<std::optional<std::int64_t>>::parse(r, out.f56);
                case 56: return value_parser<std::optional<std::int64_t>>::parse(r, out.f57);
                default: return false;
            }
        });
    }
};

}  // namespace callmap::json

namespace callmap::wide::shape {

inline constexpr std::array<::callmap::drift::field_shape, 57> wide_fields{{
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
}};
inline constexpr std::array<::callmap::drift::object_shape, 1> objects{{
    {"wide", wide_fields},
}};
inline constexpr int root = 0;

}  // namespace callmap::wide::shape
