#!/usr/bin/env python3
"""Writes the chat-template golden files the C# renderer is tested against.

Each chat template is rendered with Jinja2 exactly as Hugging Face transformers' apply_chat_template(tokenize=False)
renders it: an ImmutableSandboxedEnvironment with trim_blocks and lstrip_blocks, the loop-controls extension, a
{% generation %} tag that renders its body, transformers' tojson (json.dumps without HTML escaping), raise_exception
and strftime_now; variables messages, tools=None, documents=None, add_generation_prompt, the special tokens, and
enable_thinking only when a case sets it.

Run from anywhere (needs Debian's python3-jinja2, and ../shared beside the repository for the Qwen3 fixture):
    /usr/bin/python3 Tests/Goldens/chat_template/make_goldens.py
Outputs, all deterministic:
    <template>.json  one per template in templates/, plus qwen3 from the fixture and qwen_xml_tools from
                     Engine/Templates: template text, special tokens and cases (messages, flags) with the
                     expected text or the exception Jinja2 raised; the two Qwen tool-calling templates also get the
                     tool conversations (TOOL_CONVERSATIONS)
    snippets.json    hand-written snippets, one feature each, rendered against one shared context
    fuzz.json        generated snippets (fixed seeds): whitespace-control mixes, random expressions and statements
"""

import copy
import json
import random
import re
import sys
from pathlib import Path

import jinja2
import jinja2.ext
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

HERE = Path(__file__).resolve().parent


def repo_root() -> Path:
    for folder in [HERE, *HERE.parents]:
        if (folder / "QwenEval.sln").exists():
            return folder
    sys.exit("QwenEval.sln not found above " + str(HERE))


SHARED = repo_root().parent / "shared"


class GenerationTag(jinja2.ext.Extension):
    """transformers' AssistantTracker without the tracking: {% generation %} renders its body."""

    tags = {"generation"}

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(["name:endgeneration"], drop_needle=True)
        return nodes.CallBlock(self.call_method("_render"), [], [], body).set_lineno(lineno)

    def _render(self, caller):
        return caller()


def raise_exception(message):
    raise jinja2.exceptions.TemplateError(message)


def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def strftime_now(format):
    from datetime import datetime
    return datetime.now().strftime(format)


def environment():
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[GenerationTag, jinja2.ext.loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = strftime_now
    return env


ENV = environment()


def render(template_text, variables):
    """Expected result of one render: {"expected": text} or {"error": {"type", "message"}}.

    Each render gets its own copy of the variables: some filters mutate their input in Python (indent does
    `s += "\n"`, which extends a list in place), and that must not leak into later cases.
    Object addresses in reprs ("<generator object ... at 0x...>") are replaced by the fixed one the C# renderer prints.
    """
    try:
        text = ENV.from_string(template_text).render(**copy.deepcopy(variables))
        text = re.sub(r" at 0x[0-9a-f]+>", " at 0x7f0000000000>", text)
        return {"expected": re.sub(r" AT 0X[0-9A-F]+>", " AT 0X7F0000000000>", text)}
    except Exception as e:  # noqa: BLE001 - every failure is recorded as data
        return {"error": {"type": type(e).__name__, "message": str(e)}}


def special_tokens(config):
    """transformers' special_tokens_map: set (non-empty) tokens only, AddedToken objects as their content."""
    tokens = {}
    for name in ["bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"]:
        value = config.get(name)
        if isinstance(value, dict):
            value = value.get("content")
        if value:
            tokens[name] = value
    extra = [t["content"] if isinstance(t, dict) else t for t in config.get("additional_special_tokens") or []]
    if extra:
        tokens["additional_special_tokens"] = extra
    return tokens


SYSTEM = "You are a helpful assistant."
PROMPT = ("Complete the Python function `add` below so that it meets its docstring. Reply with the complete module "
          "in one ```python code block.\n\n```python\ndef add(a: int, b: int) -> int:\n    \"\"\"Return a + b.\\n\"\"\"\n```")

CONVERSATIONS = {
    "system_user": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": PROMPT}],
    "user_only": [{"role": "user", "content": "Hello!"}],
    "multi_turn": [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": "What is 2 + 2?"},
        {"role": "assistant", "content": "2 + 2 = 4."},
        {"role": "user", "content": "And 3 + 3?"},
    ],
    "multi_turn_no_system": [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello! How can I help?"},
        {"role": "user", "content": "Tell me a joke."},
    ],
    "think_in_history": [
        {"role": "user", "content": "Say hi."},
        {"role": "assistant", "content": "<think>\nThe user wants a greeting.\n</think>\n\nHi there!"},
        {"role": "user", "content": "Again, shorter."},
    ],
    "think_last_assistant": [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": "2*3?"},
        {"role": "assistant", "content": "<think>\n2 times 3 is 6.\n\n</think>\n\n6"},
    ],
    "think_without_open_tag": [
        {"role": "user", "content": "Name a colour."},
        {"role": "assistant", "content": "Reasoning without an opening tag.</think>Blue."},
        {"role": "user", "content": "Another."},
        {"role": "assistant", "content": "<think></think>Red."},
    ],
    "empty_content": [
        {"role": "system", "content": ""},
        {"role": "user", "content": ""},
        {"role": "assistant", "content": ""},
        {"role": "user", "content": "   "},
    ],
    "unicode": [
        {"role": "user", "content": "Grüße, 世界! 🚀 naïve café — “quotes” and a\u00a0no-break space; emoji 👋🏽 ZWJ 👩‍💻"},
        {"role": "assistant", "content": "Привет 👋 — ταχύτητα ΟΔΟΣ straße"},
        {"role": "user", "content": "עברית и العربية\tTAB"},
    ],
    "jinja_looking_text": [
        {"role": "user", "content": "Render {{ x }} and {% if %} literally, {# not a comment #}, {{- y -}} {%- endfor %}"},
        {"role": "assistant", "content": "{% raw %}{{ messages }}{% endraw %} and '<|im_end|>' \\n \\\\"},
        {"role": "user", "content": "<|im_start|>user\nfake turn<|im_end|>"},
    ],
    "whitespace_content": [
        {"role": "system", "content": "\n  system with surrounding whitespace  \n"},
        {"role": "user", "content": "  leading and trailing spaces  \n\n"},
        {"role": "assistant", "content": "\n\nanswer with newlines\n"},
        {"role": "user", "content": "\r\nwindows\r\nline endings\r\n"},
    ],
    "tool_response_as_user": [
        {"role": "user", "content": "Call the tool."},
        {"role": "assistant", "content": "Calling it."},
        {"role": "user", "content": "<tool_response>\n42\n</tool_response>"},
    ],
    "assistant_first": [
        {"role": "assistant", "content": "I speak first."},
        {"role": "user", "content": "Fine."},
    ],
}

THINKING = {"thinking_unset": None, "thinking_on": True, "thinking_off": False}

TOOLS = [{"type": "function", "function": {
    "name": "get_weather", "description": "Current weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string", "description": "City name"},
                                                    "unit": {"type": "string", "enum": ["c", "f"]}},
                   "required": ["city"]}}}]

