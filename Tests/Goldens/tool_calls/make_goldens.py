#!/usr/bin/env python3
"""Writes the tool-call parser goldens: for each case, NAME.txt (a model's generated text, exact bytes) and NAME.json
(the expected parse), under hermes/ and xml/, plus tools.json (the tools a case offers when "tools" is true).

Every expected parse below is written by hand from the format rules in README.md, not taken from the parser.
Generated texts are built with small helpers (json.dumps for Hermes bodies) so the bytes are exact.

    python3 Tests/Goldens/tool_calls/make_goldens.py

Expected parse (NAME.json):
    tools      whether the parser gets tools.json (typed XML values, unknown-tool check)
    prose      text outside calls and reasoning, trimmed at both ends
    reasoning  text of the think blocks, each trimmed, joined by a blank line
    calls      [{"name", "arguments"}] in order
    malformed  [{"kind", "name"}] in order; name is null when the block never gave one
"""

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fn(name, description, properties, required=()):
    return {"type": "function", "function": {"name": name, "description": description, "parameters": {
        "type": "object", "properties": properties, "required": list(required)}}}


TOOLS = [
    fn("get_weather", "Weather for a city.", {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]},
                                              "days": {"type": "integer"}}, ["city"]),
    fn("search", "Search documents.", {"query": {"type": "string"}, "limit": {"type": "integer"},
                                       "exact": {"type": "boolean"}, "filters": {"type": "object"},
                                       "tags": {"type": "array"}, "min_score": {"type": "number"}}, ["query"]),
    fn("write_file", "Write a file.", {"path": {"type": "string"}, "content": {"type": "string"}}, ["path", "content"]),
    fn("list_files", "List files.", {}),
    fn("set_threshold", "Set a threshold.", {"value": {"type": "number"}, "label": {"type": ["string", "null"]},
                                             "level": {"type": ["integer", "null"]}}, ["value"]),
    fn("lookup", "Look up a record by id.", {"id": {"type": "string"}}, ["id"]),
    fn("run_python", "Run Python code.", {"code": {"type": "string"}, "timeout": {"type": "number"}}, ["code"]),
    fn("translate", "Translate text.", {"text": {"type": "string"}, "target": {"type": "string"}}, ["text"]),
    fn("configure", "Configure the build.", {"options": {"type": "object"},
                                             "mode": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                                             "verbose": {"type": "boolean"}, "names": {"type": "array"},
                                             "retries": {"type": "integer"}, "ratio": {"type": "number"}}),
]


def expect(prose="", calls=(), malformed=(), reasoning="", tools=True):
    return {"tools": tools, "prose": prose, "reasoning": reasoning,
            "calls": [{"name": n, "arguments": a} for n, a in calls],
            "malformed": [{"kind": k, "name": n} for k, n in malformed]}


# ---------------------------------------------------------------- Hermes JSON (Qwen2.5 / Qwen3)

def hj(name, arguments):
    """A call exactly as Qwen3 writes it: json.dumps with default separators, non-ASCII kept."""
    return "<tool_call>\n" + json.dumps({"name": name, "arguments": arguments}, ensure_ascii=False) + "\n</tool_call>"


def hraw(body):
    return "<tool_call>\n" + body + "\n</tool_call>"


OSLO = {"city": "Oslo"}
H_OSLO = hj("get_weather", OSLO)
H_LIMA = hj("get_weather", {"city": "Lima", "unit": "c"})

HERMES = {}

HERMES["single_call"] = (H_OSLO, expect(calls=[("get_weather", OSLO)]))
HERMES["single_call_compact"] = ('<tool_call>{"name":"get_weather","arguments":{"city":"Oslo"}}</tool_call>',
                                 expect(calls=[("get_weather", OSLO)]))
HERMES["whitespace_around_json"] = ("<tool_call>  \n\n  " + json.dumps({"name": "get_weather", "arguments": OSLO}) + "  \n \n</tool_call>",
                                    expect(calls=[("get_weather", OSLO)]))
HERMES["prose_before"] = ("Let me check the weather.\n" + H_OSLO, expect("Let me check the weather.", [("get_weather", OSLO)]))
HERMES["prose_after"] = (H_OSLO + "\nI'll wait for the result.", expect("I'll wait for the result.", [("get_weather", OSLO)]))
HERMES["prose_between"] = ("First Oslo.\n" + H_OSLO + "\nThen Lima.\n" + H_LIMA + "\nDone.",
                           expect("First Oslo.\n\nThen Lima.\n\nDone.", [("get_weather", OSLO), ("get_weather", {"city": "Lima", "unit": "c"})]))
