#!/usr/bin/env bash
# End-to-end tests of the callmap command-line tool, run as a user would: exact stdout, stderr
# and exit status for each subcommand, good and bad inputs mixed.
#   usage: cli_test.sh CALLMAP_BINARY SOURCE_DIR
set -u
cli=$1
src=$2
fixtures=$src/tests/providers/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# expect NAME EXPECTED_STATUS EXPECTED_STDOUT_FILE EXPECTED_STDERR_FILE -- COMMAND...
expect() {
    local name=$1 status=$2 out=$3 err=$4
    shift 5
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    local ok=1
    [ "$got" = "$status" ] || { echo "FAIL $name: exit $got, expected $status"; ok=0; }
    if [ "$out" != "-" ] && ! diff -u "$out" "$work/out" >"$work/diff"; then
        echo "FAIL $name: stdout differs"; cat "$work/diff"; ok=0
    fi
    if [ "$err" != "-" ] && ! diff -u "$err" "$work/err" >"$work/diff"; then
        echo "FAIL $name: stderr differs"; cat "$work/diff"; ok=0
    fi
    if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

empty=$work/empty
: >"$empty"

# normalize: one record per documented payload, auto-detected, in input order
for p in diga oca talkstack twochat zudu; do cat "$fixtures/$p/documented.expected.json"; done >"$work/all.expected"
expect normalize_documented 0 "$work/all.expected" "$empty" -- \
    "$cli" normalize "$fixtures"/{diga,oca,talkstack,twochat,zudu}/documented.json

# a bad input among good ones: the good records are printed, the bad one only on stderr
printf '{"callSid": 5, "status": "completed"}' >"$work/bad.json"
cat "$fixtures/oca/documented.expected.json" "$fixtures/zudu/documented.expected.json" >"$work/mixed.expected"
echo "$work/bad.json: byte 12 (line 1, col 13): expected string, found number at \$.callSid" >"$work/mixed.err"
expect normalize_keeps_going 1 "$work/mixed.expected" "$work/mixed.err" -- \
    "$cli" normalize --provider auto "$fixtures/oca/documented.json" "$work/bad.json" "$fixtures/zudu/documented.json"

# a truncated payload never leaves a partial record on stdout
head -c 200 "$fixtures/zudu/documented.json" >"$work/truncated.json"
expect normalize_truncated 1 "$empty" - -- "$cli" normalize --provider zudu "$work/truncated.json"

# NDJSON in: one payload per line, errors named FILE:LINE
{
    tr -d '\n' <"$fixtures/twochat/documented.json"; echo
    echo
    echo '{"success": true, "cdr": {"uuid": 7}}'
    tr -d '\n' <"$fixtures/talkstack/documented.json"; echo
} >"$work/stream.ndjson"
cat "$fixtures/twochat/documented.expected.json" "$fixtures/talkstack/documented.expected.json" >"$work/stream.expected"
echo "$work/stream.ndjson:3: byte 34 (line 1, col 35): expected string, found number at \$.cdr.uuid" >"$work/stream.err"
expect normalize_ndjson 1 "$work/stream.expected" "$work/stream.err" -- "$cli" normalize --ndjson "$work/stream.ndjson"
expect normalize_ndjson_stdin 1 "$work/stream.expected" - -- sh -c "\"$cli\" normalize --ndjson - <\"$work/stream.ndjson\""

# --format json is one valid JSON array; --format csv a header and a row per record
"$cli" normalize --format json "$fixtures/oca/documented.json" "$fixtures/diga/documented.json" >"$work/array.json"
expect format_json_is_valid 0 "$empty" "$empty" -- "$cli" check "$work/array.json"
{
    echo "provider,id,shape,event,direction,channel,from,to,transferred_to,status,status_raw,end_reason,end_reason_raw,answered_by,answered_by_raw,error_code,error_message,created_at,started_at,answered_at,ended_at,updated_at,duration_ms,talk_ms,ring_ms,billed_ms,cost_micros,currency,recording_url,turns,warnings"
    echo "twochat,CDR8b3e7a1f-6c94-4d52-ae17-5f2b9d4c8e63,get,,outbound,pstn,+61298374152,+595984153762,,completed,COMPLETED,,,,,,,2025-11-05T17:46:27.000Z,,2025-11-05T17:46:29.000Z,2025-11-05T17:46:32.000Z,2025-11-05T17:46:53.000Z,,3000,,4000,59400,USD,https://2chat-user-data.s3.amazonaws.com/ACC4d6f2e8a-9b13-4c75-a8d1-6e3f7b5c2a94/calls/r4kp7wvn2m8x5b3q9cfg.mp3,,currency assumed 'USD'"
} >"$work/csv.expected"
expect format_csv 0 "$work/csv.expected" "$empty" -- "$cli" normalize --format csv "$fixtures/twochat/documented.json"
# the columns of answering-machine detection and of the provider's error
{
    head -1 "$work/csv.expected"
    echo "vonage,0A0000000123ABCD1,webhook,failed,outbound,,14845552121,16105553939,,failed,failed,telephony_error,,,,cannot_route,,,,,,2020-07-01T20:45:34.796Z,,,,,,,,,"
    echo "vonage,4b6d8f0a-2c4e-4f6a-8b0c-2e4f6a8b0c2d,get,,outbound,pstn,447700900001,447700900123,,voicemail,machine,voicemail,,machine,machine,,,,2025-04-02T09:15:00.000Z,,2025-04-02T09:15:31.000Z,,31000,,,,6820,,,,time without a zone read as UTC '2025-04-02 09:15:00'; time without a zone read as UTC '2025-04-02 09:15:31'"
} >"$work/csv_outcome.expected"
expect format_csv_outcome 0 "$work/csv_outcome.expected" "$empty" -- "$cli" normalize --format csv "$src/tests/providers/shapes/vonage/event_failed.json" "$fixtures/vonage/machine_zoneless_times.json"

# detect and providers
printf '%s\n' "$fixtures/diga/documented.json: diga" "$fixtures/zudu/documented.json: zudu" >"$work/detect.expected"
expect detect 0 "$work/detect.expected" "$empty" -- "$cli" detect "$fixtures/diga/documented.json" "$fixtures/zudu/documented.json"
printf '{"foo": 1}' >"$work/unknown.json"
echo "$work/unknown.json: no known provider has this payload's top-level keys" >"$work/unknown.err"
expect detect_unknown 1 "$empty" "$work/unknown.err" -- "$cli" detect "$work/unknown.json"
"$cli" providers | cut -f1 >"$work/names"
printf '%s\n' bland diga oca retell talkstack twilio twochat vapi vonage zudu >"$work/names.expected"
expect providers 0 "$work/names.expected" "$empty" -- cat "$work/names"

# --with: a supplement (Bland's corrected transcript) merged into the one call of each payload
supplements=$src/tests/providers/supplements
expect normalize_with_supplement 0 "$supplements/bland/corrected_documented.expected.json" "$empty" -- \
    "$cli" normalize "$fixtures/bland/documented.json" --with "$supplements/bland/corrected_documented.json"
echo "$supplements/bland/corrected_documented.json: vapi has no supplements (spec supplements:)" >"$work/nosupp.err"
expect normalize_with_a_supplement_the_provider_lacks 1 "$empty" "$work/nosupp.err" -- \
    "$cli" normalize "$fixtures/vapi/documented.json" --with "$supplements/bland/corrected_documented.json"
printf '{"corrected": [{"start": 1, "end": 2, "text": 5}]}' >"$work/bad_corrected.json"
echo "$work/bad_corrected.json: byte 46 (line 1, col 47): expected string, found number at \$.corrected[0].text" >"$work/bad_corrected.err"
expect normalize_with_a_bad_supplement 1 "$empty" "$work/bad_corrected.err" -- \
    "$cli" normalize "$fixtures/bland/documented.json" --with "$work/bad_corrected.json"
echo "$work/missing.json: cannot read the supplement" >"$work/missing.err"
expect normalize_with_a_missing_supplement 1 "$empty" "$work/missing.err" -- \
    "$cli" normalize "$fixtures/bland/documented.json" --with "$work/missing.json"
echo "$supplements/bland/corrected_documented.json: no known provider has this payload's top-level keys (bland's corrected supplement has these keys: it completes a call, with callmap::apply_supplement or callmap normalize CALL --with FILE)" >"$work/supp_alone.err"
expect detect_a_supplement 1 "$empty" "$work/supp_alone.err" -- "$cli" detect "$supplements/bland/corrected_documented.json"
expect normalize_with_needs_a_file 2 "$empty" - -- "$cli" normalize "$fixtures/bland/documented.json" --with

# drift: unknown keys by path, type mismatches, values outside enums and tables, with counts;
# then the spec lines that absorb them
printf '%s' '{"message":"ok","status":"success","error":null,"data":{"call_id":"c1","call_status":"PAUSED",' \
    '"call_duration":"60","brand_new":{"x":1},"direction":"SIDEWAYS","transcript_object":[{"role":"agent",' \
    '"content":"hi","confidence":0.9,"words":[{"word":"a","start":1,"end":2,"conf":1}]}]}}' >"$work/drift1.json"
printf '%s' '{"message":"ok","status":"success","error":null,"data":{"call_id":"c2","call_status":"ENDED",' \
    '"disconnection_reason":"moon_landing","direction":"inbound"}}' >"$work/drift2.json"
cat >"$work/drift.expected" <<'TXT'
zudu: 3 payload(s), 0 not JSON
keys the spec does not know:
  $.data.brand_new  (1)
  $.data.transcript_object[*].confidence  (1)
  $.data.transcript_object[*].words[*].conf  (1)
values of another type:
  $.data.call_duration: expected number, found string  (1)
values outside the spec's enums:
  $.data.call_status = PAUSED  (1)
  $.data.direction = SIDEWAYS  (1)
values no mapping table maps:
  unmapped end_reason value 'moon_landing'  (1)
spec lines that absorb the new keys and values (under types:):
  call:
    brand_new: map<raw>?
    call_status: {enum: [REGISTERED, ONGOING, ENDED, ERROR, SCHEDULED, PAUSED], case: insensitive}
    direction: {enum: [INBOUND, OUTBOUND, SIDEWAYS], case: insensitive, optional: true}
  turn:
    confidence: number?
  word:
    conf: int?
TXT
expect drift 0 "$work/drift.expected" "$empty" -- \
    "$cli" drift --provider zudu "$work/drift1.json" "$work/drift2.json" "$fixtures/zudu/documented.json"
printf 'zudu: 1 payload(s), 0 not JSON\nno drift: every key, type and value is in the spec\n' >"$work/nodrift.expected"
expect drift_none 0 "$work/nodrift.expected" "$empty" -- "$cli" drift --provider zudu "$fixtures/zudu/documented.json"
expect drift_needs_provider 2 "$empty" - -- "$cli" drift "$work/drift1.json"

# usage errors exit 2 and print the command's help; --help exits 0
expect unknown_command 2 "$empty" - -- "$cli" frobnicate
expect unknown_provider 2 "$empty" - -- "$cli" normalize --provider nope "$fixtures/oca/documented.json"
expect unknown_option 2 "$empty" - -- "$cli" detect --fast x.json
expect missing_file_arg 2 "$empty" - -- "$cli" normalize
expect help 0 - "$empty" -- "$cli" normalize --help
expect unreadable_file 1 "$empty" - -- "$cli" check "$work/does-not-exist.json"

echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
