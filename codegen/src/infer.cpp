// infer: observations from sample payloads, and the draft spec written from them.
#include "infer.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <map>
#include <set>

#include "callmap/drift.hpp"
#include "callmap/json/string.hpp"
#include "callmap/json/validate.hpp"
#include "check.hpp"

namespace callmap::gen::infer {

observation* observation::member(const std::string& key) {
    for (auto& [name, value] : members) {
        if (name == key) return value.get();
    }
    members.emplace_back(key, std::make_unique<observation>());
    return members.back().second.get();
}

const observation* observation::find(const std::string& key) const {
    for (const auto& [name, value] : members) {
        if (name == key) return value.get();
    }
    return nullptr;
}

namespace {

// --- the shapes of scalar text ----------------------------------------------------------------

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

/// `count` digits at `at` (and one at least).
bool digits_at(std::string_view s, std::size_t at, std::size_t count) {
    if (at + count > s.size()) return false;
    return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(at),
                       s.begin() + static_cast<std::ptrdiff_t>(at + count), is_digit);
}

/// The digits from `at` on, as many as there are.
std::size_t digit_run(std::string_view s, std::size_t at) {
    std::size_t end = at;
    while (end < s.size() && is_digit(s[end])) ++end;
    return end - at;
}

/// Exactly a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view s) {
    std::size_t i = s.starts_with('-') ? 1 : 0;
    const std::size_t whole = digit_run(s, i);
    if (whole == 0 || (whole > 1 && s[i] == '0')) return false;
    i += whole;
    if (i < s.size() && s[i] == '.') {
        const std::size_t fraction = digit_run(s, i + 1);
        if (fraction == 0) return false;
        i += 1 + fraction;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        const std::size_t exponent = digit_run(s, i);
        if (exponent == 0) return false;
        i += exponent;
    }
    return i == s.size();
}

/// Starts like ISO 8601: YYYY-MM-DD then T or a space, then HH:MM.
bool looks_iso8601(std::string_view s) {
    return digits_at(s, 0, 4) && s[4] == '-' && digits_at(s, 5, 2) && s[7] == '-' &&
           digits_at(s, 8, 2) && s.size() > 10 && (s[10] == 'T' || s[10] == ' ') &&
           digits_at(s, 11, 2) && s.size() > 13 && s[13] == ':' && digits_at(s, 14, 2);
}

/// Starts like RFC 2822: [Day, ]D[D] Mon YYYY HH:MM.
bool looks_rfc2822(std::string_view s) {
    if (s.size() > 5 && is_upper(s[0]) && is_lower(s[1]) && is_lower(s[2]) && s[3] == ',' &&
        s[4] == ' ')
        s.remove_prefix(5);
    const std::size_t day = digit_run(s, 0);
    if (day < 1 || day > 2) return false;
    s.remove_prefix(day);
    return s.size() >= 16 && s[0] == ' ' && is_upper(s[1]) && is_lower(s[2]) && is_lower(s[3]) &&
           s[4] == ' ' && digits_at(s, 5, 4) && s[9] == ' ' && digits_at(s, 10, 2) &&
           s[12] == ':' && digits_at(s, 13, 2);
}

/// 1 and `more` digits, then perhaps a fraction: seconds or milliseconds since 1970 (2001-2286).
bool looks_epoch(std::string_view s, std::size_t more) {
    if (!s.starts_with('1') || digit_run(s, 1) != more) return false;
    s.remove_prefix(1 + more);
    return s.empty() || (s[0] == '.' && s.size() > 1 && digit_run(s, 1) == s.size() - 1);
}

/// A word of a closed vocabulary: [A-Za-z][A-Za-z0-9_.-]{0,39}.
bool looks_like_word(std::string_view s) {
    return !s.empty() && s.size() <= 40 && (is_upper(s[0]) || is_lower(s[0])) &&
           std::all_of(s.begin(), s.end(), [](char c) {
               return is_upper(c) || is_lower(c) || is_digit(c) || c == '_' || c == '.' || c == '-';
           });
}

constexpr std::size_t max_strings_kept = 24;
constexpr std::size_t max_scalars_kept = 6;

// --- reading a validated payload ----------------------------------------------------------

/// Walks a document that callmap::json::validate accepted, so it never meets an error.
class sample_reader {
public:
    explicit sample_reader(std::string_view text) : s_(text) {}