HERMES["multiple_calls"] = (H_OSLO + "\n" + H_LIMA + "\n" + hj("list_files", {}),
                            expect(calls=[("get_weather", OSLO), ("get_weather", {"city": "Lima", "unit": "c"}), ("list_files", {})]))
HERMES["adjacent_calls_no_separator"] = (H_OSLO + H_LIMA, expect(calls=[("get_weather", OSLO), ("get_weather", {"city": "Lima", "unit": "c"})]))
NESTED = {"query": "llm", "filters": {"year": {"gte": 2020, "lte": 2024}, "langs": ["en", "de"]}, "tags": [[1, 2], {"k": None}, [], {}]}
HERMES["nested_arguments"] = (hj("search", NESTED), expect(calls=[("search", NESTED)]))
HERMES["empty_arguments"] = (hj("list_files", {}), expect(calls=[("list_files", {})]))
HERMES["arguments_as_json_string"] = (hraw('{"name": "get_weather", "arguments": "{\\"city\\": \\"Oslo\\", \\"days\\": 2}"}'),
                                      expect(calls=[("get_weather", {"city": "Oslo", "days": 2})]))
HERMES["arguments_string_not_json"] = (hraw('{"name": "get_weather", "arguments": "Oslo"}'),
                                       expect(malformed=[("arguments_not_object", "get_weather")]))
HERMES["arguments_string_holding_array"] = (hraw('{"name": "get_weather", "arguments": "[1, 2]"}'),
                                            expect(malformed=[("arguments_not_object", "get_weather")]))
HERMES["arguments_array"] = (hraw('{"name": "get_weather", "arguments": ["Oslo"]}'), expect(malformed=[("arguments_not_object", "get_weather")]))
HERMES["arguments_null"] = (hraw('{"name": "list_files", "arguments": null}'), expect(malformed=[("arguments_not_object", "list_files")]))
HERMES["arguments_number"] = (hraw('{"name": "get_weather", "arguments": 5}'), expect(malformed=[("arguments_not_object", "get_weather")]))
HERMES["missing_arguments"] = (hraw('{"name": "list_files"}'), expect(malformed=[("missing_arguments", "list_files")]))
HERMES["missing_name"] = (hraw('{"arguments": {"city": "Oslo"}}'), expect(malformed=[("missing_name", None)]))
HERMES["empty_name"] = (hraw('{"name": "  ", "arguments": {}}'), expect(malformed=[("missing_name", None)]))
HERMES["name_not_string"] = (hraw('{"name": 42, "arguments": {}}'), expect(malformed=[("missing_name", None)]))
HERMES["bad_json_trailing_comma"] = (hraw('{"name": "get_weather", "arguments": {"city": "Oslo",}}'), expect(malformed=[("invalid_json", None)]))
HERMES["bad_json_single_quotes"] = (hraw("{'name': 'get_weather', 'arguments': {'city': 'Oslo'}}"), expect(malformed=[("invalid_json", None)]))
HERMES["bad_json_python_literals"] = (hraw('{"name": "configure", "arguments": {"verbose": True, "mode": None}}'),
                                      expect(malformed=[("invalid_json", None)]))
HERMES["bad_json_missing_brace"] = (hraw('{"name": "get_weather", "arguments": {"city": "Oslo"}'), expect(malformed=[("invalid_json", None)]))
HERMES["bad_json_extra_brace"] = (hraw('{"name": "get_weather", "arguments": {"city": "Oslo"}}}'), expect(malformed=[("invalid_json", None)]))
HERMES["bad_json_duplicate_key"] = (hraw('{"name": "get_weather", "arguments": {"city": "Oslo", "city": "Rome"}}'),
                                    expect(malformed=[("invalid_json", None)]))
HERMES["bad_json_then_good_call"] = (hraw('{"name": "get_weather", "arguments": {city: Oslo}}') + "\n" + H_LIMA,
                                     expect(calls=[("get_weather", {"city": "Lima", "unit": "c"})], malformed=[("invalid_json", None)]))