# Cases beyond plain role/content messages: tools, reasoning_content, tool calls and results, date_string.
EXTRA_CASES = [
    ("tools_and_tool_calls", {
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": "Weather in Oslo?"},
            {"role": "assistant", "content": "", "tool_calls": [
                {"type": "function", "function": {"name": "get_weather", "arguments": {"city": "Oslo", "unit": "c"}}}]},
            {"role": "tool", "content": "{\"temp\": 3}"},
            {"role": "tool", "content": "second result"},
            {"role": "assistant", "content": "It is 3 °C.", "reasoning_content": "The tool said 3."},
        ],
        "tools": TOOLS, "add_generation_prompt": True}),
    ("reasoning_content_field", {
        "messages": [
            {"role": "user", "content": "Q1"},
            {"role": "assistant", "content": "A1", "reasoning_content": "R1"},
            {"role": "user", "content": "Q2"},
            {"role": "assistant", "content": "A2", "reasoning_content": "\nR2\n"},
        ],
        "add_generation_prompt": False}),
    ("string_tool_arguments", {
        "messages": [
            {"role": "user", "content": "Weather?"},
            {"role": "assistant", "content": "Let me check.", "tool_calls": [
                {"name": "get_weather", "arguments": "{\"city\": \"Lima\"}"},
                {"function": {"name": "get_weather", "arguments": {"city": "Quito", "days": [1, 2], "raw": None}}}]},
        ],
        "tools": TOOLS, "add_generation_prompt": True, "enable_thinking": False}),
    ("date_string", {"messages": [{"role": "user", "content": "Date?"}], "date_string": "01 Jan 2025",
                     "add_generation_prompt": True}),
]


# Tools in the canonical OpenAI form (type, then function with name, description, parameters), which is also what
# ToolSpec.ToJson writes, so the C# tests can pass them through ToolSpec.
TOOL_SET = [
    {"type": "function", "function": {
        "name": "get_weather", "description": "Current weather and forecast for a city.",
        "parameters": {"type": "object", "properties": {
            "city": {"type": "string", "description": "City name"},
            "unit": {"type": "string", "enum": ["c", "f"]},
            "days": {"type": "integer", "description": "Forecast days"}},
            "required": ["city"]}}},
    {"type": "function", "function": {
        "name": "configure", "description": "Set options of the build.",
        "parameters": {"type": "object", "properties": {
            "retries": {"type": "integer"}, "ratio": {"type": "number"}, "verbose": {"type": "boolean"},
            "mode": {"type": ["integer", "null"]}, "options": {"type": "object"},
            "names": {"type": "array", "items": {"type": "string"}}, "label": {"type": "string"}},
            "required": []}}},
    {"type": "function", "function": {
        "name": "write_file", "description": "Write text to a file, replacing it.",
        "parameters": {"type": "object", "properties": {
            "path": {"type": "string"}, "content": {"type": "string"}}, "required": ["path", "content"]}}},
    {"type": "function", "function": {
        "name": "list_files", "description": "List the files of the working folder.",
        "parameters": {"type": "object", "properties": {}}}},
]

TOOL_UNICODE = [{"type": "function", "function": {
    "name": "translate", "description": "Übersetzt Text — 翻訳する 🌐",
    "parameters": {"type": "object", "properties": {"text": {"type": "string", "description": "Texte à traduire"},
                                                    "target": {"type": "string"}}, "required": ["text"]}}}]


def call(name, arguments, call_id=None):
    c = {"id": call_id} if call_id else {}
    c.update({"type": "function", "function": {"name": name, "arguments": arguments}})
    return c


def user(text):
    return {"role": "user", "content": text}


def assistant(text, calls=None, reasoning=None):
    m = {"role": "assistant", "content": text}
    if calls is not None:
        m["tool_calls"] = calls
    if reasoning is not None:
        m["reasoning_content"] = reasoning
    return m


def tool(text, name=None, call_id=None):
    m = {"role": "tool", "content": text}
    if name:
        m["name"] = name
    if call_id:
        m["tool_call_id"] = call_id
    return m


SYS = {"role": "system", "content": "You are a careful assistant with tools."}
WEATHER = call("get_weather", {"city": "Oslo", "days": 3})
WEATHER_JSON = "{\"temp_c\": 3, \"sky\": \"cloudy\"}"

# Tool conversations, each rendered with the generation prompt and enable_thinking unset/on/off, and without the
# generation prompt (where enable_thinking changes nothing).
TOOL_CONVERSATIONS = {
    "offer_tools": ([SYS, user("What's the weather in Oslo?")], TOOL_SET),
    "offer_tools_no_system": ([user("Hi")], TOOL_SET),
    "empty_tool_list": ([SYS, user("Hi")], []),
    "one_call_then_result": ([SYS, user("Weather in Oslo for 3 days?"), assistant("", [WEATHER]), tool(WEATHER_JSON)], TOOL_SET),
    "one_call_answered": ([user("Weather in Oslo?"), assistant("", [WEATHER]), tool(WEATHER_JSON),
                           assistant("It is 3 °C and cloudy in Oslo.")], TOOL_SET),
    "typed_arguments": ([user("Configure it."), assistant("Setting the options now.", [call("configure", {
        "retries": 3, "ratio": 0.25, "verbose": True, "mode": None, "options": {"depth": 2, "flags": ["a", "b"], "nested": {"x": None}},
        "names": ["ann", "bob"], "label": "007"})]), tool("ok")], TOOL_SET),
    "float_formats": ([user("Set ratio."), assistant("", [call("configure", {"ratio": 3.0, "retries": -1}),
                                                          call("configure", {"ratio": 1e20, "label": "1e20"}),
                                                          call("configure", {"ratio": 1.5e-7, "verbose": False})])], TOOL_SET),
    "two_calls_one_turn": ([SYS, user("Weather in Oslo and Lima?"), assistant("Checking both cities.", [
        WEATHER, call("get_weather", {"city": "Lima", "unit": "c"})]), tool(WEATHER_JSON), tool("{\"temp_c\": 19}"),
        assistant("Oslo 3 °C, Lima 19 °C.")], TOOL_SET),
    "three_calls_no_content": ([user("List, then write two files."), assistant("", [
        call("list_files", {}), call("write_file", {"path": "a.txt", "content": "A"}),
        call("write_file", {"path": "b.txt", "content": "B"})]), tool("a.txt\nb.txt"), tool("written"), tool("written")], TOOL_SET),
    "multi_turn_tools": ([SYS, user("Weather in Oslo?"), assistant("", [WEATHER]), tool(WEATHER_JSON),
                          assistant("3 °C in Oslo."), user("And in Lima?"),
                          assistant("", [call("get_weather", {"city": "Lima"})]), tool("{\"temp_c\": 19}"),
                          assistant("19 °C in Lima."), user("Thanks! Which is warmer?")], TOOL_SET),
    "reasoning_content_with_call": ([user("Weather in Oslo?"), assistant("", [WEATHER], reasoning="I need the weather tool."),
                                     tool(WEATHER_JSON)], TOOL_SET),
    "think_in_content_with_call": ([user("Weather in Oslo?"),
                                    assistant("<think>\nCall the tool for Oslo.\n</think>\n\nLet me look that up.", [WEATHER]),
                                    tool(WEATHER_JSON), assistant("<think>\nIt said 3.\n</think>\n\nIt is 3 °C.")], TOOL_SET),
    "reasoning_in_history": ([user("Weather in Oslo?"), assistant("", [WEATHER], reasoning="old thought"), tool(WEATHER_JSON),
                              assistant("3 °C.", reasoning="summarise"), user("And tomorrow?")], TOOL_SET),
    "multiline_values": ([user("Write the script."), assistant("", [call("write_file", {
        "path": "src/app.py",
        "content": "def main():\n    print(\"<div class='x'>hi</div>\")\n    # <tool_call> is just text here\n\nif __name__ == '__main__':\n    main()\n"})]),
        tool("wrote 6 lines")], TOOL_SET),
    "tool_output_with_markup": ([user("Read it."), assistant("", [call("list_files", {})]),
                                 tool("<html>\n  <body>&amp; </tool_response> {{ not jinja }}</body>\n</html>")], TOOL_SET),
    "ids_and_names": ([user("Weather in Oslo and Lima?"), assistant("", [
        call("get_weather", {"city": "Oslo"}, "call_1"), call("get_weather", {"city": "Lima"}, "call_2")]),
        tool("{\"temp_c\": 3}", "get_weather", "call_1"), tool("{\"temp_c\": 19}", "get_weather", "call_2")], TOOL_SET),
    "unicode_tools": ([user("Traduis « bonjour » en japonais."), assistant("", [
        call("translate", {"text": "bonjour 👋", "target": "日本語"})]), tool("こんにちは")], TOOL_UNICODE),
    "tool_right_after_user": ([user("Here is a result."), tool("orphan result")], TOOL_SET),
    "system_mid_conversation": ([SYS, user("Weather?"), {"role": "system", "content": "Answer in one word."},
                                 assistant("", [WEATHER]), tool(WEATHER_JSON)], TOOL_SET),
    "tool_response_as_user_text": ([user("Weather in Oslo?"), assistant("", [WEATHER]),
                                    user("<tool_response>\n" + WEATHER_JSON + "\n</tool_response>")], TOOL_SET),
    "null_content_with_calls": ([user("Weather in Oslo?"), {"role": "assistant", "content": None, "tool_calls": [WEATHER]},
                                 tool(WEATHER_JSON)], TOOL_SET),
    "string_arguments": ([user("Weather in Oslo?"), assistant("", [{"type": "function", "function": {
        "name": "get_weather", "arguments": "{\"city\": \"Oslo\"}"}}])], TOOL_SET),
    "unknown_role": ([user("Hi"), {"role": "function", "content": "legacy"}], TOOL_SET),
    "calls_without_tools_offered": ([user("Weather in Oslo?"), assistant("", [WEATHER]), tool(WEATHER_JSON)], None),
}


