// Every mistake a spec author can make, with the exact message callmap-gen prints for it.
#include "check.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "emit.hpp"
#include "load.hpp"

namespace {

/// The messages for a spec text, as callmap-gen prints them (load, then check).
std::vector<std::string> messages_for(const std::string& yaml,
                                      const std::string& file = "schemas/bad.yaml") {
    callmap::gen::diagnostics diags(file);
    std::optional<callmap::gen::spec> s = callmap::gen::load(yaml, file, diags);
    if (s) callmap::gen::check(*s, diags);
    std::vector<std::string> out;
    for (const auto& d : diags.list()) out.push_back(d.to_string());
    return out;
}

const std::string header = "provider: bad\nroot: call\ntypes:\n";
/// A valid spec with a mapping; shapes: goes at line 9.
const std::string mapped_spec =
    header + "  call:\n    id: string\n    event: string?\nmapping:\n  id: id\n";
/// A valid spec with a mapping and a second object type, fix; supplements: goes at line 12.
const std::string supplemented_spec = header + "  call:\n    id: string\n    event: string?\n"
                                               "  fix:\n    turns: string?\n    of: string?\n"
                                               "mapping:\n  id: id\nsupplements:\n";

struct bad_spec {
    const char* name;
    std::string yaml;
    std::vector<std::string> expected;
};

/// gtest prints a parameter by its name (not byte by byte, padding included).
void PrintTo(const bad_spec& c, std::ostream* os) {
    *os << c.name;
}

class spec_errors : public testing::TestWithParam<bad_spec> {};

TEST_P(spec_errors, exact_messages) {
    EXPECT_EQ(messages_for(GetParam().yaml), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    table, spec_errors,
    testing::Values(
        bad_spec{"unknown_type",
                 header + "  call:\n    id: strng\n",
                 {"schemas/bad.yaml:5:9: error: unknown type 'strng' (did you mean 'string'?)"}},
        bad_spec{"unknown_named_type",
                 header + "  call:\n    words: wrod[]\n  word:\n    text: string\n",
                 {"schemas/bad.yaml:5:12: error: unknown type 'wrod' (did you mean 'word'?)"}},
        bad_spec{"unknown_top_level_key",
                 "provider: bad\nroot: call\ntypse:\n  call:\n    id: string\n",
                 {"schemas/bad.yaml:3:1: error: unknown key 'typse' in the spec (did you mean "
                  "'types'?); "
                  "expected one of: provider, title, docs, root, detect, types, mapping, shapes, "
                  "supplements",
                  "schemas/bad.yaml:1:1: error: missing required key 'types'"}},
        bad_spec{
            "shape_of_unknown_kind",
            mapped_spec + "shapes:\n  page: {kind: pages, calls: data}\n",
            {"schemas/bad.yaml:10:16: error: kind 'pages' of shape 'page' is not a shape kind; "
             "expected list, webhook or callback"}},
        bad_spec{
            "form_shape_of_a_list_with_paths_and_bad_fields",
            mapped_spec + "shapes:\n  hook:\n    kind: list\n    input: form\n"
                          "    calls: data\n    fields: {Id: nope, Event: event, Other: event}\n",
            {"schemas/bad.yaml:11:11: error: shape 'hook' is form-encoded: a form body holds one "
             "call (kind: callback or webhook)",
             "schemas/bad.yaml:13:12: error: shape 'hook' is form-encoded: it has no paths; "
             "its keys fill the root type's fields (fields:)",
             "schemas/bad.yaml:10:3: error: shape 'hook' needs detect: the form keys every "
             "body of it has",
             "schemas/bad.yaml:14:14: error: form key 'Id' fills 'nope', which is not a field "
             "of 'call'",
             "schemas/bad.yaml:14:38: error: form key 'Other' fills 'event', which another "
             "key of shape 'hook' fills",
             "schemas/bad.yaml:14:13: error: shape 'hook' fills no 'id', a required field of "
             "'call'"}},
        bad_spec{"form_value_that_is_not_text",
                 header + "  call:\n    id: string\n    tags: string[]?\nmapping:\n  id: id\n"
                          "shapes:\n  hook: {kind: callback, input: form, detect: [Id], "
                          "fields: {Id: id, Tags: tags}}\n",
                 {"schemas/bad.yaml:10:70: error: form key 'Tags' fills 'tags' (string[]?); a form "
                  "value "
                  "is text, read as a string, number, decimal, boolean or enum"}},
        bad_spec{"json_shape_with_fields_and_an_unknown_input",
                 mapped_spec + "shapes:\n  hook: {kind: webhook, input: xml, detect: [call], call: "
                               "call, fields: {Id: id}}\n",
                 {"schemas/bad.yaml:10:32: error: input 'xml' of shape 'hook' is not a payload "
                  "encoding; "
                  "expected json or form",
                  "schemas/bad.yaml:10:73: error: shape 'hook' is JSON: its fields: fill the "
                  "call from an object of the payload; name that object with envelope:"}},
        bad_spec{"envelope_of_a_list",
                 mapped_spec + "shapes:\n  page: {kind: list, detect: [data], calls: data, "
                               "envelope: meta, fields: {x: id}}\n",
                 {"schemas/bad.yaml:10:61: error: shape 'page' is a list: only a webhook has an "
                  "envelope"}},
        bad_spec{"envelope_keys_on_the_way_to_the_call_and_the_event",
                 mapped_spec + "shapes:\n  hook:\n    kind: webhook\n    detect: [message]\n"
                               "    call: message.call\n    event: message.type\n"
                               "    envelope: message\n"
                               "    fields: {call: id, type: event, nope: x, status: event}\n",
                 {"schemas/bad.yaml:16:14: error: envelope key 'call' of shape 'hook' leads to "
                  "the call; a value is read once",
                  "schemas/bad.yaml:16:24: error: envelope key 'type' of shape 'hook' leads to "
                  "the event; a value is read once",
                  "schemas/bad.yaml:16:37: error: envelope key 'nope' fills 'x', which is not a "
                  "field of 'call'",
                  "schemas/bad.yaml:16:46: error: envelope key 'status' fills 'event', which "
                  "another key of shape 'hook' fills"}},
        bad_spec{"envelope_inside_the_call_without_fields",
                 mapped_spec + "shapes:\n  hook: {kind: webhook, detect: [message], call: "
                               "message, envelope: message.meta}\n",
                 {"schemas/bad.yaml:10:69: error: shape 'hook' has an envelope but no fields: "
                  "the envelope's keys and the fields of 'call' they fill",
                  "schemas/bad.yaml:10:69: error: shape 'hook': the envelope is inside the "
                  "call; a value is read once"}},
        bad_spec{"envelope_that_is_the_payload",
                 mapped_spec + "shapes:\n  hook: {kind: webhook, detect: [message], call: "
                               ".,      envelope: ., fields: {x: id}}\n",
                 {"schemas/bad.yaml:10:68: error: the envelope of shape 'hook' is the payload, "
                  "which is the call: its keys are the call's own fields"}},
        bad_spec{"list_without_calls",
                 mapped_spec + "shapes:\n  page: {kind: list, detect: [data]}\n",
                 {"schemas/bad.yaml:10:3: error: shape 'page' needs calls: (the array of calls, or "
                  "'.' for a payload that is the array)"}},
        bad_spec{"webhook_with_a_cursor_and_an_unknown_status",
                 mapped_spec + "shapes:\n  hook:\n    kind: webhook\n    detect: [event, call]\n"
                               "    call: call\n    cursor: next\n    event: event\n"
                               "    status: {started: running}\n",
                 {"schemas/bad.yaml:14:13: error: shape 'hook' is a webhook: only a list has a "
                  "cursor",
                  "schemas/bad.yaml:16:14: error: 'running' is not a value of 'call_status' (one "
                  "of: unknown, scheduled, queued, ringing, in_progress, completed, busy, "
                  "no_answer, failed, canceled, voicemail, transferred)"}},
        bad_spec{"shape_named_get_and_a_bare_array_with_detect_keys",
                 mapped_spec + "shapes:\n  get: {kind: list, calls: ., detect: [id]}\n",
                 {"schemas/bad.yaml:10:3: error: shape name 'get' is the provider's get answer "
                  "(root:, detect:); name the shape for what it is, e.g. list or call_ended",
                  "schemas/bad.yaml:10:39: error: shape 'get' is a bare array of calls: it is "
                  "detected by its first call's keys (the spec's detect:); remove its detect:"}},
        bad_spec{"paths_that_lead_into_each_other",
                 mapped_spec +
                     "shapes:\n  page: {kind: list, detect: [data], calls: data.calls, cursor: "
                     "data}\n",
                 {"schemas/bad.yaml:10:3: error: shape 'page': the calls and cursor paths lead to "
                  "the same value; a value is read once"}},
        bad_spec{"supplement_root_not_an_object",
                 supplemented_spec + "  fixes: {root: fixx, detect: [of], mapping: {id: of}}\n",
                 {"schemas/bad.yaml:13:17: error: root type 'fixx' of supplement 'fixes' is not an "
                  "object "
                  "type in types: (did you mean 'fix'?)"}},
        bad_spec{"supplement_detect_key_not_a_field",
                 supplemented_spec + "  fixes: {root: fix, detect: [turn], mapping: {id: of}}\n",
                 {"schemas/bad.yaml:13:30: error: detect key 'turn' of supplement 'fixes' is not a "
                  "field "
                  "of 'fix' (did you mean 'turns'?)"}},
        bad_spec{"supplement_of_the_providers_root",
                 supplemented_spec + "  again: {root: call, detect: [id], mapping: {id: id}}\n",
                 {"schemas/bad.yaml:13:17: error: supplement 'again' has the provider's root type "
                  "'call': "
                  "a supplement is another payload than the call"}},
        bad_spec{"supplement_without_detect_or_mapping_and_an_unknown_key",
                 supplemented_spec + "  fixes: {root: fix, each: turns}\n",
                 {"schemas/bad.yaml:13:22: error: unknown key 'each' in supplement 'fixes'; "
                  "expected one "
                  "of: docs, root, detect, mapping",
                  "schemas/bad.yaml:13:3: error: supplement 'fixes' needs detect:",
                  "schemas/bad.yaml:13:3: error: supplement 'fixes' needs mapping:"}},
        bad_spec{"supplement_name_not_an_identifier_and_mapping_nothing",
                 supplemented_spec + "  fix-es: {root: fix, detect: [of], mapping: {}}\n",
                 {"schemas/bad.yaml:13:3: error: supplement 'fix-es': its name must be a C++ "
                  "identifier (it "
                  "names map_fix-es())",
                  "schemas/bad.yaml:13:46: error: supplement 'fix-es' maps nothing: its mapping: "
                  "names no field"}},
        bad_spec{"supplement_path_not_in_its_root",
                 supplemented_spec + "  fixes: {root: fix, detect: [of], mapping: {id: id}}\n",
                 {"schemas/bad.yaml:13:50: error: path 'id' does not exist: type 'fix' has no "
                  "field 'id'"}},
        bad_spec{"supplement_named_as_a_shape",
                 supplemented_spec + "  page: {root: fix, detect: [of], mapping: {id: of}}\n"
                                     "shapes:\n  page: {kind: list, calls: .}\n",
                 {"schemas/bad.yaml:13:3: error: supplement 'page' has the name of a shape; their "
                  "generated names (layouts::page_detect) would collide"}},
        bad_spec{"supplement_without_a_spec_mapping",
                 header + "  call:\n    id: string\n  fix:\n    of: string?\n"
                          "supplements:\n  fixes: {root: fix, detect: [of], mapping: {id: of}}\n",
                 {"schemas/bad.yaml:9:3: error: supplement 'fixes': a spec without mapping: has no "
                  "call to "
                  "complete"}},
        bad_spec{"shapes_without_a_mapping",
                 header + "  call:\n    id: string\nshapes:\n  list: {kind: list, calls: .}\n",
                 {"schemas/bad.yaml:7:3: error: shapes: reuse the spec's mapping for their calls; "
                  "this spec has no mapping:"}},
        bad_spec{"unknown_field_key",
                 header + "  call:\n    id: {tpye: string}\n",
                 {"schemas/bad.yaml:5:10: error: unknown key 'tpye' in field 'id' (did you mean "
                  "'type'?); "
                  "expected one of: type, name, aliases, enum, case, optional",
                  "schemas/bad.yaml:5:5: error: field 'id' needs 'type:' or 'enum:'"}},
        bad_spec{"duplicate_field",
                 header + "  call:\n    id: string\n    id: int\n",
                 {"schemas/bad.yaml:6:5: error: duplicate field 'id' in type 'call' (first defined "
                  "at line 5)"}},
        bad_spec{"duplicate_type",
                 header + "  call:\n    id: string\n  call:\n    id: int\n",
                 {"schemas/bad.yaml:6:3: error: duplicate type 'call' (first defined at line 4)"}},
        bad_spec{"missing_root_type",
                 "provider: bad\nroot: cal\ntypes:\n  call:\n    id: string\n",
                 {"schemas/bad.yaml:2:7: error: root type 'cal' is not an object type in types: "
                  "(did you mean 'call'?)"}},
        bad_spec{"keyword_member",
                 header + "  call:\n    new: bool\n",
                 {"schemas/bad.yaml:5:5: error: 'new' is a C++ keyword and cannot name a member "
                  "(derived "
                  "from the JSON key 'new'); give the member another name with name:"}},
        bad_spec{"macro_member",
                 header + "  call:\n    linux: bool\n",
                 {"schemas/bad.yaml:5:5: error: 'linux' is a macro in common platform headers and "
                  "cannot name a member (derived from the JSON key 'linux'); give the member "
                  "another name with name:"}},
        bad_spec{
            "macro_type",
            "provider: bad\nroot: call\ntypes:\n  call:\n    x: None\n  None:\n    id: string\n",
            {"schemas/bad.yaml:6:3: error: 'None' is a macro in common platform headers and "
             "cannot name a type"}},
        bad_spec{
            "keyword_type",
            "provider: bad\nroot: call\ntypes:\n  call:\n    x: class\n  class:\n    id: string\n",
            {"schemas/bad.yaml:6:3: error: 'class' is a C++ keyword and cannot name a type"}},
        bad_spec{"invalid_identifier",
                 header + "  call:\n    1st: string\n",
                 {"schemas/bad.yaml:5:5: error: '1st' is not a valid C++ identifier for a member "
                  "(derived "
                  "from the JSON key '1st'); give the member another name with name:"}},
        bad_spec{"reserved_identifier",
                 header + "  call:\n    x: {type: string, name: __x}\n",
                 {"schemas/bad.yaml:5:5: error: '__x' is reserved in C++ (double underscore or "
                  "_Capital) "
                  "and cannot name a member"}},
        bad_spec{
            "member_collision",
            header + "  call:\n    callSid: string\n    call_sid: string\n",
            {"schemas/bad.yaml:6:5: error: member 'call_sid' of type 'call' is already defined at "
             "line 5; rename one with name:"}},
        bad_spec{
            "alias_shadows_a_later_key",
            header + "  call:\n    b: {type: string, aliases: [a]}\n    a: string?\n",
            {"schemas/bad.yaml:6:5: error: JSON key 'a' of type 'call' is already used at line 5"}},
        bad_spec{
            "alias_collision",
            header + "  call:\n    a: string\n    b: {type: string, aliases: [a]}\n",
            {"schemas/bad.yaml:6:5: error: JSON key 'a' of type 'call' is already used at line 5"}},
        bad_spec{
            "enum_identifier_collision",
            header + "  call:\n    s: {enum: [in-progress, in_progress]}\n",
            {"schemas/bad.yaml:5:15: error: enum 's' values 'in-progress' and 'in_progress' both "
             "become the C++ enumerator 'in_progress'"}},
        bad_spec{
            "case_insensitive_duplicate",
            header + "  call:\n    s: {enum: [ONGOING, ongoing], case: insensitive}\n",
            {"schemas/bad.yaml:5:15: error: duplicate value 'ongoing' in enum 's' (the enum is "
             "case-insensitive)"}},
        bad_spec{"bad_case_value",
                 header + "  call:\n    s: {enum: [A], case: insensitiv}\n",
                 {"schemas/bad.yaml:5:26: error: case must be 'sensitive' or 'insensitive', not "
                  "'insensitiv' (did you mean 'insensitive'?)"}},
        bad_spec{"empty_enum",
                 header + "  call:\n    s: {enum: []}\n",
                 {"schemas/bad.yaml:5:15: error: enum must be a non-empty list of values"}},
        bad_spec{
            "inline_enum_collides_with_type",
            header + "  call:\n    word: {enum: [a]}\n  word:\n    text: string\n",
            {"schemas/bad.yaml:5:18: error: enum 'word' collides with the type defined at line 6; "
             "declare the enum under types: with another name"}},
        bad_spec{
            "malformed_map",
            header + "  call:\n    tags: map<string\n",
            {"schemas/bad.yaml:5:11: error: malformed type 'map<string': expected 'map<type>'"}},
        bad_spec{"malformed_type",
                 header + "  call:\n    tags: string[?\n",
                 {"schemas/bad.yaml:5:11: error: malformed type 'string[?': unexpected '['"}},
        bad_spec{
            "recursive_type",
            header + "  call:\n    next: call?\n",
            {"schemas/bad.yaml:4:3: error: type 'call' contains itself (call -> call); recursive "
             "payloads are not supported"}},
        bad_spec{
            "provider_name",
            "provider: Bad\nroot: call\ntypes:\n  call:\n    id: string\n",
            {"schemas/bad.yaml:1:11: error: provider 'Bad' must be a lowercase C++ identifier (it "
             "names "
             "the namespace callmap::<provider> and the header providers/<provider>.hpp)",
             "schemas/bad.yaml:1:11: error: provider 'Bad' must match the file name 'bad.yaml'"}},
        bad_spec{"not_a_map",
                 "- provider\n",
                 {"schemas/bad.yaml:1:1: error: a spec must be a YAML map with provider:, root: "
                  "and types:"}},
        bad_spec{"invalid_yaml",
                 "provider: bad\nroot: [call\n",
                 {"schemas/bad.yaml:3:1: error: invalid YAML: end of sequence flow not found"}},
        bad_spec{"both_type_and_enum",
                 header + "  call:\n    s: {type: string, enum: [a]}\n",
                 {"schemas/bad.yaml:5:29: error: field 's' has both 'type' and 'enum'; use one"}},
        bad_spec{"one_of_same_json_type",
                 header + "  call:\n    v: int | number\n",
                 {"schemas/bad.yaml:5:8: error: alternatives 'int' and 'number' of 'v' are both "
                  "JSON numbers "
                  "and cannot be told apart"}},
        bad_spec{"one_of_enum_alternative",
                 header + "  call:\n    v: string | kind\n  kind:\n    enum: [a]\n",
                 {"schemas/bad.yaml:5:8: error: 'kind' cannot be an alternative of 'v': "
                  "alternatives are string, int, number, bool or object types, or a list of an "
                  "object type"}},
        bad_spec{"one_of_unknown_alternative",
                 header + "  call:\n    v: (string | choise)[]\n  choice:\n    key: string\n",
                 {"schemas/bad.yaml:5:8: error: unknown type 'choise' (did you mean 'choice'?)"}},
        bad_spec{"one_of_list_of_values",
                 header + "  call:\n    v: (string | int[])\n",
                 {"schemas/bad.yaml:5:8: error: 'int[]' cannot be an alternative of 'v': "
                  "alternatives are string, int, number, bool or object types, or a list of an "
                  "object type"}},
        bad_spec{"one_of_object_and_list_of_other_types",
                 header + "  call:\n    v: (endpoint | user[])\n  endpoint:\n    number: "
                          "string\n  user:\n    name: string\n",
                 {"schemas/bad.yaml:5:8: error: alternatives 'endpoint' and 'user[]' of 'v' are "
                  "of different object types; an object and a list alternative must be of the "
                  "same type"}},
        bad_spec{"one_of_list_of_lists",
                 header + "  call:\n    v: (string | endpoint[][])\n  endpoint:\n    number: "
                          "string\n",
                 {"schemas/bad.yaml:5:8: error: malformed type '(string | endpoint[][])': each "
                  "alternative must be a type name or a list of one"}},
        bad_spec{"one_of_in_map",
                 header + "  call:\n    v: map<string | int>\n",
                 {"schemas/bad.yaml:5:8: error: malformed type 'map<string | int>': a map's values "
                  "cannot be one "
                  "of several types"}},
        bad_spec{
            "detect_key_not_a_field",
            "provider: bad\nroot: call\ndetect: [sucess]\ntypes:\n  call:\n    success: bool\n",
            {"schemas/bad.yaml:3:9: error: detect key 'sucess' is not a field of the root type "
             "'call' (did "
             "you mean 'success'?)"}},
        bad_spec{"case_on_non_enum",
                 header + "  call:\n    s: {type: string, case: insensitive}\n",
                 {"schemas/bad.yaml:5:29: error: 'case' applies to enum fields only"}}),
    [](const testing::TestParamInfo<bad_spec>& p) { return std::string(p.param.name); });

// A small wire type with a mapping section appended by each case.
const std::string mapped_header =
    "provider: bad\nroot: call\ntypes:\n  call:\n    id: string\n    s: string\n    n: number\n"
    "    t: int?\n    w: word[]\n  word:\n    text: string\nmapping:\n";

// A union field `to`, and the start of a value for the target `to` (each case ends it).
const std::string union_header =
    "provider: bad\nroot: call\ntypes:\n  call:\n    id: string\n"
    "    to: (string | endpoint | endpoint[])?\n  endpoint:\n    number: string?\nmapping:\n"
    "  id: id\n  to:\n";

INSTANTIATE_TEST_SUITE_P(
    mapping, spec_errors,
    testing::Values(
        bad_spec{"path_does_not_exist",
                 mapped_header + "  id: cal_id\n",
                 {"schemas/bad.yaml:13:7: error: path 'cal_id' does not exist: type 'call' has no "
                  "field 'cal_id'"}},
        bad_spec{"path_typo_suggests",
                 mapped_header + "  id: di\n",
                 {"schemas/bad.yaml:13:7: error: path 'di' does not exist: type 'call' has no "
                  "field 'di' (did you "
                  "mean 'id'?)"}},
        bad_spec{"path_through_list",
                 mapped_header + "  id: w.text\n",
                 {"schemas/bad.yaml:13:7: error: path 'w.text' goes through 'w', which is a list; "
                  "map its elements "
                  "with each:"}},
        bad_spec{"condition_through_union",
                 union_header + "    when: {path: to.number}\n    then: id\n",
                 {"schemas/bad.yaml:12:11: error: path 'to.number' goes through 'to', which is a "
                  "union: only a value's path may go through one"}},
        bad_spec{"union_without_the_targets_json_type",
                 union_header.substr(0, union_header.size() - 6) + "  duration_ms: to\n",
                 {"schemas/bad.yaml:11:16: error: 'duration_ms' needs a number, but 'to' is "
                  "(string | endpoint | endpoint[])?"}},
        bad_spec{"conversion_on_wrong_type",
                 mapped_header + "  id: id\n  started_at: {from: s, time: epoch_ms}\n",
                 {"schemas/bad.yaml:14:15: error: 'started_at' needs a number for time: epoch_ms, "
                  "but 's' is string"}},
        bad_spec{"instant_needs_time",
                 mapped_header + "  id: id\n  started_at: t\n",
                 {"schemas/bad.yaml:14:15: error: 'started_at' needs time: (iso8601, rfc2822, "
                  "epoch_ms or epoch_s)"}},
        bad_spec{"unknown_time_format",
                 mapped_header + "  id: id\n  started_at: {from: t, time: epoch_sec}\n",
                 {"schemas/bad.yaml:14:15: error: unknown time format 'epoch_sec' (did you mean "
                  "'epoch_s'?); "
                  "expected iso8601, rfc2822, epoch_ms or epoch_s"}},
        bad_spec{"conversion_on_wrong_target",
                 mapped_header + "  id: {from: id, scale: 1000}\n",
                 {"schemas/bad.yaml:13:7: error: 'scale' does not apply to 'id' (string)"}},
        bad_spec{"table_value_not_canonical",
                 mapped_header + "  id: id\n  status: {from: s, table: {done: complete}}\n",
                 {"schemas/bad.yaml:14:29: error: 'complete' is not a value of 'status' (one of: "
                  "unknown, scheduled, "
                  "queued, ringing, in_progress, completed, busy, no_answer, failed, canceled, "
                  "voicemail, "
                  "transferred) (did you mean 'completed'?)"}},
        bad_spec{"enum_needs_table",
                 mapped_header + "  id: id\n  direction: s\n",
                 {"schemas/bad.yaml:14:14: error: 'direction' needs table: (provider value -> "
                  "direction)"}},
        bad_spec{"money_needs_exact_value",
                 mapped_header + "  id: id\n  cost: {amount: {from: n, money: major}}\n",
                 {"schemas/bad.yaml:14:18: error: 'amount' needs an exact value: declare 'n' as "
                  "decimal (a double "
                  "cannot hold 0.0594 exactly)"}},
        bad_spec{"money_needs_unit",
                 mapped_header + "  id: id\n  cost: {amount: {from: t, money: dollars}}\n",
                 {"schemas/bad.yaml:14:18: error: 'amount' needs money: major or money: cents"}},
        bad_spec{"constant_not_canonical",
                 mapped_header + "  id: id\n  channel: {const: phone}\n",
                 {"schemas/bad.yaml:14:12: error: 'phone' is not a value of 'channel' (one of: "
                  "unknown, pstn, sip, "
                  "web, whatsapp)"}},
        bad_spec{
            "unknown_mapping_key",
            mapped_header + "  id: id\n  stauts: {const: completed}\n",
            {"schemas/bad.yaml:14:3: error: unknown key 'stauts' in mapping (did you mean "
             "'status'?); expected "
             "one of: error_when, id, external_ids, agent, direction, channel, from, to, "
             "transferred_to, status, "
             "end_reason, answered_by, error, "
             "created_at, started_at, answered_at, ended_at, updated_at, duration_ms, talk_ms, "
             "ring_ms, "
             "billed_ms, cost, recordings, transcript, latency, ivr, variables, metadata, events"}},
        bad_spec{"mapping_without_id",
                 mapped_header + "  status: {const: completed}\n",
                 {"schemas/bad.yaml:13:3: error: mapping must set id"}},
        bad_spec{"each_needs_a_list",
                 mapped_header + "  id: id\n  events: {each: s, name: text}\n",
                 {"schemas/bad.yaml:14:18: error: each: 's' must be a list of objects (type[]), "
                  "not string"}},
        bad_spec{"each_first_lists_of_one_type",
                 mapped_header + "  id: id\n  events: {each: {first: [w, s]}, name: text}\n",
                 {"schemas/bad.yaml:14:18: error: each: first: 's' is string and 'w' is word[]; "
                  "the lists tried in turn must be of one type"}},
        bad_spec{"each_first_needs_paths",
                 mapped_header + "  id: id\n  events: {each: {first: []}, name: text}\n",
                 {"schemas/bad.yaml:14:18: error: each: must be the path of a list, or {first: "
                  "[paths]}: the first of several lists that is present"}},
        bad_spec{"each_scope_is_the_element",
                 mapped_header + "  id: id\n  events: {each: w, name: id}\n",
                 {"schemas/bad.yaml:14:27: error: path 'id' does not exist: type 'word' has no "
                  "field 'id'"}},
        bad_spec{"refine_needs_end_reason",
                 mapped_header +
                     "  id: id\n  status: {from: s, table: {x: completed}, refine: [x]}\n",
                 {"schemas/bad.yaml:14:11: error: status is refined by the end reason, but "
                  "end_reason is not mapped"}},
        bad_spec{"derived_operand_not_mapped",
                 mapped_header + "  id: id\n  talk_ms: {difference: [ended_at, answered_at]}\n",
                 {"schemas/bad.yaml:14:12: error: difference operand 'ended_at' is not mapped",
                  "schemas/bad.yaml:14:12: error: difference operand 'answered_at' is not mapped"}},
        bad_spec{
            "shared_table_missing",
            mapped_header + "  id: id\n  end_reason: {from: s, table: no_such_table}\n",
            {"schemas/bad.yaml:14:32: error: table 'no_such_table' not found: expected the file "
             "schemas/tables/no_such_table.yaml"}},
        bad_spec{"list_of_values_has_no_fields",
                 "provider: bad\nroot: call\ntypes:\n  call:\n    id: string\n    u: "
                 "string[]\nmapping:\n"
                 "  id: id\n  events: {each: u, name: text}\n",
                 {"schemas/bad.yaml:9:27: error: path 'text': inside each: over a list of values "
                  "the element "
                  "is '.', it has no fields"}},
        bad_spec{"external_id_must_be_a_string",
                 mapped_header + "  id: id\n  external_ids: {count: t}\n",
                 {"schemas/bad.yaml:14:25: error: 'external_ids.count' needs a string, but 't' is "
                  "int?"}},
        bad_spec{"table_name_is_a_file_name",
                 mapped_header + "  id: id\n  end_reason: {from: s, table: ../secrets}\n",
                 {"schemas/bad.yaml:14:32: error: table name '../secrets' must be letters, digits "
                  "and '_' (the "
                  "file tables/<name>.yaml next to the spec)"}},
        bad_spec{"derived_cycle",
                 mapped_header + "  id: id\n  started_at: {from: t, time: epoch_ms}\n"
                                 "  ended_at: {sum: [started_at, duration_ms]}\n"
                                 "  duration_ms: {difference: [ended_at, started_at]}\n",
                 {"schemas/bad.yaml:13:3: error: mapping fields depend on each other in a cycle: "
                  "ended_at -> "
                  "duration_ms -> ended_at"}},
        bad_spec{"relative_to_unmapped",
                 mapped_header + "  id: id\n  ring_ms: {from: t, relative_to: started_at}\n",
                 {"schemas/bad.yaml:14:12: error: relative_to: 'started_at' is not mapped"}}),
    [](const testing::TestParamInfo<bad_spec>& p) { return std::string(p.param.name); });

TEST(spec_check, valid_spec_has_no_messages) {
    EXPECT_EQ(
        messages_for(header +
                     "  call:\n    id: string\n    words: word[]?\n  word:\n    text: string\n"),
        std::vector<std::string>{});
}

TEST(spec_check, types_are_ordered_before_their_users) {
    callmap::gen::diagnostics diags("schemas/bad.yaml");
    auto s = callmap::gen::load(
        header + "  call:\n    w: word\n  word:\n    p: part\n  part:\n    x: int\n",
        "schemas/bad.yaml", diags);
    ASSERT_TRUE(s);
    const auto m = callmap::gen::check(*s, diags);
    ASSERT_TRUE(m);
    ASSERT_EQ(m->objects.size(), 3u);
    EXPECT_EQ(m->objects[0].name, "part");
    EXPECT_EQ(m->objects[1].name, "word");
    EXPECT_EQ(m->objects[2].name, "call");
    EXPECT_EQ(s->objects[0].name, "call");  // the spec stays as written
}

TEST(spec_check, the_model_holds_what_checking_derives_and_the_spec_stays_as_written) {
    callmap::gen::diagnostics diags("schemas/bad.yaml");
    const auto s = callmap::gen::load(
        header + "  call:\n    callId: string\n    startedAt: int?\n    kind: {enum: [a, b]}\n"
                 "mapping:\n  id: callId\n  started_at: {from: startedAt, time: epoch_ms}\n",
        "schemas/bad.yaml", diags);
    ASSERT_TRUE(s);
    const auto m = callmap::gen::check(*s, diags);
    ASSERT_TRUE(m) << (diags.list().empty() ? "" : diags.list().front().to_string());
    // member names derived from the keys, detect keys from the root's required fields
    ASSERT_EQ(m->objects.size(), 1u);
    EXPECT_EQ(m->objects[0].fields[0].name, "call_id");
    EXPECT_EQ(m->objects[0].fields[1].name, "started_at");
    EXPECT_EQ(m->detect, (std::vector<std::string>{"callId", "kind"}));
    EXPECT_EQ(s->objects[0].fields[0].name, "");  // not written in the spec
    EXPECT_TRUE(s->detect.empty());
    // the mapping: each path resolved to the model's own fields, conversions typed
    ASSERT_EQ(m->mapping.children.size(), 2u);
    const callmap::gen::model::node& started = m->mapping.children[1];
    ASSERT_EQ(started.value.resolved.size(), 1u);
    EXPECT_EQ(started.value.resolved[0], &m->objects[0].fields[1]);
    EXPECT_EQ(started.value.time, callmap::time_format::epoch_ms);
    EXPECT_FALSE(started.value.money.has_value());
}

TEST(spec_check, enumerators_that_common_macros_would_replace_get_a_suffix) {
    callmap::gen::diagnostics diags("schemas/bad.yaml");
    auto s = callmap::gen::load(
        header +
            "  call:\n    s: {enum: [ERROR, DELETE, IN, OUT, TRUE, FALSE, NO_ERROR, ENDED, new]}\n",
        "schemas/bad.yaml", diags);
    ASSERT_TRUE(s);
    const auto m = callmap::gen::check(*s, diags);
    ASSERT_TRUE(m);
    ASSERT_EQ(m->enums.size(), 1u);
    EXPECT_EQ(m->enums[0].identifiers,
              (std::vector<std::string>{"ERROR_", "DELETE_", "IN_", "OUT_", "TRUE_", "FALSE_",
                                        "NO_ERROR_", "ENDED", "new_"}));
    EXPECT_EQ(m->enums[0].values.front(), "ERROR");  // the JSON spelling is unchanged
}

TEST(spec_load, shared_tables_are_looked_up_next_to_the_spec_then_in_each_tables_dir) {
    const std::string yaml = header +
                             "  call:\n    id: string\n    state: string\n"
                             "mapping:\n  id: id\n  status: {from: state, table: states}\n";
    const std::string table = "table: states\nenum: status\nvalues:\n  DONE: completed\n";
    std::vector<std::string> asked;
    const auto reader = [&](const std::string& path) -> std::optional<std::string> {
        asked.push_back(path);
        if (path == "second/states.yaml") return table;
        return std::nullopt;
    };
    callmap::gen::diagnostics diags("specs/bad.yaml");
    const auto s = callmap::gen::load(yaml, "specs/bad.yaml", diags, reader, {"first", "second"});
    ASSERT_TRUE(s);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(asked, (std::vector<std::string>{"specs/tables/states.yaml", "first/states.yaml",
                                               "second/states.yaml"}));
    ASSERT_EQ(s->tables.size(), 1u);
    EXPECT_EQ(s->tables[0].file, "second/states.yaml");

    callmap::gen::diagnostics missing("specs/bad.yaml");
    callmap::gen::load(yaml, "specs/bad.yaml", missing, reader, {"first"});
    ASSERT_EQ(missing.list().size(), 1u);
    EXPECT_EQ(missing.list()[0].to_string(),
              "specs/bad.yaml:9:32: error: table 'states' not found: expected the files (the "
              "first found) specs/tables/states.yaml, first/states.yaml");
}

TEST(spec_check, the_enclosing_namespace_is_cpp_identifiers_joined_by_colons) {
    callmap::gen::diagnostics diags("schemas/bad.yaml");
    const auto s =
        callmap::gen::load(header + "  call:\n    id: string\n", "schemas/bad.yaml", diags);
    ASSERT_TRUE(s);
    for (const std::string bad : {"my-co", "myco::", "::myco", "myco::class", ""}) {
        callmap::gen::diagnostics refused("schemas/bad.yaml");
        EXPECT_FALSE(callmap::gen::check(*s, refused, bad)) << bad;
        ASSERT_EQ(refused.list().size(), 1u) << bad;
        EXPECT_EQ(refused.list()[0].to_string(),
                  "schemas/bad.yaml:1:11: error: namespace '" + bad +
                      "' must be C++ identifiers joined by ::, e.g. myco");
    }
    const auto m = callmap::gen::check(*s, diags, "myco::voice");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->cpp_namespace, "myco::voice::bad");
    const std::string text = callmap::gen::emit_header(*m);
    EXPECT_NE(text.find("\nnamespace myco::voice::bad {\n"), std::string::npos);
    EXPECT_NE(text.find("struct value_parser<::myco::voice::bad::call>"), std::string::npos);
    EXPECT_EQ(text.find("callmap::bad"), std::string::npos);
}

TEST(spec_check, snake_case_of_json_keys) {
    EXPECT_EQ(callmap::gen::to_snake_case("recordingUrls"), "recording_urls");
    EXPECT_EQ(callmap::gen::to_snake_case("callSid"), "call_sid");
    EXPECT_EQ(callmap::gen::to_snake_case("phoneCallProviderId"), "phone_call_provider_id");
    EXPECT_EQ(callmap::gen::to_snake_case("HTTPStatus"), "http_status");
    EXPECT_EQ(callmap::gen::to_snake_case("in-progress"), "in_progress");
    EXPECT_EQ(callmap::gen::to_snake_case("_links"), "_links");
    EXPECT_EQ(callmap::gen::to_snake_case("already_snake"), "already_snake");
}

TEST(spec_emit, output_is_deterministic) {
    callmap::gen::diagnostics diags("schemas/bad.yaml");
    auto s = callmap::gen::load(header + "  call:\n    id: string\n", "schemas/bad.yaml", diags);
    ASSERT_TRUE(s);
    const auto m = callmap::gen::check(*s, diags);
    ASSERT_TRUE(m);
    const std::string first = callmap::gen::emit_header(*m);
    EXPECT_EQ(first, callmap::gen::emit_header(*m));
    EXPECT_EQ(first.rfind("// generated from schemas/bad.yaml by callmap-gen -- do not edit.\n", 0),
              0u);
}

}  // namespace