# JSON strings cannot hold a raw line break (json.loads rejects it too); models writing code sometimes do this.
HERMES["bad_json_raw_newline_in_string"] = (hraw('{"name": "write_file", "arguments": {"path": "a.py", "content": "x = 1\ny = 2"}}'),
                                            expect(malformed=[("invalid_json", None)]))
HERMES["empty_block"] = ("<tool_call>\n</tool_call>", expect(malformed=[("invalid_json", None)]))
HERMES["top_level_array"] = (hraw('[{"name": "get_weather", "arguments": {"city": "Oslo"}}]'), expect(malformed=[("invalid_structure", None)]))
HERMES["extra_keys_ignored"] = (hraw('{"name": "get_weather", "arguments": {"city": "Oslo"}, "id": "call_1", "type": "function"}'),
                                expect(calls=[("get_weather", OSLO)]))
HERMES["unknown_tool"] = (hj("send_email", {"to": "a@example.com"}), expect(malformed=[("unknown_tool", "send_email")]))
HERMES["unknown_tool_without_tool_list"] = (hj("send_email", {"to": "a@example.com"}),
                                            expect(calls=[("send_email", {"to": "a@example.com"})], tools=False))
HERMES["no_type_coercion"] = (hj("configure", {"retries": "3", "verbose": "true", "names": "[\"a\"]"}),
                              expect(calls=[("configure", {"retries": "3", "verbose": "true", "names": "[\"a\"]"})]))
TYPED = {"retries": 3, "ratio": 0.25, "verbose": True, "mode": None, "options": {"depth": -1, "scale": 1.5e-3}, "names": ["a", "b"]}
HERMES["typed_values_kept"] = (hj("configure", TYPED), expect(calls=[("configure", TYPED)]))
UNI = {"text": "こんにちは、世界 👋🏽", "target": "Ελληνικά — עברית"}
HERMES["unicode"] = (hj("translate", UNI), expect(calls=[("translate", UNI)]))
HERMES["unicode_escapes"] = (hraw('{"name": "get_weather", "arguments": {"city": "Z\\u00fcrich \\ud83c\\udf26"}}'),
                             expect(calls=[("get_weather", {"city": "Zürich 🌦"})]))
CODE = {"path": "app.py", "content": "def main():\n    print('hi')\n\n\tif x:\n        return 1\n"}
HERMES["values_with_newlines"] = (hj("write_file", CODE), expect(calls=[("write_file", CODE)]))
MARKUP = {"path": "page.html", "content": "<div class=\"x\">\n<tool_call>\n{\"name\": \"nope\"}\n</tool_call>\n</div>"}
HERMES["markup_and_tool_call_text_in_value"] = (hj("write_file", MARKUP), expect(calls=[("write_file", MARKUP)]))
XMLCODE = {"code": "print('<parameter=x>')\nx = '</parameter></function>'\ns = \"<think>not reasoning</think>\"\n"}
HERMES["xml_looking_code_in_value"] = (hj("run_python", XMLCODE), expect(calls=[("run_python", XMLCODE)]))
HERMES["escaped_slash_and_quotes"] = (hraw('{"name": "write_file", "arguments": {"path": "a\\/b.txt", "content": "say \\"hi\\"\\\\n"}}'),
                                      expect(calls=[("write_file", {"path": "a/b.txt", "content": "say \"hi\"\\n"})]))
HERMES["think_block_call_ignored"] = ("<think>\nI could call " + H_OSLO + " but first think.\n</think>\n\nThe answer is 4.",
                                      expect("The answer is 4.", reasoning="I could call " + H_OSLO + " but first think."))
HERMES["think_then_call"] = ("<think>\nNeed the weather.\n</think>\n\n" + H_OSLO, expect(calls=[("get_weather", OSLO)], reasoning="Need the weather."))
HERMES["think_opened_in_prompt"] = ("The user wants Oslo.\nDraft: " + H_LIMA + "\n</think>\n\nChecking.\n" + H_OSLO,
                                    expect("Checking.", [("get_weather", OSLO)], reasoning="The user wants Oslo.\nDraft: " + H_LIMA))
HERMES["think_unclosed_with_call"] = ("<think>\nI will call " + H_OSLO + "\nand then",
                                      expect(reasoning="I will call " + H_OSLO + "\nand then"))