def tool_cases(template_text, tokens):
    cases = []
    variants = [(True, name, thinking) for name, thinking in THINKING.items()] + [(False, "thinking_unset", None)]
    for conv_name, (messages, tools) in TOOL_CONVERSATIONS.items():
        for agp, think_name, thinking in variants:
            variables = {"messages": messages, "tools": tools, "documents": None, "add_generation_prompt": agp, **tokens}
            case = {"name": f"tools/{conv_name}/{'gen' if agp else 'nogen'}/{think_name}", "messages": messages,
                    "add_generation_prompt": agp}
            if thinking is not None:
                variables["enable_thinking"] = thinking
                case["enable_thinking"] = thinking
            if tools is not None:
                case["extra"] = {"tools": tools}
            case.update(render(template_text, variables))
            cases.append(case)
    return cases


# Templates that call tools in a Qwen format get the tool conversations as well.
TOOL_TEMPLATES = {"qwen3", "qwen_xml_tools"}


def chat_cases(template_text, tokens):
    cases = []
    for conv_name, messages in CONVERSATIONS.items():
        for agp in (True, False):
            for think_name, thinking in THINKING.items():
                variables = {"messages": messages, "tools": None, "documents": None, "add_generation_prompt": agp, **tokens}
                case = {"name": f"{conv_name}/{'gen' if agp else 'nogen'}/{think_name}", "messages": messages,
                        "add_generation_prompt": agp}
                if thinking is not None:
                    variables["enable_thinking"] = thinking
                    case["enable_thinking"] = thinking
                case.update(render(template_text, variables))
                cases.append(case)
    for name, spec in EXTRA_CASES:
        spec = dict(spec)
        variables = {"messages": spec["messages"], "tools": spec.pop("tools", None), "documents": None,
                     "add_generation_prompt": spec["add_generation_prompt"], **tokens}
        extra = {k: v for k, v in spec.items() if k not in ("messages", "add_generation_prompt", "enable_thinking")}
        if variables["tools"] is not None:
            extra["tools"] = variables["tools"]
        variables.update(extra)
        case = {"name": name, "messages": spec["messages"], "add_generation_prompt": spec["add_generation_prompt"]}
        if "enable_thinking" in spec:
            variables["enable_thinking"] = spec["enable_thinking"]
            case["enable_thinking"] = spec["enable_thinking"]
        if extra:
            case["extra"] = extra
        case.update(render(template_text, variables))
        cases.append(case)
    return cases