    void read(observation& root) {
        skip_whitespace();
        value(root);
    }

private:
    void skip_whitespace() {
        while (i_ < s_.size() &&
               (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
            ++i_;
    }

    /// The string at i_ (its opening quote), decoded by the runtime's own string scanner.
    std::string string_value() {
        const char* body = s_.data() + i_ + 1;
        const char* end = s_.data() + s_.size();
        const json::detail::string_scan scan = json::detail::scan_string(body, end);  // valid
        std::string out(static_cast<std::size_t>(scan.close - body), '\0');
        out.resize(json::detail::decode_string(body, scan.close, out.data()));
        i_ = static_cast<std::size_t>(scan.close - s_.data()) + 1;
        return out;
    }

    static void keep_scalar(observation& at, const std::string& text) {
        if (at.scalars_seen.size() < max_scalars_kept) at.scalars_seen.push_back(text);
    }

    void value(observation& at) {
        ++at.present;
        const char c = s_[i_];
        if (c == '{') return object(at);
        if (c == '[') return array(at);
        if (c == '"') {
            std::string text = string_value();
            ++at.strings;
            if (is_json_number(text)) ++at.numeric_strings;
            keep_scalar(at, text);
            if (std::find(at.strings_seen.begin(), at.strings_seen.end(), text) ==
                at.strings_seen.end()) {
                if (at.strings_seen.size() < max_strings_kept) {
                    at.strings_seen.push_back(std::move(text));
                } else {
                    at.many_strings = true;
                }
            }
            return;
        }
        const std::size_t start = i_;
        while (i_ < s_.size() && std::string_view(",]} \t\r\n").find(s_[i_]) == std::string::npos)
            ++i_;
        const std::string text(s_.substr(start, i_ - start));
        if (text == "null") {
            ++at.nulls;
        } else if (text == "true" || text == "false") {
            ++at.booleans;
        } else if (text.find_first_of(".eE") == std::string::npos) {
            ++at.integers;
            keep_scalar(at, text);
        } else {
            ++at.numbers;
            keep_scalar(at, text);
        }
    }

    void object(observation& at) {
        ++at.objects;
        ++i_;  // {
        skip_whitespace();
        while (s_[i_] != '}') {
            const std::string key = string_value();
            skip_whitespace();
            ++i_;  // :
            skip_whitespace();
            value(*at.member(key));
            skip_whitespace();
            if (s_[i_] == ',') {
                ++i_;
                skip_whitespace();
            }
        }
        ++i_;
    }

    void array(observation& at) {
        ++at.arrays;
        ++i_;  // [
        skip_whitespace();
        while (s_[i_] != ']') {
            if (!at.elements) at.elements = std::make_unique<observation>();
            value(*at.elements);
            skip_whitespace();
            if (s_[i_] == ',') {
                ++i_;
                skip_whitespace();
            }
        }
        ++i_;
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

/// `from` added to `into` (the values of a map's members, seen as one location).
void merge(observation& into, const observation& from) {
    into.present += from.present;
    into.nulls += from.nulls;
    into.strings += from.strings;
    into.numeric_strings += from.numeric_strings;
    into.integers += from.integers;
    into.numbers += from.numbers;
    into.booleans += from.booleans;
    into.objects += from.objects;
    into.arrays += from.arrays;
    for (const auto& s : from.strings_seen) {
        if (std::find(into.strings_seen.begin(), into.strings_seen.end(), s) !=
            into.strings_seen.end())
            continue;
        if (into.strings_seen.size() < max_strings_kept) {
            into.strings_seen.push_back(s);
        } else {
            into.many_strings = true;
        }
    }
    into.many_strings = into.many_strings || from.many_strings;
    for (const auto& s : from.scalars_seen) {
        if (into.scalars_seen.size() < max_scalars_kept) into.scalars_seen.push_back(s);
    }
    for (const auto& [key, value] : from.members) merge(*into.member(key), *value);
    if (from.elements) {
        if (!into.elements) into.elements = std::make_unique<observation>();
        merge(*into.elements, *from.elements);
    }
}

// --- names ----------------------------------------------------------------------------------

std::string lowercase(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// A key compared by meaning: lowercase, without '_', '-' and spaces ("call_Status" = "callstatus").
std::string normalized(const std::string& key) {
    std::string out;
    for (const char c : key) {
        if (c != '_' && c != '-' && c != ' ')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

/// A name for a generated type or member: one check() accepts, without a leading '_'.
bool usable_name(const std::string& s) {
    return is_valid_cpp_name(s) && s[0] != '_';
}

/// A C++ name for a JSON key: snake_case without leading or trailing '_' ("_links" -> links).
std::string name_for(const std::string& key) {
    std::string name = to_snake_case(key);
    const std::size_t first = name.find_first_not_of('_');
    if (first == std::string::npos) return "";
    name = name.substr(first, name.find_last_not_of('_') - first + 1);
    for (std::size_t at; (at = name.find("__")) != std::string::npos;) name.erase(at, 1);
    return name;
}

/// An English plural's singular, roughly: the element type of `words` is `word`.
std::string singular(const std::string& name) {
    if (name.size() > 3 && name.ends_with("ies")) return name.substr(0, name.size() - 3) + "y";
    if (name.size() > 4 && (name.ends_with("sses") || name.ends_with("uses")))
        return name.substr(0, name.size() - 2);
    if (name.size() > 1 && name.ends_with("s") && !name.ends_with("ss"))
        return name.substr(0, name.size() - 1);
    return name;
}

// --- the wire types ---------------------------------------------------------------------------

/// A field of a drafted object type.
struct drafted_field {
    std::string key;
    std::string member;  ///< empty: derived from the key by the generator
    std::string type;    ///< the type expression, `?` included
    const observation* seen = nullptr;
    bool always = false;  ///< in every object of its type, never null
};

struct drafted_type {
    std::string name;
    bool is_enum = false;
    std::vector<drafted_field> fields;  ///< object types
    std::vector<std::string> values;    ///< enum types
    bool case_insensitive = false;
};

bool only_objects(const observation& o) {
    return o.objects > 0 && o.objects + o.nulls == o.present;
}

bool money_key(const std::string& key) {
    static const std::set<std::string> keys = {"price",    "cost",         "totalcost",
                                               "callcost", "costusd",      "charge",
                                               "amount",   "combinedcost", "unitprice"};
    const std::string n = normalized(key);
    return keys.count(n) != 0 || n.ends_with("price") || n.ends_with("cost");
}

/// A key whose numeric strings are identifiers or phone numbers, not amounts ("to": "15551234").
bool identifier_key(const std::string& key) {
    const std::string n = normalized(key);
    return n == "to" || n == "from" || n.find("phone") != std::string::npos ||
           n.find("number") != std::string::npos || n.ends_with("id") || n.ends_with("sid");
}

/// Strings that read like a closed vocabulary: few distinct identifier-like values, each
/// seen more than once on average, under a key that does not name free text or an identifier.
bool looks_like_enum(const observation& o, const std::string& key) {
    static const std::vector<std::string> free_text = {
        "id",         "url",     "uri",         "name",   "number", "text",  "content", "message",
        "transcript", "summary", "time",        "date",   "phone",  "email", "sid",     "token",
        "key",        "word",    "description", "reason", "title",  "path",  "error"};
    const std::string n = normalized(key);
    for (const auto& word : free_text) {
        if (n.find(word) != std::string::npos) return false;
    }
    if (o.many_strings || o.strings < 3 || o.numeric_strings > 0) return false;
    std::set<std::string> folded;
    for (const auto& s : o.strings_seen) {
        if (!looks_like_word(s)) return false;
        folded.insert(lowercase(s));
    }
    return folded.size() >= 2 && folded.size() <= 12 && o.strings >= 2 * folded.size() - 1;
}

class type_drafter {
public:
    type_drafter(std::string root_name, std::set<std::string> detect, bool strict)
        : root_name_(std::move(root_name)), detect_(std::move(detect)), strict_(strict) {}

    void draft_root(const observation& root) {
        used_.insert(root_name_);
        object_type(root_name_, root);
    }

    const std::vector<drafted_type>& types() const { return types_; }

    /// The type expression of a location, `?` excluded; registers the types it needs.
    std::string expression(const observation& o, const std::string& key) {
        if (o.present == o.nulls) return "raw";  // only null: nothing to go by
        const std::size_t scalar_strings = o.strings;
        const std::size_t numeric = o.integers + o.numbers;
        const std::size_t values = o.present - o.nulls;
        if (o.objects == values) {
            if (is_map(o)) return map_expression(o, key);
            return object_type(unique_name(name_for(key)), o);
        }
        if (o.arrays == values) {
            if (!o.elements || o.elements->present == 0 || o.elements->nulls > 0) return "raw[]";
            const std::string element = expression(*o.elements, singular(key));
            if (element.starts_with("(")) return "raw[]";
            return element + "[]";
        }
        if (scalar_strings == values) {
            if (o.numeric_strings == o.strings && !identifier_key(key)) return "decimal";
            if (looks_like_enum(o, key)) return enum_type(o, key);
            return "string";
        }
        if (numeric == values) {
            if (money_key(key)) return "decimal";
            return o.numbers == 0 ? "int" : "number";
        }
        if (numeric + o.numeric_strings == values && o.numeric_strings == o.strings)
            return "decimal";
        if (o.booleans == values) return "bool";
        return "raw";
    }

private:
    /// An object whose keys are data, not a schema: its keys vary from payload to payload, or
    /// it holds several objects of one shape (latency stages), or it was always empty.
    bool is_map(const observation& o) const {
        if (o.members.empty()) return true;
        const bool keys_vary =
            o.objects >= 2 && std::none_of(o.members.begin(), o.members.end(), [&](const auto& m) {
                return m.second->present == o.objects;
            });
        if (keys_vary) return true;
        if (o.members.size() < 2) return false;
        std::set<std::string> shape;
        for (const auto& [key, value] : o.members[0].second->members) shape.insert(key);
        if (shape.empty()) return false;
        return std::all_of(o.members.begin(), o.members.end(), [&](const auto& m) {
            if (!only_objects(*m.second)) return false;
            std::set<std::string> keys;
            for (const auto& [key, value] : m.second->members) keys.insert(key);
            return keys == shape;
        });
    }

    std::string map_expression(const observation& o, const std::string& key) {
        observation values;
        for (const auto& [name, value] : o.members) merge(values, *value);
        if (values.present == 0 || values.nulls > 0) return "map<raw>";
        const std::string element = expression(values, singular(name_for(key)) + "_entry");
        const bool is_name = element.find_first_of("[]<>(|?") == std::string::npos;
        if (!is_name) return "map<raw>";
        // the merged observation is temporary: keep what the element type's fields point to
        kept_.push_back(std::make_unique<observation>(std::move(values)));
        return "map<" + element + ">";
    }

    std::string unique_name(std::string name) {
        // the generated header's own names, and the spec language's built-in types
        static const std::set<std::string> taken = {
            "provider",       "detect_keys", "normalize", "shape",  "to_call",
            "mapping_tables", "string",      "int",       "number", "bool",
            "decimal",        "raw",         "map"};
        if (!usable_name(name) || taken.count(name) != 0) name = "t_" + name;
        if (!usable_name(name)) name = "object";
        std::string candidate = name;
        for (int k = 2; used_.count(candidate) != 0; ++k)
            candidate = name + "_" + std::to_string(k);
        used_.insert(candidate);
        return candidate;
    }

    std::string object_type(const std::string& name, const observation& o) {
        const std::size_t index = types_.size();
        types_.push_back({name, false, {}, {}, false});
        std::set<std::string> members;
        std::vector<drafted_field> fields;
        for (const auto& [key, value] : o.members) {
            drafted_field f;
            f.key = key;
            f.seen = value.get();
            std::string member = to_snake_case(key);
            const bool derived = usable_name(member) && members.count(member) == 0;
            if (!derived) {
                member = name_for(key);
                if (!usable_name(member)) member = "field_" + std::to_string(fields.size() + 1);
                const std::string base = member;
                for (int k = 2; members.count(member) != 0; ++k)
                    member = base + "_" + std::to_string(k);
                f.member = member;
            }
            members.insert(member);
            f.always = value->present == o.objects && value->nulls == 0;
            const bool required =
                f.always && (strict_ || (name == root_name_ && detect_.count(key) != 0));
            f.type = expression(*value, key) + (required ? "" : "?");
            fields.push_back(std::move(f));
        }
        types_[index].fields = std::move(fields);
        return name;
    }

    std::string enum_type(const observation& o, const std::string& key) {
        drafted_type e;
        e.name = unique_name(name_for(key));
        e.is_enum = true;
        std::set<std::string> folded;
        std::set<std::string> enumerators;
        for (const auto& s : o.strings_seen) {
            if (!folded.insert(lowercase(s)).second) {
                e.case_insensitive = true;
                continue;
            }
            std::string id = lowercase(s);
            for (char& c : id) {
                if (std::isalnum(static_cast<unsigned char>(c)) == 0) c = '_';
            }
            if (!enumerators.insert(id).second) return "string";  // two values, one enumerator
            e.values.push_back(s);
        }
        types_.push_back(std::move(e));
        return types_.back().name;
    }

    std::string root_name_;
    std::set<std::string> detect_;  // the root's required keys
    bool strict_;
    std::vector<drafted_type> types_;
    std::set<std::string> used_;
    std::vector<std::unique_ptr<observation>> kept_;
};

// --- the mapping ------------------------------------------------------------------------------

/// A scalar field reachable from the root through objects only (what a mapping path reaches).
struct reachable {
    std::string path;  ///< "data.call_id"
    std::string key;
    std::string type;  ///< its type expression, `?` excluded
    const observation* seen;
};

void collect_reachable(const type_drafter& types, const std::string& type_name,
                       const std::string& prefix, int depth, std::vector<reachable>& out) {
    if (depth > 3) return;
    const auto type = std::find_if(types.types().begin(), types.types().end(),
                                   [&](const drafted_type& t) { return t.name == type_name; });
    if (type == types.types().end() || type->is_enum) return;
    for (const auto& f : type->fields) {
        if (f.key.find('.') != std::string::npos || f.key.empty()) continue;
        std::string t = f.type;
        if (t.ends_with("?")) t.pop_back();
        const std::string path = prefix.empty() ? f.key : prefix + "." + f.key;
        const auto nested = std::find_if(types.types().begin(), types.types().end(),
                                         [&](const drafted_type& d) { return d.name == t; });
        if (nested != types.types().end() && !nested->is_enum) {
            collect_reachable(types, t, path, depth + 1, out);
        } else {
            out.push_back({path, f.key, t, f.seen});
        }
    }
}

bool is_enum_type(const type_drafter& types, const std::string& name) {
    return std::any_of(types.types().begin(), types.types().end(),
                       [&](const drafted_type& t) { return t.is_enum && t.name == name; });
}

bool all_scalars_are(const observation& o, const std::function<bool(std::string_view)>& shape) {
    return !o.scalars_seen.empty() &&
           std::all_of(o.scalars_seen.begin(), o.scalars_seen.end(), shape);
}

/// "iso8601", "rfc2822", "epoch_ms", "epoch_s" when every value seen reads as one; else "".
std::string time_format(const reachable& r) {
    if (r.type == "string") {
        if (all_scalars_are(*r.seen, looks_iso8601)) return "iso8601";
        if (all_scalars_are(*r.seen, looks_rfc2822)) return "rfc2822";
        return "";
    }
    if (r.type == "int" || r.type == "number" || r.type == "decimal") {
        if (all_scalars_are(*r.seen, [](std::string_view v) { return looks_epoch(v, 12); }))
            return "epoch_ms";
        const std::string n = normalized(r.key);
        const bool time_key = n.find("time") != std::string::npos ||
                              n.find("date") != std::string::npos || n.ends_with("at");
        if (time_key &&
            all_scalars_are(*r.seen, [](std::string_view v) { return looks_epoch(v, 9); }))
            return "epoch_s";
    }
    return "";
}

/// The canonical status for a provider's status text, when the word is a common one.
std::optional<std::string> canonical_status(const std::string& value) {
    static const std::map<std::string, std::string> words = {
        {"completed", "completed"}, {"complete", "completed"},     {"ended", "completed"},
        {"done", "completed"},      {"finished", "completed"},     {"inprogress", "in_progress"},
        {"ongoing", "in_progress"}, {"active", "in_progress"},     {"live", "in_progress"},
        {"queued", "queued"},       {"registered", "queued"},      {"pending", "queued"},
        {"scheduled", "scheduled"}, {"ringing", "ringing"},        {"busy", "busy"},
        {"noanswer", "no_answer"},  {"dialnoanswer", "no_answer"}, {"unanswered", "no_answer"},
        {"missed", "no_answer"},    {"failed", "failed"},          {"error", "failed"},
        {"dialfailed", "failed"},   {"canceled", "canceled"},      {"cancelled", "canceled"},
        {"voicemail", "voicemail"}, {"dialbusy", "busy"}};
    const auto found = words.find(normalized(value));
    if (found == words.end()) return std::nullopt;
    return found->second;
}

std::optional<std::string> canonical_direction(const std::string& value) {
    const std::string n = normalized(value);
    if (n.starts_with("inbound") || n == "incoming" || n == "in") return "inbound";
    if (n.starts_with("outbound") || n == "outgoing" || n == "out") return "outbound";
    return std::nullopt;
}

/// {value: canonical} for the values seen that `canonical` knows, as a YAML flow map.
std::string
value_table(const observation& o,
            const std::function<std::optional<std::string>(const std::string&)>& canonical) {
    std::string table;
    for (const auto& s : o.strings_seen) {
        if (const auto c = canonical(s))
            table += (table.empty() ? "" : ", ") + drift::yaml_text(s) + ": " + *c;
    }
    return table;
}

class mapping_drafter {
public:
    mapping_drafter(const type_drafter& types, std::vector<reachable> fields)
        : types_(types), fields_(std::move(fields)) {}

    std::string run() {
        identity();
        status_and_direction();
        parties();
        instants();
        duration();
        cost();
        recording();
        return out_;
    }

private:
    /// The first field (in path order, shallowest first) whose normalized key is one of
    /// `keys` (earlier keys first) and whose type `accepts`.
    const reachable* pick(const std::vector<std::string>& keys,
                          const std::function<bool(const reachable&)>& accepts) const {
        for (const auto& k : keys) {
            const reachable* best = nullptr;
            for (const auto& r : fields_) {
                if (normalized(r.key) != k || !accepts(r) || used_.count(r.path) != 0) continue;
                if (best == nullptr || std::count(r.path.begin(), r.path.end(), '.') <
                                           std::count(best->path.begin(), best->path.end(), '.'))
                    best = &r;
            }
            if (best != nullptr) return best;
        }
        return nullptr;
    }

    bool is_text(const reachable& r) const {
        return r.type == "string" || is_enum_type(types_, r.type);
    }

    void line(const std::string& target, const std::string& value, const reachable& from,
              const std::string& why) {
        used_.insert(from.path);
        out_ += "  " + target + ": " + value + "  # review: " + why + "\n";
    }

    void identity() {
        const auto text = [&](const reachable& r) {
            return is_text(r);
        };
        if (const reachable* r = pick(
                {"callid", "callsid", "calluuid", "callref", "callreference", "uuid", "sid", "id"},
                text)) {
            line("id", r->path, *r, "the call's id, by its key");
            return;
        }
        // the id is required: the first text field that every payload has
        for (const auto& r : fields_) {
            if (r.path.find('.') == std::string::npos && is_text(r)) {
                line("id", r.path, r, "no key reads as the call id; the first text field");
                return;
            }
        }
    }

    void status_and_direction() {
        const auto text = [&](const reachable& r) {
            return is_text(r);
        };
        if (const reachable* r = pick({"callstatus", "status", "state"}, text)) {
            const std::string table = value_table(*r->seen, canonical_status);
            if (!table.empty())
                line("status", "{from: " + r->path + ", table: {" + table + "}}", *r,
                     "the values seen that read as statuses; add the others");
        }
        if (const reachable* r = pick({"direction", "calldirection"}, text)) {
            const std::string table = value_table(*r->seen, canonical_direction);
            if (!table.empty())
                line("direction", "{from: " + r->path + ", table: {" + table + "}}", *r,
                     "the direction values seen");
        }
    }

    void parties() {
        const auto text = [&](const reachable& r) {
            return r.type == "string";
        };
        if (const reachable* r = pick({"from", "fromnumber", "caller", "callernumber"}, text))
            line("from", r->path, *r, "the caller, by its key");
        if (const reachable* r = pick({"to", "tonumber", "callee", "calleenumber"}, text))
            line("to", r->path, *r, "the callee, by its key");
    }

    void instants() {
        struct target {
            const char* name;
            std::vector<std::string> words;
        };
        static const std::vector<target> targets = {{"created_at", {"creat"}},
                                                    {"started_at", {"start"}},
                                                    {"answered_at", {"answer"}},
                                                    {"ended_at", {"end"}},
                                                    {"updated_at", {"updat"}}};
        for (const auto& t : targets) {
            for (const auto& r : fields_) {
                if (used_.count(r.path) != 0) continue;
                const std::string n = normalized(r.key);
                const bool named = std::any_of(t.words.begin(), t.words.end(), [&](const auto& w) {
                    return n.find(w) != std::string::npos;
                });
                if (!named) continue;
                const std::string format = time_format(r);
                if (format.empty()) continue;
                line(t.name, "{from: " + r.path + ", time: " + format + "}", r,
                     "the values read as " + format + " instants");
                break;
            }
        }
    }

    void duration() {
        for (const auto& r : fields_) {
            if (used_.count(r.path) != 0) continue;
            if (r.type != "int" && r.type != "number" && r.type != "decimal") continue;
            const std::string n = normalized(r.key);
            if (n.find("duration") == std::string::npos && n != "calllength" && n != "seconds")
                continue;
            // a setting, not the call's own duration (Vapi's assistant.maxDurationSeconds)
            if (n.starts_with("max") || n.starts_with("min") ||
                n.find("limit") != std::string::npos || n.find("timeout") != std::string::npos)
                continue;
            if (n.ends_with("ms")) {
                line("duration_ms", r.path, r, "a duration in milliseconds, by its key");
            } else {
                line("duration_ms", "{from: " + r.path + ", scale: 1000}", r,
                     "a duration, assumed in seconds: check the unit");
            }
            return;
        }
    }

    void cost() {
        const auto money = [&](const reachable& r) {
            return r.type == "decimal" || r.type == "int";
        };
        const reachable* amount = pick(
            {"price", "cost", "totalcost", "callcost", "costusd", "charge", "combinedcost"}, money);
        if (amount == nullptr) return;
        const bool negative =
            std::any_of(amount->seen->scalars_seen.begin(), amount->seen->scalars_seen.end(),
                        [](const std::string& s) { return s.starts_with("-"); });
        std::string value = "{amount: {from: " + amount->path + ", money: major" +
                            (negative ? ", abs: true" : "") + "}";
        const std::string parent = amount->path.substr(0, amount->path.rfind('.') + 1);
        for (const auto& r : fields_) {
            const std::string n = normalized(r.key);
            if ((n == "priceunit" || n == "currency") && r.type == "string" &&
                r.path == parent + r.key) {
                value += ", currency: " + r.path;
                break;
            }
        }
        line("cost", value + "}", *amount, "an amount in currency units: check the unit");
    }

    void recording() {
        const auto text = [&](const reachable& r) {
            return r.type == "string";
        };
        if (const reachable* r = pick({"recordingurl", "recording", "recordingfile"}, text)) {
            used_.insert(r->path);
            out_ +=
                "  recordings:  # review: the recording's URL, by its key\n    - {url: " + r->path +
                ", kind: {const: mixed}}\n";
        }
    }

    const type_drafter& types_;
    std::vector<reachable> fields_;
    std::set<std::string> used_;
    std::string out_;
};

// --- writing the draft ------------------------------------------------------------------------

std::string type_line(const drafted_field& f) {
    std::string line = f.member.empty() ? drift::yaml_text(f.key) + ": " + f.type
                                        : drift::yaml_text(f.key) + ": {type: \"" + f.type +
                                              "\", name: " + f.member + "}";
    if (f.always && f.type.ends_with("?")) line += "  # in every sample";
    return line;
}

/// The detect keys: up to three root keys that every sample had, never null, the call's id and
/// status first (keys that name the provider's own fields, more than its envelope's).
std::vector<std::string> detect_keys(const observation& root) {
    static const std::vector<std::string> preferred = {
        "callid", "callsid", "calluuid",   "callref", "callreference", "uuid",
        "sid",    "id",      "callstatus", "status",  "state"};
    std::vector<std::string> always;
    for (const auto& [key, value] : root.members) {
        if (value->present == root.objects && value->nulls == 0) always.push_back(key);
    }
    if (always.empty()) {  // the ones present in every payload, null or not
        for (const auto& [key, value] : root.members) {
            if (value->present == root.objects) always.push_back(key);
        }
    }
    if (always.empty() && !root.members.empty()) always.push_back(root.members.front().first);
    std::stable_sort(always.begin(), always.end(), [&](const auto& a, const auto& b) {
        const auto rank = [&](const std::string& k) {
            return std::find(preferred.begin(), preferred.end(), normalized(k)) - preferred.begin();
        };
        return rank(a) < rank(b);
    });
    if (always.size() > 3) always.resize(3);
    return always;
}

}  // namespace

std::optional<std::string> add_sample(observation& root, std::string_view json) {
    if (const result<void> valid = callmap::json::validate(json); !valid) {
        return valid.error().message + " at byte " + std::to_string(valid.error().offset);
    }
    std::size_t first = json.find_first_not_of(" \t\r\n");
    if (json[first] != '{') return std::string("the payload is not a JSON object");
    sample_reader(json).read(root);
    return std::nullopt;
}

std::string draft(const observation& root, const draft_options& options) {
    const std::vector<std::string> detect = detect_keys(root);
    type_drafter types(options.root, {detect.begin(), detect.end()}, options.strict);
    types.draft_root(root);
    std::string detect_list;
    for (const auto& k : detect)
        detect_list += (detect_list.empty() ? "" : ", ") + drift::yaml_text(k);

    std::string out = "# Draft spec of '" + options.provider +
                      "', inferred by callmap-gen infer from " + std::to_string(root.objects) +
                      " payload(s)";
    out += options.sources.empty() ? ".\n" : ":\n";
    for (const auto& s : options.sources) out += "#   " + s + "\n";
    out +=
        "# Samples show what was sent, not everything that may be: check each type against the\n"
        "# provider's documentation, and each mapping line marked 'review'. Only the detect keys\n"
        "# are required; a field every sample had is marked, still optional, so that a payload\n"
        "# without it is read: make it required where the documentation promises it.\n"
        "provider: " +
        options.provider +
        "\n"
        "title: " +
        drift::yaml_text(options.provider + " — draft inferred from sample payloads") +
        "\nroot: " + options.root + "\ndetect: [" + detect_list + "]\ntypes:\n";
    for (const auto& t : types.types()) {
        if (t.is_enum) {
            std::string values;
            for (const auto& v : t.values)
                values += (values.empty() ? "" : ", ") + drift::yaml_text(v);
            out += "  " + t.name + ": {enum: [" + values + "]" +
                   (t.case_insensitive ? ", case: insensitive" : "") + "}\n";
            continue;
        }
        out += "  " + t.name + ":" + (t.fields.empty() ? " {}\n" : "\n");
        for (const auto& f : t.fields) out += "    " + type_line(f) + "\n";
    }
    std::vector<reachable> fields;
    collect_reachable(types, options.root, "", 0, fields);
    out += "mapping:\n" + mapping_drafter(types, std::move(fields)).run();
    return out;
}

namespace {

/// A type as compared: its base kind (a named type as `object` or `enum`), `[]`s, `map<>`.
std::string kind_of(const model::provider& p, const type_ref& t) {
    std::string kind;
    switch (t.base) {
        case type_ref::base_kind::string: kind = "string"; break;
        case type_ref::base_kind::integer: kind = "int"; break;
        case type_ref::base_kind::number: kind = "number"; break;
        case type_ref::base_kind::boolean: kind = "bool"; break;
        case type_ref::base_kind::decimal: kind = "decimal"; break;
        case type_ref::base_kind::raw: kind = "raw"; break;
        case type_ref::base_kind::named: kind = p.find_object(t.name) ? "object" : "enum"; break;
        case type_ref::base_kind::one_of: kind = "union"; break;
    }
    if (t.is_map) kind = "map<" + kind + ">";
    for (int i = 0; i < t.array_depth; ++i) kind += "[]";
    return kind;
}

void compare_objects(const model::provider& written, const model::object& w,
                     const model::provider& drafted, const model::object& d,
                     const std::string& path, agreement& out) {
    for (const auto& wf : w.fields) {
        ++out.fields;
        const auto df = std::find_if(d.fields.begin(), d.fields.end(), [&](const model::field& f) {
            return f.json_name == wf.json_name ||
                   std::find(wf.aliases.begin(), wf.aliases.end(), f.json_name) != wf.aliases.end();
        });
        if (df == d.fields.end()) continue;
        ++out.in_samples;
        const std::string here = path + "." + wf.json_name;
        const std::string wk = kind_of(written, wf.type);
        const std::string dk = kind_of(drafted, df->type);
        const bool type = wk == dk;
        const bool optional = wf.type.optional == df->type.optional;
        out.same_type += type ? 1 : 0;
        out.same_optional += optional ? 1 : 0;
        out.same_both += type && optional ? 1 : 0;
        if (!type || !optional) {
            out.differences.push_back(here + ": " + wk + (wf.type.optional ? "?" : "") +
                                      " written, " + dk + (df->type.optional ? "?" : "") +
                                      " drafted");
        }
        const model::object* wo = written.object_type(wf.type);  // a union's too
        const model::object* dobj = df->type.base == type_ref::base_kind::named
                                        ? drafted.find_object(df->type.name)
                                        : nullptr;
        if (wo != nullptr && dobj != nullptr) {
            std::string nested = here;
            for (int i = 0; i < wf.type.array_depth; ++i) nested += "[]";
            compare_objects(written, *wo, drafted, *dobj, nested, out);
        }
    }
}

}  // namespace

agreement compare(const model::provider& written, const model::provider& drafted) {
    agreement out;
    const model::object* w = written.find_object(written.root);
    const model::object* d = drafted.find_object(drafted.root);
    if (w != nullptr && d != nullptr) compare_objects(written, *w, drafted, *d, "$", out);
    return out;
}

}  // namespace callmap::gen::infer