HERMES["two_think_blocks"] = ("<think>a</think>Looking.\n" + H_OSLO + "\n<think>\nb\n</think>\nDone.",
                              expect("Looking.\n\n\nDone.", [("get_weather", OSLO)], reasoning="a\n\nb"))
HERMES["prose_only"] = ("The answer is 42.", expect("The answer is 42."))
HERMES["empty_text"] = ("", expect())
HERMES["stray_close_tag"] = ("Done.</tool_call>", expect("Done.</tool_call>"))

# Truncation at every structural point of: prose, <tool_call>, newline, the JSON, newline, </tool_call>.
H_FULL_BODY = '{"name": "get_weather", "arguments": {"city": "Oslo", "days": 2}}'
H_PREFIX = "Checking.\n<tool_call>"
for i, cut in enumerate(["", "\n", "\n{", "\n{\"na", "\n{\"name\"", "\n{\"name\": \"get_weather\"",
                         "\n{\"name\": \"get_weather\", \"arguments\": ", "\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Os",
                         "\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\", \"days\": 2",
                         "\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\", \"days\": 2}",
                         "\n" + H_FULL_BODY, "\n" + H_FULL_BODY + "\n", "\n" + H_FULL_BODY + "\n</tool_",
                         "\n" + H_FULL_BODY + "\n</tool_call"], start=1):
    HERMES[f"truncated_{i:02d}"] = (H_PREFIX + cut, expect("Checking.", malformed=[("truncated", None)]))
HERMES["truncated_inside_string_holding_close_tag"] = (
    "<tool_call>\n{\"name\": \"write_file\", \"arguments\": {\"path\": \"a\", \"content\": \"x</tool_call> and y",
    expect(malformed=[("truncated", None)]))
HERMES["truncated_second_call"] = (H_OSLO + "\n<tool_call>\n{\"name\": \"search\", \"arg",
                                   expect(calls=[("get_weather", OSLO)], malformed=[("truncated", None)]))
HERMES["truncated_after_bad_json"] = ("<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": Oslo",
                                      expect(malformed=[("truncated", None)]))


# ---------------------------------------------------------------- Qwen XML (Qwen3-Coder / Qwen3.5)

def xc(name, params):
    """A call exactly as Qwen3-Coder / Qwen3.5 write it; params is a list of (name, value text)."""
    return ("<tool_call>\n<function=" + name + ">\n"
            + "".join(f"<parameter={p}>\n{v}\n</parameter>\n" for p, v in params) + "</function>\n</tool_call>")


X_OSLO = xc("get_weather", [("city", "Oslo")])
X_LIMA = xc("get_weather", [("city", "Lima"), ("days", "2")])
LIMA2 = {"city": "Lima", "days": 2}

XML = {}

XML["single_call"] = (X_OSLO, expect(calls=[("get_weather", OSLO)]))
XML["strings_without_tool_list"] = (X_LIMA, expect(calls=[("get_weather", {"city": "Lima", "days": "2"})], tools=False))
XML["typed_integer"] = (X_LIMA, expect(calls=[("get_weather", LIMA2)]))
XML["typed_integer_signs_and_spaces"] = (xc("configure", [("retries", " -2 "), ("mode", "+5")]),
                                         expect(calls=[("configure", {"retries": -2, "mode": 5})]))
XML["typed_number"] = (xc("search", [("query", "pizza"), ("min_score", "0.75")]), expect(calls=[("search", {"query": "pizza", "min_score": 0.75})]))
XML["typed_number_whole_becomes_int"] = (xc("set_threshold", [("value", "3.0")]), expect(calls=[("set_threshold", {"value": 3})]))
XML["typed_number_exponents"] = (xc("configure", [("ratio", "1e20")]) + "\n" + xc("configure", [("ratio", "-2.5E-3")]) + "\n" + xc("configure", [("ratio", "1e3")]),
                                 expect(calls=[("configure", {"ratio": 1e20}), ("configure", {"ratio": -0.0025}), ("configure", {"ratio": 1000})]))
XML["typed_boolean"] = (xc("search", [("query", "x"), ("exact", "true")]) + "\n" + xc("configure", [("verbose", "False")]),
                        expect(calls=[("search", {"query": "x", "exact": True}), ("configure", {"verbose": False})]))