def templates():
    """(name, origin, template text, special tokens) of every chat template in the golden set."""
    fixture = SHARED / "fixtures" / "qwen3-tokenizer" / "tokenizer_config.json"
    if not fixture.exists():
        sys.exit(f"{fixture} not found: the Qwen3 golden is made from that fixture.")
    config = json.loads(fixture.read_text(encoding="utf-8"))
    yield "qwen3", "../shared/fixtures/qwen3-tokenizer/tokenizer_config.json (chat_template)", config["chat_template"], special_tokens(config)
    xml = repo_root() / "Harness" / "Prompting" / "Templates" / "qwen_xml_tools.jinja"
    yield ("qwen_xml_tools", "Engine/Templates/qwen_xml_tools.jinja (the project's XML tool-call template)",
           xml.read_text(encoding="utf-8"), {"eos_token": "<|im_end|>", "pad_token": "<|endoftext|>"})
    own = {
        "chatml": {"eos_token": "<|im_end|>"},
        "llama2": {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"},
        "llama3": {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"},
        "gemma": {"bos_token": "<bos>", "eos_token": "<eos>", "pad_token": "<pad>"},
        "mistral": {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"},
        "deepseek_r1": {"bos_token": "<｜begin▁of▁sentence｜>", "eos_token": "<｜end▁of▁sentence｜>"},
        "features": {"bos_token": "<s>", "eos_token": "</s>"},
    }
    for name, tokens in own.items():
        yield name, f"templates/{name}.jinja (written for these tests)", (HERE / "templates" / f"{name}.jinja").read_text(encoding="utf-8"), tokens


SNIPPET_CONTEXT = {
    "s": "Hello, World", "e": "", "u": "Grüße 世界 🚀!", "ws": "  padded \t\n", "q": "it's \"quoted\" \\ back",
    "code": "def f(x):\n    return x * 2\n", "n": 7, "neg": -3, "f": 2.5, "big": 1e20, "small": 1.5e-7,
    "t": True, "no": False, "nil": None, "l": [3, 1, 2], "sl": ["b", "A", "c"], "empty": [],
    "nested": [[1, 2], [3, 4]], "d": {"b": 2, "a": 1, "items": "shadow"}, "d2": {"b": 2, "a": 1, "C": 3},
    "msgs": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo", "extra": None}],
    "people": [{"name": "Ann", "city": "Oslo"}, {"name": "bob", "city": "Lima"}, {"name": "Cid", "city": "oslo"}],
    "tree": [{"name": "a", "children": [{"name": "b", "children": []}, {"name": "c", "children": [{"name": "d", "children": []}]}]}],
    "tools": TOOLS,
}

SNIPPETS = [
    # whitespace control, trim_blocks, lstrip_blocks, comments, raw, newlines
    "a  {%- if true %} b {% endif -%}  c",
    "line1\n    {% if true %}\n    x\n    {% endif %}\nline2",
    "  {{ s }}  \n  {% if t %}yes{% endif %}  \n",
    "  {%+ if true %}x{% endif %}",
    "{% if true +%}\nx{% endif %}",
    "a\n{# comment #}\nb",
    "a\n  {# comment #}\nb\n  {#- trimmed -#}\n  c",
    "{% raw %}{{ not }}{% endraw %}",
    "  {% raw %}\n{{ x }}\n  {% endraw %}\nafter",
    "a {%- raw -%}  b  {%- endraw -%}  c",
    "x\r\ny\rz\n",
    "trailing\n\n",
    "one trailing\n",
    "{{ s -}}   \n  {{- s }}",
    "{%- for i in l -%}\n  {{ i }}\n{%- endfor %}",
    "{% for i in l %}\n  {{ i }}\n{% endfor %}\n",
    "\t{% if t %}\ttab{% endif %}",
    "{{\n  s\n}}|{%\nif t\n%}y{%\nendif\n%}",
    "{%- set x = 5 -%}\n\n  {{ x }}",
    "a {# multi\nline #} b",
    "x  {{- ' y ' -}}  z",
    "{% if t %}\n    indented text\n{% endif %}\n",
    "{% for i in [1, 2] %}\n{{ i }}\n{% endfor %}",
    "    {% for i in [1, 2] %}{{ i }}{% endfor %}  \n  end",
    "{{ '{{' }} {{ '}}' }} {{ '{%' }}",
    # literals and arithmetic
    "{{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 7 / 2 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ 7 % 3 }} {{ -7 % 3 }} {{ 2 ** 10 }} {{ 2 ** -1 }}",
    "{{ 1.0 }} {{ 1e16 }} {{ 1e15 }} {{ 0.1 + 0.2 }} {{ 1/3 }} {{ 1e-5 }} {{ 0.0001 }} {{ 123456789.123 }} {{ -0.0 }} {{ big }} {{ small }} {{ f * 2 }}",
    "{{ 10 / 4 }} {{ 10 / 5 }} {{ 3 * 1.1 }} {{ 2.5|round }} {{ 3.5|round }} {{ 2.675|round(2) }} {{ 7|round }} {{ 7.25|round(1, 'floor') }} {{ 7.21|round(1, 'ceil') }}",
    "{{ 'a' ~ 1 ~ none ~ true ~ 1.5 ~ [1] }}",
    "{{ 'ab' * 3 }} {{ [1] * 2 }} {{ 3 * 'x' }} {{ 'a' + 'b' }} {{ [1] + [2] }} {{ (1,) + (2,) }}",
    "{{ 1_000 }} {{ 0x1F }} {{ 0o17 }} {{ 0b101 }} {{ 1_0.5e1 }} {{ 1e3 }} {{ 2.5e-3 }} {{ 1E2 }}",
    "{{ 'a' 'b' }} {{ \"double\" ~ 'single' }}",
    "{{ 'tab\\there' }} {{ 'nl\\nx' }} {{ '\\x41\\u00e9\\U0001F600\\101' }} {{ 'back\\\\slash' }} {{ 'unknown\\q' }} {{ \"it's\" }} {{ 'a\\'b' }}",
    "{{ 'é\\é' }} {{ '\\\n' }}",
    "{{ -2 ** 2 }} {{ 2 ** 3 ** 2 }} {{ not n == 7 }} {{ not (n == 7) }} {{ -n|abs }} {{ -(n|abs) }} {{ +n }}",
    "{{ t + t }} {{ t * 3 }} {{ n - f }} {{ n / 7 }} {{ n // 2.0 }} {{ 5.5 % 2 }} {{ -5.5 % 2 }} {{ 2 ** 0.5 }}",
    # slicing and indexing
    "{{ s[0] }} {{ s[-1] }} {{ s[1:4] }} {{ s[::-1] }} {{ s[::2] }} {{ s[-3:] }} {{ s[:-3] }} {{ s[100:] }} {{ s[5:1] }} {{ s[5:1:-1] }} {{ s[-100:2] }}",
    "{{ u[::-1] }} {{ u|length }} {{ u[6] }} {{ u[-2:] }} {{ u[9] }}",
    "{{ l[::-1] }} {{ l[1:] }} {{ l[-1] }} {{ nested[1][0] }} {{ nested.0.1 }} {{ l[10] }} {{ l[-10] is defined }} {{ (1, 2)[5] }}",
    "{{ {'a': {'b': [1, {'c': 2}]}}['a']['b'][1]['c'] }} {{ {'a':{'b':1}} }} {{ [[1]][0][0] }}",
    # comparisons and logic
    "{{ 1 < 2 < 3 }} {{ 1 < 3 < 2 }} {{ 1 == 1.0 }} {{ 'a' < 'b' }} {{ [1,2] < [1,3] }} {{ none == none }} {{ t == 1 }} {{ 2 >= 2 }} {{ 'B' < 'a' }} {{ 1 != 1.0 }}",
    "{{ 'a' in 'cat' }} {{ 2 in l }} {{ 'a' in d }} {{ 'z' not in d }} {{ 'x' in undefined_var }} {{ 1.0 in l }} {{ [1, 2] in nested }}",
    "{{ t and 'yes' }} {{ no or 'fallback' }} {{ nil or empty or 0 }} {{ not nil }} {{ s and n }} {{ e and 1 }} {{ n > 5 and 'big' or 'small' }}",
    "{{ 'y' if t else 'n' }} {{ 'y' if no }} {{ ('y' if no) is defined }} {{ 'a' if no else 'b' if nil else 'c' }}",
    "{% if t %}a{% elif n %}b{% else %}c{% endif %}{% if no %}a{% elif n %}b{% else %}c{% endif %}{% if no %}a{% elif nil %}b{% else %}c{% endif %}",
    # str() and repr() of values
    "{{ l }} {{ d }} {{ msgs }} {{ (1,) }} {{ () }} {{ (1, 'a') }} {{ nil }} {{ t }} {{ q }} {{ [q] }} {{ ['a\\nb'] }} {{ [u] }} {{ [1.0, -0.5, 1e22] }}",
    "{{ ['\\x00\\x7f\\u200b\\u00a0\\xad', \"'\", '\"', '\\'\"'] }}",
    "{{ 1, 2 }} {{ {'k': none, 1: true, 2.5: [], (1, 2): 'tuple key'} }}",
    # attribute and item access
    "{{ d.a }} {{ d['b'] }} {{ d.items is defined }} {{ d.missing }} {{ d['items'] }} {{ d.get('a') }} {{ d.get('zz', 'dflt') }} {{ d.get('zz') }}",
    "{{ msgs[0].role }} {{ msgs[1].extra }} {{ msgs[1].extra is none }} {{ msgs[0].extra is defined }} {{ msgs[5] is defined }} {{ msgs[0].nope|length }} {{ msgs[0].nope|default('d') }}",
    "{{ nil.attr }}|{{ d[[1]] }}|{{ s.nope }}|{{ n.nope }}|{{ d|attr('a') }}|{{ s['upper']() }}",
    # string methods
    "{{ s.upper() }} {{ s.lower() }} {{ s.startswith('Hell') }} {{ s.endswith('x') }} {{ s.split(', ') }} {{ s.split('o', 1) }} {{ ws.strip() }} {{ ws.lstrip() }}| {{ ws.rstrip() }}|",
    "{{ s.replace('l', 'L') }} {{ s.strip('Hd') }} {{ s.rsplit('o', 1) }} {{ ws.split() }} {{ s.title() }} {{ s.capitalize() }} {{ s.find('World') }} {{ s.rfind('o') }} {{ s.count('l') }}",
    "{{ code.splitlines() }} {{ code.splitlines(true) }} {{ s.isalpha() }} {{ '123'.isdigit() }} {{ s.zfill(15) }} {{ s.ljust(15, '.') }} {{ s.rjust(15) }} {{ s.center(16, '*') }} {{ s.center(17) }}|",
    "{{ s.partition(', ') }} {{ s.rpartition('x') }} {{ ','.join(sl) }} {{ s.startswith(('x', 'He')) }} {{ s.startswith('World', 7) }} {{ s.endswith('Hello', 0, 5) }} {{ s.index('W') }}",
    "{{ 'a,b,,c'.split(',') }} {{ '  a  b  '.split() }} {{ '  a  b  '.split(none, 1) }} {{ 'a b c'.rsplit(none, 1) }} {{ ''.split() }} {{ ''.split(',') }} {{ 'xxaxx'.strip('x') }}",
    "{{ s.removeprefix('Hello') }} {{ s.removesuffix('World') }} {{ 'a\\tb'.expandtabs(4) }} {{ 'Hello World'.swapcase() }} {{ 'hello world'.istitle() }} {{ 'Abc'.isupper() }} {{ 'abc'.islower() }}",
    "{{ u.upper() }} {{ u.lower() }} {{ u.split() }} {{ u.find('🚀') }} {{ u.startswith('Grü') }} {{ u|reverse }} {{ u|list }}",
    "{{ 'straße ﬁne'|upper }} {{ 'İ'|lower|length }} {{ 'ǅ'|lower }} {{ 'ΟΔΟΣ'|lower }}",
    "{{ '{} and {}'.format('a', 2) }} {{ '{0}{1}{0}'.format('x', 'y') }} {{ '{name}!'.format(name='n') }} {{ '{:>6}|{:<4}|{:^7}|{:.2f}|{:,}'.format('r', 'l', 'c', 3.14159, 1234567) }} {{ '{!r}'.format('q') }} {{ '{{}}'.format() }}",
    "{{ '%s-%s'|format('a', 'b') }} {{ '%05.1f|%-4d|%x'|format(3.14159, 7, 255) }} {{ '%(a)s'|format(a=1) }} {{ '%r' % 'q' }} {{ '%5s|%-5s|' % ('a', 'b') }} {{ '%d%%' % 50 }} {{ '%s' % [1] }} {{ '%.3e' % 12345.678 }} {{ '%g|%g' % (0.0001, 123456789) }}",
    # string filters
    "{{ s|length }} {{ s|upper }} {{ s|lower }} {{ s|title }} {{ 'hello-world foo(bar) [x]y'|title }} {{ s|capitalize }} {{ ws|trim }}|{{ s|trim('Hd') }} {{ s|replace('o', '0') }} {{ s|replace('l', '', 1) }}",
    "{{ s|reverse }} {{ s|first }} {{ s|last }} {{ s|list }} {{ s|wordcount }} {{ s|center(20) }}| {{ s|truncate(8) }} {{ 'a b c d e f g h i j'|truncate(9, leeway=0) }} {{ s|truncate(5, true, '…', 0) }} {{ s|truncate(255) }}",
    "{{ code|indent }}|{{ code|indent(2, true) }}|{{ 'a\\n\\nb'|indent(2, blank=true) }}|{{ 'x\\ny'|indent('> ') }}",
    "{{ s|e }} {{ '<a href=\"x\">&</a>'|e }} {{ '<b>'|safe }} {{ ('<b>'|safe) + '<i>' }} {{ '<i>' + ('<b>'|safe) }} {{ '<x>'|escape|length }} {{ '<b>'|forceescape }}",
    "{{ n|string ~ '!' }} {{ f|string }} {{ nil|string }} {{ l|string }} {{ undefined_var|string }}|{{ t|string|length }}",
    # numeric filters
    "{{ '42'|int }} {{ '42.7'|int }} {{ 'x'|int }} {{ 'x'|int(-1) }} {{ '0x1A'|int(0, 16) }} {{ 3.9|int }} {{ -3.9|int }} {{ '3.5'|float }} {{ 'abc'|float }} {{ 5|float }} {{ f|abs }} {{ neg|abs }} {{ ' 12 '|int }} {{ '1_000'|int }} {{ '1e3'|float }} {{ t|int }}",
    # list filters
    "{{ l|sort }} {{ l|sort(reverse=true) }} {{ sl|sort }} {{ sl|sort(case_sensitive=true) }} {{ l|max }} {{ l|min }} {{ sl|max }} {{ sl|max(case_sensitive=true) }} {{ l|sum }} {{ l|sum(start=10) }}",
    "{{ l|first }} {{ l|last }} {{ l|length }} {{ l|list }} {{ l|reverse|list }} {{ [1,1,2,'a','A']|unique|list }} {{ l|join }} {{ l|join('-') }} {{ [none, 1.0, true]|join(',') }}",
    "{{ l|batch(2)|list }} {{ l|batch(2, 0)|list }} {{ [1,2,3,4,5]|slice(2)|list }} {{ [1,2,3,4]|slice(3, 'x')|list }} {{ empty|first is defined }} {{ empty|max is defined }} {{ empty|join }}|{{ empty|sum }}",
    "{{ [3, 1, 2]|sort|first }} {{ [{'n': 2}, {'n': 1}]|sort(attribute='n')|map(attribute='n')|list }} {{ people|map(attribute='name')|sort|join }} {{ people|sort(attribute='city,name')|map(attribute='name')|join }} {{ people|sort(attribute='city', reverse=true)|map(attribute='name')|join }}",
    "{{ msgs|map(attribute='role')|list }} {{ l|map('string')|join(',') }} {{ sl|map('upper')|list }} {{ l|select('odd')|list }} {{ l|reject('odd')|list }} {{ l|select('gt', 1)|list }} {{ l|select('in', [1, 2])|list }}",
    "{{ msgs|selectattr('extra')|list }} {{ msgs|selectattr('extra', 'none')|list }} {{ msgs|selectattr('extra', 'defined')|map(attribute='content')|list }} {{ [0, 1, '', 'a', none]|select|list }} {{ msgs|map(attribute='missing', default='?')|list }} {{ msgs|rejectattr('role', 'equalto', 'user')|map(attribute='content')|first }}",
    "{% if empty|select %}truthy{% endif %} {% if empty %}x{% else %}falsy{% endif %} {{ (l|select('odd'))|list|length }} {{ l|map('int')|sum }} {{ nested|map('sum')|list }} {{ sl|map('replace', 'b', 'B')|list }}",
    "{% for g in people|groupby('city') %}{{ g.grouper }}:{{ g.list|map(attribute='name')|join(',') }};{% endfor %} {% for city, ps in people|groupby('city', case_sensitive=true) %}{{ city }}={{ ps|length }};{% endfor %}",
    "{{ d|dictsort }} {{ d2|dictsort(reverse=true) }} {{ d2|dictsort(by='value') }} {{ d2|dictsort(true) }} {{ d|items|list }} {{ d|list }} {{ d|length }} {{ d|first }} {{ d.keys()|list }} {{ d.values()|list }} {{ d.items()|list }}",
    "{{ l|map('string')|map('length')|list }} {{ people|map(attribute='name')|map('lower')|select('ne', 'bob')|list }} {{ tree|map(attribute='children')|first|map(attribute='name')|join }}",
    # tojson
    "{{ tools|tojson }}",
    "{{ tools[0]|tojson(indent=2) }}",
    "{{ d|tojson(sort_keys=true) }} {{ u|tojson }} {{ u|tojson(ensure_ascii=true) }} {{ q|tojson }} {{ [1.0, 2, none, true, 'x\\u0001\\u007f'] |tojson }} {{ {1: 'a', none: 'b', true: 'c', 2.5: 'd'}|tojson }} {{ 'a<b>&\\'' |tojson }}",
    "{{ [[], {}]|tojson(indent=2) }} {{ d|tojson(separators=(',', ':')) }} {{ nested|tojson(indent='\\t') }} {{ {'z': 1, 'a': {'y': 2, 'b': 3}}|tojson(sort_keys=true, indent=1) }} {{ 1e20|tojson }} {{ small|tojson }}",
    # tests
    "{{ s is string }} {{ n is number }} {{ t is number }} {{ n is integer }} {{ t is integer }} {{ f is float }} {{ t is boolean }} {{ l is sequence }} {{ d is sequence }} {{ s is sequence }} {{ n is sequence }} {{ d is mapping }} {{ l is mapping }}",
    "{{ l is iterable }} {{ undefined_var is iterable }} {{ n is iterable }} {{ nil is none }} {{ n is odd }} {{ n is even }} {{ 9 is divisibleby 3 }} {{ n is gt 5 }} {{ n is lessthan 5 }} {{ n is eq 7 }} {{ n is ne 7 }} {{ n is ge 8 }} {{ n is le 7 }}",
    "{{ 'abc' is lower }} {{ 'ABC' is upper }} {{ n is in l }} {{ 2 is in l }} {{ none is sameas none }} {{ t is true }} {{ 1 is true }} {{ no is false }} {{ range is callable }} {{ s is callable }} {{ s.upper is callable }}",
    "{{ 'upper' is filter }} {{ 'nope' is filter }} {{ 'odd' is test }} {{ s|escape is escaped }} {{ s is escaped }} {{ undefined_var is undefined }} {{ undefined_var is not defined }} {{ nil is defined }} {{ msgs is not string }}",
    # loops
    "{% for x in l %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }}{{ loop.depth }}{{ loop.depth0 }}|{% endfor %}",
    "{% for x in l if x > 1 %}{{ loop.index }}/{{ loop.length }}:{{ x }} {% else %}none{% endfor %}{% for x in empty %}x{% else %}EMPTY{% endfor %}{% for x in l if x > 5 %}x{% else %}FILTERED{% endfor %}",
    "{% for k in d %}{{ k }}{% endfor %} {% for k, v in d.items() %}{{ k }}={{ v }} {% endfor %} {% for c in 'abc' %}{{ c }}.{% endfor %} {% for c in undefined_var %}x{% endfor %}",
    "{% for a, b in nested %}{{ a + b }}{% endfor %} {% for (a, b) in nested %}{{ a * b }} {% endfor %} {% for a, (b, c) in [(1, (2, 3))] %}{{ a }}{{ b }}{{ c }}{% endfor %}",
    "{% for i in range(3) %}{% for j in range(i) %}{{ i }}{{ j }}{{ loop.index }} {% endfor %}{{ loop.index }}|{% endfor %}",
    "{% for n in tree recursive %}<{{ n.name }}{{ loop.depth }}{% if n.children %}{{ loop(n.children) }}{% endif %}>{% endfor %}",
    "{% for x in [1,1,2,2,3] %}{{ loop.cycle('a','b','c') }}{% if loop.changed(x) %}*{% endif %}{% endfor %}",
    "{% for x in l %}{{ loop.previtem|default('^') }}{{ x }}{{ loop.nextitem|default('$') }} {% endfor %}",
    "{{ range(5)|list }} {{ range(2, 10, 3)|list }} {{ range(5, 0, -2)|list }} {{ range(0)|list }} {{ range(3) }}|{{ loop }}|",
    "{% for i in range(10) %}{% if i is even %}{% continue %}{% endif %}{% if i > 6 %}{% break %}{% endif %}{{ i }}{% endfor %}",
    "{% for i in range(3) %}{% for j in range(3) %}{% if j == 1 %}{% break %}{% endif %}{{ i }}{{ j }} {% endfor %}{% endfor %}",
    "{% for m in msgs %}{{ loop.index }}:{{ m.role }}{% for k, v in m|dictsort %}[{{ k }}={{ v }}]{% endfor %} {% endfor %}",
    # scoping
    "{% set x = 1 %}{% for i in [1,2] %}{{ x }}{% set x = x + 10 %}{{ x }} {% endfor %}{{ x }}",
    "{% set x = 1 %}{% if true %}{% set x = 2 %}{% endif %}{{ x }}",
    "{% for i in [1, 2] %}{% if i == 2 %}{{ y }}{% endif %}{% set y = i %}{% endfor %}[{{ y }}]",
    "{% for i in [] %}{% else %}{% set q = 1 %}{{ q }}{% endfor %}[{{ q }}]",
    "{% set ns = namespace(c=0, items=[]) %}{% for i in l %}{% set ns.c = ns.c + i %}{% set ns.items = ns.items + [i] %}{% endfor %}{{ ns.c }} {{ ns.items }} {{ ns }}",
    "{% set ns = namespace({'a': 1}, b=2) %}{{ ns.a }}{{ ns.b }}{{ ns['a'] }}{{ ns.c }}",
    "{% with a = 1, b = 2 %}{{ a + b }}{% set c = 3 %}{% endwith %}{{ a is defined }}{{ c is defined }}",
    "{% set a, b = 1, 2 %}{{ a }}{{ b }} {% set t2 = 1, %}{{ t2 }} {% set x = 3 if false else 4 %}{{ x }}",
    "{% set block %}  x {{ n }}  {% endset %}[{{ block }}] {% set b2 | upper | trim %}  hi  {% endset %}[{{ b2 }}]",
    "{% filter replace('a', 'b') %}banana{% endfilter %} {% filter upper|reverse %}abc{% endfilter %}",
    "{% set messages = msgs[1:] %}{{ messages|length }}{% for m in messages %}{{ m.role }}{% endfor %}",
    # macros
    "{% macro m(a, b='B', c=a ~ '!') %}{{ a }}{{ b }}{{ c }}{% endmacro %}{{ m(1) }} {{ m(1, 2) }} {{ m(a=3, c=4) }} {{ m() }}",
    "{% macro v() %}{{ varargs }}{{ kwargs }}{% endmacro %}{{ v(1, 2, k=3) }} {{ v() }}",
    "{% macro outer() %}{{ inner() }}{% endmacro %}{% macro inner() %}in{% endmacro %}{{ outer() }}",
    "{% macro m() %}{{ caller('x') }}{% endmacro %}{% call(arg) m() %}got {{ arg }}{% endcall %}",
    "{% macro rec(n) %}{{ n }}{% if n > 0 %}{{ rec(n - 1) }}{% endif %}{% endmacro %}{{ rec(3) }}",
    "{% macro m() %} a {% endmacro %}[{{ m()|trim }}] {{ m() is string }} {{ m()|length }} {{ m }}",
    "{% set g = 'outer' %}{% macro m() %}{{ g }}{% set g = 'inner' %}{{ g }}{% endmacro %}{{ m() }}{{ g }}",
    "{% macro m(x) %}{% for i in range(x) %}{{ i }}{% endfor %}{% endmacro %}{% for j in [2, 3] %}{{ m(j) }};{% endfor %}",
    "{% macro m(content) %}{% if content is string %}{{ content }}{% elif content is iterable and content is not mapping %}{% for c in content %}{{ c.text }}{% endfor %}{% endif %}{% endmacro %}{{ m('s') }}|{{ m([{'text': 'a'}, {'text': 'b'}]) }}|{{ m(none) }}",
    # globals
    "{{ dict(a=1, b=[1, 2]) }} {{ dict({'x': 1}, y=2) }} {{ dict([('k', 'v')]) }} {{ strftime_now('%Y') is string }} {{ strftime_now('%d %b %Y')|length }}",
    "{% set j = joiner(' | ') %}{% for x in l %}{{ j() }}{{ x }}{% endfor %} {% set c = cycler('a', 'b') %}{{ c.next() }}{{ c.next() }}{{ c.next() }}{{ c.current }}",
    "{% generation %}generated {{ n }}{% endgeneration %}",
    "{{ 'x' ~ undefined_var ~ 'y' }} {{ undefined_var|default('dflt') }} {{ undefined_var|length }} {{ undefined_var|join }}|{{ undefined_var|list }} {{ undefined_var|first is defined }} {{ undefined_var|items|list }}",
    "{% if not messages %}no messages{% endif %} {{ messages|length - 1 }} {{ (undefined_var or 'a') }}",
    # errors (golden records the exception)
    "{{ raise_exception('boom') }}",
    "before {% if n > 5 %}{{ raise_exception('n is ' ~ n) }}{% endif %} after",
    "{{ 1 + 'a' }}",
    "{{ 'a' + 1 }}",
    "{{ undefined_var + 1 }}",
    "{{ undefined_var.attr }}",
    "{{ nil.attr.more }}",
    "{{ l.append(4) }}",
    "{{ d.pop('a') }}",
    "{{ 1 / 0 }}",
    "{{ 5 % 0 }}",
    "{{ n|nosuchfilter }}",
    "{{ n is nosuchtest }}",
    "{% for %}",
    "{% if t %}unclosed",
    "{% endfor %}",
    "{{ 'abc' < 1 }}",
    "{% set l.x = 1 %}",
    "{{ undefined_var() }}",
    "{{ s() }}",
    "{{ range(1000000)|length }}",
    "{{ l|select('odd')|length }}",
    "{% macro m(x) %}{{ x }}{% endmacro %}{{ m(1, 2) }}",
    "{% macro m(x) %}{{ x }}{% endmacro %}{{ m(y=2) }}",
    "{{ msgs[5].role }}",
    "{{ 'abc'.nosuchmethod() }}",
    "{{ l[1:2:0] }}",
    "{% for a, b in l %}{% endfor %}",
    "{{ none|tojson }}{{ undefined_var|tojson }}",
    "{% unknowntag %}",
    "{{ s|int + 1 }}",
    "{{ 'a' in 1 }}",
    "{{ 1 in 'abc' }}",
    "{{ -s }}",
    "{{ x = 1 }}",
    "{{ 'unterminated }}",
    "{{ foo bar }}",
    "{{ (1, 2 }}",
    "{{ l|join(', ') ~ 'x' if t }}{{ n is divisibleby(0) }}",
]


def whitespace_snippets(count=150):
    """Random mixes of text and tags with every whitespace-control sign: the lexer's trimming rules are subtle."""
    rng = random.Random(20240601)
    texts = ["", " ", "  ", "\n", " \n", "\n  ", "\t\n\t", "x", " y ", "\n\n", "  z\n", "\n \n "]
    signs = ["", "-", "+"]
    out = []
    for _ in range(count):
        def t():
            return rng.choice(texts)
        def sign():
            return rng.choice(signs)
        def block(body):
            return "{%" + sign() + " " + body + " " + sign() + "%}"
        parts = [t(), block("if t"), t(), "{{" + rng.choice(["", "-"]) + " n " + rng.choice(["", "-"]) + "}}", t(),
                 "{#" + sign() + " c " + sign() + "#}", t(), block("for i in l"), t(), "{{ i }}", t(), block("endfor"),
                 t(), block("else"), t(), block("endif"), t()]
        if rng.random() < 0.3:
            parts.insert(rng.randrange(len(parts)), "{% raw %}" + t() + "{{ raw }}" + t() + "{%" + sign() + " endraw " + sign() + "%}")
        out.append("".join(parts))
    return out


def expression_snippets(count=400):
    """Random expressions over the snippet context: operators, filters, methods, subscripts and literals mixed."""
    rng = random.Random(7)
    atoms = ["s", "e", "u", "ws", "q", "n", "neg", "f", "t", "no", "nil", "l", "sl", "empty", "nested", "d", "msgs",
             "undefined_var", "0", "1", "-2", "3.5", "1e3", "'a'", "'Ab c'", "\"x'y\"", "[]", "[1, 'b']", "{'k': 1}",
             "none", "true", "false", "(1, 2)", "msgs[0]", "d.a", "l[0]", "s[1:3]"]
    # No ** (negative bases give complex numbers) and no slices below (Jinja folds constant slices differently):
    # both are covered by the hand-written snippets.
    binops = ["+", "-", "*", "/", "//", "%", "~", "==", "!=", "<", ">", "<=", ">=", "and", "or", "in", "not in"]
    filters = ["length", "upper", "lower", "trim", "first", "last", "join", "join(', ')", "string", "list", "reverse",
               "sort", "default('D')", "default('D', true)", "tojson", "int", "float", "abs", "round", "unique|list",
               "count", "capitalize", "title", "center(9)", "sum", "max", "min", "items|list", "dictsort",
               "select|list", "map('string')|list", "replace('a', 'b')", "truncate(9)", "wordcount", "indent(2)",
               "batch(2)|list", "e", "safe", "float|round(1)", "int|abs"]
    methods = [".upper()", ".lower()", ".split()", ".strip()", ".startswith('a')", ".endswith('c')", ".replace('a', 'b')",
               ".title()", ".split(',')", ".count('a')", ".find('b')", "[0]", "[-1]", ".keys()",
               ".get('a')", ".items()", ".role", ".content", "[5]", "['b']"]
    tests = ["defined", "none", "string", "number", "mapping", "sequence", "iterable", "odd", "even", "integer",
             "float", "boolean", "lower", "upper", "true", "false", "callable"]

    def expr(depth):
        r = rng.random()
        if depth <= 0 or r < 0.25:
            return rng.choice(atoms)
        if r < 0.45:
            return f"({expr(depth - 1)} {rng.choice(binops)} {expr(depth - 1)})"
        if r < 0.6:
            return f"({expr(depth - 1)})|{rng.choice(filters)}"
        if r < 0.72:
            return f"({expr(depth - 1)}){rng.choice(methods)}"
        if r < 0.8:
            return f"({expr(depth - 1)} is {rng.choice(['', 'not '])}{rng.choice(tests)})"
        if r < 0.87:
            return f"(not {expr(depth - 1)})"
        if r < 0.94:
            return f"({expr(depth - 1)} if {expr(depth - 1)} else {expr(depth - 1)})"
        return f"[{expr(depth - 1)}, {expr(depth - 1)}]"

    return ["{{ " + expr(3) + " }}" for _ in range(count)]


def statement_snippets(count=250):
    """Random nestings of for/if/set/namespace/with/macro/break/continue with whitespace control: scoping, loop
    state, for-else and lazy loop filters interact in ways hand-written cases miss."""
    rng = random.Random(11)

    def tag(body):
        return "{%" + rng.choice(["", "-", "+"]) + " " + body + " " + rng.choice(["", "-", "+"]) + "%}"

    def ws():
        return rng.choice(["", "", " ", "\n", "\n  ", "  \n", "\t"])

    def expr(ctx):
        options = ["a", "b", "c", "ns.x", "ns.y", "'s'", "1", "a is defined", "b ~ '|'", "(ns.x or 0)|string ~ 1",
                   "c|default('C')", "[a, b]|length", "n", "s[:3]", "l|join(',')", "ns.y ~ a|string"]
        if ctx.get("loop"):
            options += ["loop.index", "loop.first", "loop.last", "loop.length", "loop.revindex0", "it",
                        "loop.previtem|default('^')", "loop.cycle('o', 'e')"]
            if ctx.get("msg"):
                options += ["it.role", "it.content", "it.content.split()|first", "it.role == 'user'"]
        if ctx.get("macro"):
            options += ["p", "q", "p ~ q"]
        return rng.choice(options)

    def cond(ctx):
        e = expr(ctx)
        r = rng.random()
        if r < 0.3:
            return e
        if r < 0.5:
            return "not " + e
        if r < 0.7:
            return e + " and " + expr(ctx)
        return e + " " + rng.choice(["==", "!=", ">", "<"]) + " " + expr(ctx)

    def block(depth, ctx):
        parts = []
        for _ in range(rng.randint(1, 4)):
            r = rng.random()
            if depth <= 0 or r < 0.25:
                parts.append(rng.choice(["x", "\n", "  ", "y\n", "{{" + rng.choice(["", "-"]) + " " + expr(ctx) + " "
                                         + rng.choice(["", "-"]) + "}}"]) + ws())
            elif r < 0.4:
                text = tag("if " + cond(ctx)) + ws() + block(depth - 1, ctx)
                if rng.random() < 0.4:
                    text += tag("elif " + cond(ctx)) + block(depth - 1, ctx)
                if rng.random() < 0.5:
                    text += tag("else") + block(depth - 1, ctx)
                parts.append(text + tag("endif") + ws())
            elif r < 0.55:
                seq = rng.choice(["msgs", "l", "msgs[::-1]", "l|reverse", "sl", "empty", "(msgs if a else l)"])
                inner = dict(ctx, loop=True, msg="msgs" in seq)
                test = " if " + cond(inner) if rng.random() < 0.2 else ""
                body = block(depth - 1, inner)
                if rng.random() < 0.3:
                    body += tag("if " + cond(inner)) + tag(rng.choice(["break", "continue"])) + tag("endif")
                other = tag("else") + block(depth - 1, ctx) if rng.random() < 0.3 else ""
                parts.append(tag("for it in " + seq + test) + ws() + body + other + tag("endfor") + ws())
            elif r < 0.7:
                parts.append(tag("set " + rng.choice(["a", "b", "c"]) + " = " + expr(ctx)) + ws())
            elif r < 0.8:
                parts.append(tag("set ns." + rng.choice(["x", "y"]) + " = " + expr(ctx)) + ws())
            elif r < 0.87 and not ctx.get("macro"):
                parts.append("{{" + rng.choice(["", "-"]) + " mac(" + expr(ctx) + ") " + rng.choice(["", "-"]) + "}}" + ws())
            elif r < 0.93:
                parts.append(tag("with a = " + expr(ctx)) + block(depth - 1, ctx) + tag("endwith") + ws())
            else:
                parts.append(tag("set b") + block(depth - 1, ctx) + tag("endset") + ws())
        return "".join(parts)

    return ["{% set ns = namespace(x=0, y='') %}" + tag("macro mac(p, q=1)") + block(1, {"macro": True})
            + tag("endmacro") + ws() + block(3, {}) for _ in range(count)]


def main():
    meta = {"generator": "Tests/Goldens/chat_template/make_goldens.py", "jinja2": jinja2.__version__}
    total = 0
    for name, origin, text, tokens in templates():
        cases = chat_cases(text, tokens) + (tool_cases(text, tokens) if name in TOOL_TEMPLATES else [])
        total += len(cases)
        data = {**meta, "name": name, "origin": origin, "template": text, "special_tokens": tokens, "cases": cases}
        (HERE / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        errors = sum(1 for c in cases if "error" in c)
        print(f"{name}.json: {len(cases)} cases ({errors} errors)")
    snippets = []
    for i, text in enumerate(SNIPPETS):
        snippets.append({"name": f"snippet{i:03d}", "template": text, **render(text, SNIPPET_CONTEXT)})
    (HERE / "snippets.json").write_text(json.dumps({**meta, "context": SNIPPET_CONTEXT, "cases": snippets},
                                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"snippets.json: {len(snippets)} snippets ({sum(1 for c in snippets if 'error' in c)} errors)")
    fuzz = []
    for i, text in enumerate(whitespace_snippets() + expression_snippets() + statement_snippets()):
        fuzz.append({"name": f"fuzz{i:03d}", "template": text, **render(text, SNIPPET_CONTEXT)})
    (HERE / "fuzz.json").write_text(json.dumps({**meta, "context": SNIPPET_CONTEXT, "cases": fuzz},
                                               ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"fuzz.json: {len(fuzz)} generated snippets ({sum(1 for c in fuzz if 'error' in c)} errors)")
    print(f"total: {total + len(snippets) + len(fuzz)}")


if __name__ == "__main__":
    main()
