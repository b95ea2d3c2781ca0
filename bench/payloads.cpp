// Deterministic payload generators (see payloads.hpp). The generators write JSON text directly,
// so the payloads do not depend on any JSON library, and a fixed seed makes every run (and
// every machine) see the same bytes.
#include "payloads.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace bench {

namespace {

// splitmix64: tiny, fast, and identical everywhere (unlike std:: distributions).
class rng {
public:
    explicit rng(std::uint64_t seed) noexcept : state_(seed) {}
    std::uint64_t next() noexcept {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n).
    std::uint64_t below(std::uint64_t n) noexcept { return next() % n; }
    /// Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) noexcept {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    /// True with probability percent / 100.
    bool chance(std::uint64_t percent) noexcept { return below(100) < percent; }

private:
    std::uint64_t state_;
};

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void append_int(std::string& out, std::int64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

/// units / 10^decimals, written with exactly `decimals` fraction digits (none when 0).
void append_fixed(std::string& out, std::int64_t units, int decimals) {
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    append_int(out, units / scale);
    if (decimals == 0) return;
    out += '.';
    char digits[20];
    std::int64_t frac = units % scale;
    for (int i = decimals - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + frac % 10);
        frac /= 10;
    }
    out.append(digits, static_cast<std::size_t>(decimals));
}

void append_key(std::string& out, std::string_view key) {
    out += '"';
    out += key;
    out += "\":";
}

/// A string member whose value is already JSON-escaped text.
void append_member(std::string& out, std::string_view key, std::string_view escaped) {
    append_key(out, key);
    out += '"';
    out += escaped;
    out += "\",";
}

void append_member(std::string& out, std::string_view key, std::int64_t v) {
    append_key(out, key);
    append_int(out, v);
    out += ',';
}

void close_container(std::string& out, char close) {
    if (!out.empty() && out.back() == ',') out.pop_back();
    out += close;
}

// --- vocabulary: JSON string bodies, already escaped ----------------------------------------
constexpr std::array<std::string_view, 96> plain_words{
    "hello",     "thank",     "you",        "for",         "calling",  "how",      "can",
    "I",         "help",      "today",      "appointment", "schedule", "tomorrow", "morning",
    "afternoon", "confirm",   "number",     "account",     "please",   "sure",     "let",
    "me",        "check",     "that",       "one",         "moment",   "your",     "order",
    "delivery",  "address",   "street",     "payment",     "card",     "ending",   "in",
    "four",      "two",       "seven",      "great",       "perfect",  "anything", "else",
    "booking",   "reference", "cancel",     "change",      "time",     "okay,",    "yes.",
    "no,",       "thanks.",   "bye.",       "Friday",      "Monday",   "the",      "a",
    "is",        "it",        "we",         "have",        "an",       "opening",  "at",
    "nine",      "ten",       "thirty",     "would",       "like",     "to",       "move",
    "my",        "cleaning",  "could",      "spell",       "last",     "name?",    "of",
    "course.",   "just",      "sent",       "text",        "message",  "with",     "details.",
    "is",        "there",     "email",      "on",          "file?",    "correct.", "wonderful",
    "goodbye!",  "really",    "appreciate", "it.",         "hmm,"};
constexpr std::array<std::string_view, 14> utf8_words{
    "miércoles", "niño",   "¡Hola!", "adiós",  "café",   "Zürich", "naïve",
    "São",       "日本語", "Привет", "größer", "façade", "crème",  "señora"};
constexpr std::array<std::string_view, 8> unicode_escape_words{
    "caf\\u00e9",   "Cl\\u00ednica", "\\u00bfQu\\u00e9",   "d\\u00eda",
    "ma\\u00f1ana", "\\u2014",       "r\\u00e9sum\\u00e9", "\\u00a1Listo!"};
constexpr std::array<std::string_view, 4> surrogate_words{"\\ud83d\\ude00", "\\ud83d\\udc4d",
                                                          "\\ud83c\\udf89", "ok\\ud83d\\ude4f"};
constexpr std::array<std::string_view, 5> quote_words{"\\\"martes\\\"", "\\\"yes\\\"", "\\\\o/",
                                                      "C:\\\\calls", "\\\"ASAP\\\","};

std::string_view pick_word(rng& r) {
    const std::uint64_t roll = r.below(1000);
    if (roll < 880) return plain_words[r.below(plain_words.size())];
    if (roll < 930) return utf8_words[r.below(utf8_words.size())];
    if (roll < 960) return unicode_escape_words[r.below(unicode_escape_words.size())];
    if (roll < 975) return surrogate_words[r.below(surrogate_words.size())];
    return quote_words[r.below(quote_words.size())];
}

// --- Zudu call ----------------------------------------------------------------------------
constexpr std::int64_t call_start = 1762513200000;  // epoch ms

struct stage_spec {
    std::string_view name;
    std::int64_t base_ms;  // typical latency
};
constexpr std::array<stage_spec, 8> latency_stages{{
    {"e2e", 850},
    {"llm", 360},
    {"tts", 180},
    {"asr", 120},
    {"llm_ttfb", 220},
    {"tts_ttfb", 90},
    {"vad", 30},
    {"turn_detection", 60},
}};

/// One latency stage object: summary statistics and `count` samples (1-3 decimals).
void append_latency_stage(std::string& out, rng& r, std::size_t count, std::int64_t base_ms) {
    // samples in thousandths of a millisecond, written with 0-3 decimals
    std::vector<std::int64_t> milli(count);
    std::vector<int> decimals(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t spread = r.between(500, 2500);  // 0.5x .. 2.5x of the base
        std::int64_t v = base_ms * spread + r.between(0, 999);
        const std::uint64_t roll = r.below(100);
        int d = roll < 5 ? 0 : roll < 35 ? 1 : roll < 65 ? 2 : 3;
        std::int64_t unit = 1;
        for (int k = d; k < 3; ++k) unit *= 10;
        v -= v % unit;  // drop the digits we will not print
        milli[i] = v;
        decimals[i] = d;
    }
    std::vector<std::int64_t> sorted = milli;
    std::sort(sorted.begin(), sorted.end());
    auto pct = [&](std::size_t p) {
        return sorted.empty() ? 0 : sorted[(sorted.size() - 1) * p / 100];
    };
    out += '{';
    append_key(out, "max");
    append_fixed(out, sorted.empty() ? 0 : sorted.back(), 3);
    out += ',';
    append_key(out, "min");
    append_fixed(out, sorted.empty() ? 0 : sorted.front(), 3);
    out += ',';
    append_member(out, "num", static_cast<std::int64_t>(count));
    const std::array<std::pair<std::string_view, std::size_t>, 4> pcts{
        {{"p50", 50}, {"p90", 90}, {"p95", 95}, {"p99", 99}}};
    for (const auto& [key, p] : pcts) {
        append_key(out, key);
        append_fixed(out, pct(p), 3);
        out += ',';
    }
    append_key(out, "values");
    out += '[';
    for (std::size_t i = 0; i < count; ++i) {
        std::int64_t unit = 1;
        for (int k = decimals[i]; k < 3; ++k) unit *= 10;
        append_fixed(out, milli[i] / unit, decimals[i]);
        out += ',';
    }
    close_container(out, ']');
    out += '}';
}

void append_latency(std::string& out, rng& r, std::size_t per_stage, std::size_t stages) {
    append_key(out, "latency");
    out += '{';
    for (std::size_t s = 0; s < stages && s < latency_stages.size(); ++s) {
        append_key(out, latency_stages[s].name);
        append_latency_stage(out, r, per_stage, latency_stages[s].base_ms);
        out += ',';
    }
    close_container(out, '}');
    out += ',';
}

struct turn_text {
    bool agent = true;
    std::string content;  // escaped
};

/// transcript_object (and the turns' text, for the full transcript and events).
std::vector<turn_text> append_turns(std::string& out, rng& r, std::size_t turns,
                                    std::int64_t& clock, std::string& events) {
    std::vector<turn_text> texts;
    texts.reserve(turns);
    append_key(out, "transcript_object");
    out += '[';
    for (std::size_t t = 0; t < turns; ++t) {
        turn_text text;
        text.agent = t % 2 == 0;
        const auto words = static_cast<std::size_t>(r.between(5, 25));
        std::string word_json;
        const std::int64_t turn_start = clock;
        for (std::size_t w = 0; w < words; ++w) {
            const std::string_view word = pick_word(r);
            if (w != 0) text.content += r.chance(4) ? "\\n" : " ";
            text.content += word;
            const std::int64_t start = clock;
            const std::int64_t end = start + r.between(120, 700);
            word_json += "{\"word\":\"";
            word_json += word;
            word_json += "\",\"start\":";
            append_int(word_json, start);
            word_json += ",\"end\":";
            append_int(word_json, end);
            word_json += "},";
            clock = end + r.between(0, 150);
        }
        out += '{';
        append_member(out, "role", text.agent ? "assistant" : "user");
        append_member(out, "content", text.content);
        append_member(out, "timestamp", turn_start);
        append_key(out, "words");
        out += '[';
        out += word_json;
        close_container(out, ']');
        out += "},";
        // one event per turn, with a data object that the wire type keeps as raw JSON
        events += '{';
        append_member(events, "timestamp", turn_start);
        append_member(events, "event", text.agent ? "Agent response" : "User utterance");
        append_member(events, "session_time", turn_start - call_start);
        append_key(events, "data");
        events += "{\"turn\":";
        append_int(events, static_cast<std::int64_t>(t));
        events += ",\"words\":";
        append_int(events, static_cast<std::int64_t>(words));
        events += ",\"interrupted\":";
        events += r.chance(10) ? "true" : "false";
        events += ",\"confidence\":0.";
        append_int(events, r.between(700, 999));
        events += "}},";
        texts.push_back(std::move(text));
        clock += r.between(300, 1500);
    }
    close_container(out, ']');
    out += ',';
    return texts;
}

struct zudu_shape {
    std::string_view call_id;
    std::size_t turns = 0;
    std::size_t latency_per_stage = 0;
    std::size_t latency_stages = 0;
};

std::string make_zudu_call(rng& r, const zudu_shape& shape) {
    std::string out;
    std::int64_t clock = call_start + 850;
    std::string events;
    std::string turns;
    std::vector<turn_text> texts;
    if (shape.turns != 0) texts = append_turns(turns, r, shape.turns, clock, events);
    const std::int64_t end = clock + 400;

    out += '{';
    append_member(out, "message", "Call retrieved successfully");
    append_member(out, "status", "success");
    out += "\"error\":null,";
    append_key(out, "data");
    out += '{';
    append_member(out, "id", "1b4e28ba-2fa1-41d2-883f-0016d3cca427");
    append_member(out, "agent_id", "agent-northwind-reminders");
    append_member(out, "call_id", shape.call_id);
    append_member(out, "organization_id", "org-northwind");
    append_member(out, "call_status", "ENDED");
    append_member(out, "call_type", "PHONE_CALL");
    append_member(out, "direction", "INBOUND");
    append_member(out, "from_number", "+14155550199");
    append_member(out, "to_number", "+12025550143");
    append_member(out, "created_at", call_start - 4880);
    append_member(out, "updated_at", end + 3554);
    append_member(out, "start_timestamp", call_start);
    append_member(out, "end_timestamp", end);
    append_member(out, "call_duration", end - call_start);
    append_member(out, "disconnection_reason", "USER_HANGUP");
    append_member(out, "recording_url", "https://storage.azure.com/recordings/call-5d41402a.mp4");
    append_member(out, "public_log_url", "https://api.zudu.ai/logs/call-5d41402a");
    out += "\"opt_out_sensitive_data_storage\":false,";
    out += "\"metadata\":{\"patient_id\":\"p-20931\",\"note\":\"Caf\\u00e9 \\\"Sol\\\"\","
           "\"appointment\":{\"slot\":\"2025-11-11T09:00:00-05:00\",\"rescheduled\":true}},";

    append_key(out, "events");
    out += "[{\"timestamp\":";
    append_int(out, call_start - 4880);
    out += ",\"event\":\"Call created\",\"session_time\":0,\"data\":{}},{\"timestamp\":";
    append_int(out, call_start);
    out += ",\"event\":\"Call started - INBOUND\",\"session_time\":0,\"data\":{\"direction\":"
           "\"INBOUND\",\"from\":\"+14155550199\",\"to\":\"+12025550143\"}},";
    out += events;
    out += "{\"timestamp\":";
    append_int(out, end);
    out += ",\"event\":\"Call ended\",\"session_time\":";
    append_int(out, end - call_start);
    out += ",\"data\":{\"reason\":\"USER_HANGUP\"}}],";

    if (!texts.empty()) {
        append_key(out, "transcript");
        out += '"';
        for (const turn_text& t : texts) {
            out += t.agent ? "Agent: " : "User: ";
            out += t.content;
            out += "\\n";
        }
        out += "\",";
    }
    out += turns;
    out += "\"transcript_with_tool_calls\":[],";
    if (shape.latency_stages != 0)
        append_latency(out, r, shape.latency_per_stage, shape.latency_stages);
    out += "\"call_analysis\":{\"call_summary\":\"Patient moved the cleaning to 10:00.\","
           "\"call_successful\":true,\"user_sentiment\":\"Positive\",\"in_voicemail\":false},";
    out += "\"call_cost\":{\"combined_cost\":0.4172,\"product_costs\":[{\"product\":"
           "\"inbound_call\",\"cost\":0.3,\"unit_price\":0.02},{\"product\":\"llm_usage\","
           "\"cost\":0.1172,\"unit_price\":0.001}],\"total_duration_seconds\":1234,"
           "\"total_duration_unit_price\":0.02,\"total_one_time_price\":0.05},";
    out += "\"telephony_identifier\":{\"call_sid\":\"CA9f2b1c7e4d8a6b3c5e0f1a2d4b6c8e9f\","
           "\"conference_sid\":null}";
    out += "}}";
    return out;
}

std::size_t scaled(std::size_t n, double scale) {
    const double v = static_cast<double>(n) * scale;
    return v < 1.0 ? 1 : static_cast<std::size_t>(v);
}

payload make_payload(std::string name, std::string provider, std::string_view text) {
    payload p;
    p.name = std::move(name);
    p.provider = std::move(provider);
    p.text = padded_copy(text);
    return p;
}

}  // namespace