OBJ = {"year": {"gte": 2020, "lte": 2024}, "langs": ["en", "de"], "strict": True, "none": None}
XML["typed_object"] = (xc("search", [("query", "llm"), ("filters", json.dumps(OBJ))]), expect(calls=[("search", {"query": "llm", "filters": OBJ})]))
XML["typed_object_multiline"] = (xc("search", [("query", "llm"), ("filters", json.dumps(OBJ, indent=2))]),
                                 expect(calls=[("search", {"query": "llm", "filters": OBJ})]))
ARR = [{"a": 1}, {"b": [2, 3.5]}, "c", None]
XML["typed_array"] = (xc("search", [("query", "q"), ("tags", json.dumps(ARR))]), expect(calls=[("search", {"query": "q", "tags": ARR})]))
XML["typed_mix"] = (xc("configure", [("options", "{\"depth\": 2}"), ("mode", "7"), ("verbose", "TRUE"), ("names", "[\"a\", \"b\"]"),
                                     ("retries", "0"), ("ratio", "0.5")]),
                    expect(calls=[("configure", {"options": {"depth": 2}, "mode": 7, "verbose": True, "names": ["a", "b"], "retries": 0, "ratio": 0.5})]))
XML["string_that_looks_like_a_number"] = (xc("lookup", [("id", "00123")]) + "\n" + xc("write_file", [("path", "42"), ("content", "true")]),
                                          expect(calls=[("lookup", {"id": "00123"}), ("write_file", {"path": "42", "content": "true"})]))
XML["string_null_word_stays_text"] = (xc("lookup", [("id", "null")]), expect(calls=[("lookup", {"id": "null"})]))
XML["nullable_string_null"] = (xc("set_threshold", [("value", "1"), ("label", "null"), ("level", "null")]),
                               expect(calls=[("set_threshold", {"value": 1, "label": None, "level": None})]))
XML["nullable_string_text"] = (xc("set_threshold", [("value", "2"), ("label", "12"), ("level", "4")]),
                               expect(calls=[("set_threshold", {"value": 2, "label": "12", "level": 4})]))
XML["null_for_typed_parameters"] = (xc("get_weather", [("city", "Oslo"), ("days", "null")]) + "\n" + xc("configure", [("mode", "NULL")]),
                                    expect(calls=[("get_weather", {"city": "Oslo", "days": None}), ("configure", {"mode": None})]))
XML["unconvertible_values_stay_text"] = (
    xc("get_weather", [("city", "Oslo"), ("days", "three")]) + "\n" + xc("get_weather", [("city", "Rome"), ("days", "2.5")]) + "\n"
    + xc("search", [("query", "q"), ("exact", "yes"), ("min_score", "high"), ("filters", "{not json}"), ("tags", "{\"a\": 1}")]),
    expect(calls=[("get_weather", {"city": "Oslo", "days": "three"}), ("get_weather", {"city": "Rome", "days": "2.5"}),
                  ("search", {"query": "q", "exact": "yes", "min_score": "high", "filters": "{not json}", "tags": "{\"a\": 1}"})]))
XML["undeclared_parameter_stays_text"] = (xc("get_weather", [("city", "Oslo"), ("hours", "5")]),
                                          expect(calls=[("get_weather", {"city": "Oslo", "hours": "5"})]))
XML["multiline_value"] = (xc("write_file", [("path", "a.py"), ("content", "def f():\n    return 1\n\n\nprint(f())")]),
                          expect(calls=[("write_file", {"path": "a.py", "content": "def f():\n    return 1\n\n\nprint(f())"})]))
XML["only_one_newline_stripped"] = ("<tool_call>\n<function=write_file>\n<parameter=path>\nx\n</parameter>\n<parameter=content>\n\n  indented\n\n</parameter>\n</function>\n</tool_call>",
                                    expect(calls=[("write_file", {"path": "x", "content": "\n  indented\n"})]))
XML["value_on_tag_lines"] = ("<tool_call>\n<function=get_weather>\n<parameter=city>Oslo</parameter>\n<parameter=days>3</parameter>\n</function>\n</tool_call>",
                             expect(calls=[("get_weather", {"city": "Oslo", "days": 3})]))