std::string padded_copy(std::string_view text) {
    std::string s;
    s.reserve(text.size() + input_padding);
    s.append(text);
    return s;
}

std::string minify(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    bool in_string = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (in_string) {
            out += c;
            if (c == '\\' && i + 1 < json.size()) {
                out += json[++i];
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

payload_set make_payloads(const payload_options& options) {
    namespace fs = std::filesystem;
    const fs::path fixtures(options.fixtures_dir);
    payload_set set;

    set.small = make_payload("small", "zudu", read_file(fixtures / "zudu" / "documented.json"));
    set.small_minified = make_payload("small_minified", "zudu", minify(set.small.text));
    for (std::string_view provider : options.providers) {
        const std::string name(provider);
        if (name == "zudu" || !fs::exists(fixtures / name / "documented.json")) continue;
        set.providers.push_back(
            make_payload("small_" + name, name, read_file(fixtures / name / "documented.json")));
    }

    {
        rng r(0x7a7564755f747278ull);  // "zudu_trx"
        zudu_shape shape;
        shape.call_id = "call_transcript_2000_turns";
        shape.turns = scaled(2000, options.scale);
        shape.latency_per_stage = shape.turns / 2;
        shape.latency_stages = 4;
        set.transcript = make_payload("transcript", "zudu", make_zudu_call(r, shape));
    }
    {
        rng r(0x7a7564755f6c6174ull);  // "zudu_lat"
        zudu_shape shape;
        shape.call_id = "call_latency_1m_samples";
        shape.turns = 4;
        shape.latency_stages = latency_stages.size();
        shape.latency_per_stage = scaled(131072, options.scale);  // 8 x 131,072 = 1,048,576
        set.latency = make_payload("latency", "zudu", make_zudu_call(r, shape));
    }

    // mixed: every fixture with an expected record (i.e. one that normalizes), minified
    {
        struct source {
            std::string_view provider;  // static (the registry's name): it outlives the stream
            std::string json;
        };
        std::vector<std::vector<source>> by_provider;
        for (std::string_view provider : options.providers) {
            if (!fs::is_directory(fixtures / provider)) continue;
            std::vector<std::string> names;
            for (const auto& entry : fs::directory_iterator(fixtures / provider)) {
                const std::string file = entry.path().filename().string();
                const std::string suffix = ".expected.json";
                if (file.size() > suffix.size() &&
                    file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0) {
                    names.push_back(file.substr(0, file.size() - suffix.size()) + ".json");
                }
            }
            std::sort(names.begin(), names.end());  // directory order is not deterministic
            std::vector<source> sources;
            for (const std::string& n : names) {
                sources.push_back({provider, minify(read_file(fixtures / provider / n))});
            }
            if (!sources.empty()) by_provider.push_back(std::move(sources));
        }
        if (by_provider.empty()) throw std::runtime_error("no provider fixtures for the stream");
        rng r(0x6d697865645f6e64ull);  // "mixed_nd"
        const std::size_t count = scaled(5000, options.scale);
        std::vector<const source*> picks;
        picks.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            const auto& sources = by_provider[r.below(by_provider.size())];
            picks.push_back(&sources[r.below(sources.size())]);
        }
        std::size_t total = 0;
        for (const source* s : picks) total += s->json.size() + 1;
        set.mixed.text.reserve(total + input_padding);
        for (const source* s : picks) {
            set.mixed.text += s->json;
            set.mixed.text += '\n';
        }
        std::size_t offset = 0;
        for (const source* s : picks) {
            set.mixed.lines.push_back(
                {std::string_view(set.mixed.text).substr(offset, s->json.size()), s->provider});
            offset += s->json.size() + 1;
            set.mixed.json_bytes += s->json.size();
        }
    }
    return set;
}

}  // namespace bench