XML["value_spaces_kept"] = ("<tool_call>\n<function=get_weather>\n<parameter=city>\n  Oslo  \n</parameter>\n<parameter=days>\n 3 \n</parameter>\n</function>\n</tool_call>",
                            expect(calls=[("get_weather", {"city": "  Oslo  ", "days": 3})]))
XML["empty_values"] = ("<tool_call>\n<function=search>\n<parameter=query>\n\n</parameter>\n<parameter=exact>\n</parameter>\n</function>\n</tool_call>",
                       expect(calls=[("search", {"query": "", "exact": ""})]))
XML["empty_arguments"] = (xc("list_files", []), expect(calls=[("list_files", {})]))
XML["markup_in_value"] = (xc("write_file", [("path", "p.html"), ("content", "<div class=\"a\">\n  <p>Hi &amp; bye</p>\n</div>")]),
                          expect(calls=[("write_file", {"path": "p.html", "content": "<div class=\"a\">\n  <p>Hi &amp; bye</p>\n</div>"})]))
TC_TEXT = "Wrap calls in <tool_call> and </tool_call>.\n<function=fake>"
XML["tool_call_text_in_value"] = (xc("write_file", [("path", "doc.md"), ("content", TC_TEXT)]),
                                  expect(calls=[("write_file", {"path": "doc.md", "content": TC_TEXT})]))
PY = "print(\"<parameter=a>\")\nend = \"</function>\"\nprint('<think>x</think>')"
XML["xml_looking_code_in_value"] = (xc("run_python", [("code", PY), ("timeout", "2.5")]),
                                    expect(calls=[("run_python", {"code": PY, "timeout": 2.5})]))
XML["parameter_tag_text_in_value"] = (xc("write_file", [("content", "<parameter=path>\nnot a parameter"), ("path", "x.txt")]),
                                      expect(calls=[("write_file", {"content": "<parameter=path>\nnot a parameter", "path": "x.txt"})]))
XML["unicode"] = (xc("translate", [("text", "こんにちは 👋🏽\nZürich"), ("target", "Ελληνικά")]),
                  expect(calls=[("translate", {"text": "こんにちは 👋🏽\nZürich", "target": "Ελληνικά"})]))
XML["names_trimmed"] = ("<tool_call>\n<function= get_weather >\n<parameter= city >\nOslo\n</parameter>\n</function>\n</tool_call>",
                        expect(calls=[("get_weather", OSLO)]))
XML["prose_before"] = ("I'll look it up.\n" + X_OSLO, expect("I'll look it up.", [("get_weather", OSLO)]))
XML["prose_after"] = (X_OSLO + "\nWaiting for the tool.", expect("Waiting for the tool.", [("get_weather", OSLO)]))
XML["prose_between"] = ("Oslo first.\n" + X_OSLO + "\nNow Lima.\n" + X_LIMA + "\nThat's all.",
                        expect("Oslo first.\n\nNow Lima.\n\nThat's all.", [("get_weather", OSLO), ("get_weather", LIMA2)]))
XML["multiple_calls"] = (X_OSLO + "\n" + X_LIMA + "\n" + xc("list_files", []),
                         expect(calls=[("get_weather", OSLO), ("get_weather", LIMA2), ("list_files", {})]))
XML["think_block_call_ignored"] = ("<think>\nMaybe " + X_OSLO + "\nNo, I know this.\n</think>\n\nIt is sunny.",
                                   expect("It is sunny.", reasoning="Maybe " + X_OSLO + "\nNo, I know this."))
XML["think_then_call"] = ("<think>\nNeed data.\n</think>\n\n" + X_OSLO, expect(calls=[("get_weather", OSLO)], reasoning="Need data."))
XML["think_opened_in_prompt"] = ("Plan: " + X_LIMA + "\n</think>\n\n" + X_OSLO, expect(calls=[("get_weather", OSLO)], reasoning="Plan: " + X_LIMA))
XML["think_unclosed_with_call"] = ("<think>\nLet me call\n" + X_OSLO, expect(reasoning="Let me call\n" + X_OSLO))
XML["unknown_tool"] = (xc("send_email", [("to", "a@example.com")]), expect(malformed=[("unknown_tool", "send_email")]))
XML["unknown_tool_without_tool_list"] = (xc("send_email", [("to", "a@example.com")]),
                                         expect(calls=[("send_email", {"to": "a@example.com"})], tools=False))
XML["missing_name"] = ("<tool_call>\n<function=>\n<parameter=city>\nOslo\n</parameter>\n</function>\n</tool_call>",
                       expect(malformed=[("missing_name", None)]))
XML["missing_name_blank"] = ("<tool_call>\n<function= >\n</function>\n</tool_call>", expect(malformed=[("missing_name", None)]))
XML["unclosed_parameter"] = ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</function>\n</tool_call>",
                             expect(malformed=[("unclosed_parameter", "get_weather")]))
XML["unclosed_parameter_then_good_call"] = ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</function>\n</tool_call>\n" + X_LIMA,
                                            expect(calls=[("get_weather", LIMA2)], malformed=[("unclosed_parameter", "get_weather")]))
XML["unclosed_parameter_and_function"] = ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</tool_call>\nAfter.",
                                          expect("After.", malformed=[("unclosed_parameter", "get_weather")]))
XML["hermes_json_in_xml_block"] = (H_OSLO, expect(malformed=[("invalid_structure", None)]))
XML["text_between_parameters"] = ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\noops\n</function>\n</tool_call>",
                                  expect(malformed=[("invalid_structure", "get_weather")]))
XML["missing_function_close"] = ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\n</tool_call>\nok",
                                 expect("ok", malformed=[("invalid_structure", "get_weather")]))
XML["two_functions_in_one_block"] = ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\n</function>\n"
                                     "<function=list_files>\n</function>\n</tool_call>",
                                     expect(malformed=[("invalid_structure", "get_weather")]))
XML["function_tag_not_closed"] = ("<tool_call>\n<function=get_weather\n<parameter=city>\nOslo\n</parameter>\n</function>\n</tool_call>",
                                  expect(malformed=[("invalid_structure", None)]))
XML["parameter_without_name"] = ("<tool_call>\n<function=get_weather>\n<parameter=>\nOslo\n</parameter>\n</function>\n</tool_call>",
                                 expect(malformed=[("invalid_structure", "get_weather")]))
XML["duplicate_parameter"] = (xc("get_weather", [("city", "Oslo"), ("city", "Rome")]), expect(malformed=[("duplicate_parameter", "get_weather")]))
XML["prose_only"] = ("No tool is needed: 2 + 2 = 4.", expect("No tool is needed: 2 + 2 = 4."))
XML["empty_text"] = ("", expect())

# Truncation at every structural point of one call.
X_FULL = "<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\n<parameter=days>\n2\n</parameter>\n</function>\n</tool_call>"
X_CUTS = [
    ("<tool_call>", None), ("<tool_call>\n", None), ("<tool_call>\n<func", None), ("<tool_call>\n<function=", None),
    ("<tool_call>\n<function=get_wea", None), ("<tool_call>\n<function=get_weather>", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n", "get_weather"), ("<tool_call>\n<function=get_weather>\n<parameter=ci", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOs", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</param", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\n<parameter=days>\n2\n</parameter>\n", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\n<parameter=days>\n2\n</parameter>\n</func", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\n<parameter=days>\n2\n</parameter>\n</function>", "get_weather"),
    ("<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\n<parameter=days>\n2\n</parameter>\n</function>\n</tool_", "get_weather"),
]
for i, (cut, name) in enumerate(X_CUTS, start=1):
    assert X_FULL.startswith(cut) and cut != X_FULL
    XML[f"truncated_{i:02d}"] = ("Looking it up.\n" + cut, expect("Looking it up.", malformed=[("truncated", name)]))
XML["truncated_second_call"] = (X_OSLO + "\n<tool_call>\n<function=search>\n<parameter=query>\nbest pizza",
                                expect(calls=[("get_weather", OSLO)], malformed=[("truncated", "search")]))


def main():
    (HERE / "tools.json").write_text(json.dumps(TOOLS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for folder, cases in (("hermes", HERMES), ("xml", XML)):
        out = HERE / folder
        if out.exists():
            shutil.rmtree(out)
        out.mkdir()
        for name, (text, expected) in cases.items():
            # newline="" writes the bytes as given: the texts have "\n" only and no final newline unless a case adds one.
            with open(out / f"{name}.txt", "w", encoding="utf-8", newline="") as f:
                f.write(text)
            (out / f"{name}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{folder}: {len(cases)} cases")


if __name__ == "__main__":
    main()
