// Writes the tokenizer golden data: corpus.jsonl (the texts) and, per tokenizer, <name>.encode.jsonl (the
// reference ids of each corpus line, plus the reference decode where it differs from the text) and
// <name>.decode.jsonl (random id sequences and their reference decode, with and without special tokens).
// The reference is the npm package `tokenizers` (the Hugging Face Rust library's Node binding).
// The corpus is generated from a fixed seed, so rerunning gives the same files unless the reference changes.
// Run: NODE_PATH=/tmp/tokgold/node_modules node Tests/Goldens/tokenizer/make_goldens.js [path/to/shared]
"use strict";
const { Tokenizer } = require("tokenizers");
const fs = require("fs");
const path = require("path");

const here = __dirname;
const shared = process.argv[2] || path.join(here, "..", "..", "..", "..", "shared");
const tokenizers = {
  qwen3: path.join(shared, "fixtures", "qwen3-tokenizer", "tokenizer.json"),
  gpt2: path.join(shared, "fixtures", "ort-genai-test-models", "tiny-random-gpt2-fp32", "tokenizer.json"),
};

// mulberry32: a small seeded generator, so the corpus is the same on every run.
function rng(seed) {
  return function () {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20240611);
const int = (n) => Math.floor(rand() * n);
const pick = (arr) => arr[int(arr.length)];
const cp = (c) => String.fromCodePoint(c);
const range = (a, b) => cp(a + int(b - a + 1));

const corpus = [];
const add = (s) => corpus.push(s);

// --- fixed cases: the pitfalls named in the design, one per line -------------------------------------------
[
  "", " ", "  ", "\n", "\t", "\r\n", "a", "Hello world", " Hello world", "Hello  world", "Hello world ",
  "DON'T", "it'S", "it's", "It'S", "WE'RE", "we'Re", "I'M", "i'm", "YOU'LL", "you'Ll", "THEY'VE", "he'D", "'s", "'S",
  "it'ſ", "IT'ſ", "'K", "'\u212A", "'k", "x'\u212Aa", "y'all", "rock'n'roll", "it’s", "'''docstring'''", "''", "'",
  "𝒜", "𝒜𝒷𝒸", "a𝒜b", " 𝒜", "'𝒜", "𝟙", "𝟙𝟚𝟛", "x𝟙y", " 𝟙", "1𝟙1", "😀", "a😀b", " 😀", "😀😀", "😀a", "𝒜😀𝟙",
  "👨‍👩‍👧‍👦", "👍🏽", "👍🏽👍🏿", " 👩🏾‍💻 ", "🇺🇸🇯🇵", "1️⃣", "❤️", "🏳️‍🌈", "𐐀𐐨", "𐌰𐌱𐌲", "𒀀𒀁", "𠀀𠀁", "a\u{E0041}b",
  "<|im_start|>user\nHello<|im_end|>\n", "<|im_start|>assistant\n<think>\n\n</think>\n\n", "<think>", "</think>",
  "<|im_start|>", "<|im_start|", "<|im_start", "<<|im_end|>>", "<|im_end|><|im_start|>", " <|im_start|> ",
  "a<|endoftext|>b", "<|endoftext|>", "<Think>", "< think>", "<tool_call>\n{\"name\": \"f\"}\n</tool_call>",
  "<|fim_prefix|>def f():<|fim_suffix|>\n<|fim_middle|>", "e\u0301", "\u00e9", "e\u0301\u0323", "e\u0323\u0301",
  "\u1e0b\u0323", "d\u0307\u0323", "\u212b", "\u2126", "\u0344", "\u1100\u1161\u11a8", "\uac00\u11a8", "\ud55c\uad6d\uc5b4",
  "\ufb01", "\u00a0", "\u3000x", "x\u2028y", "a\u0085b", "\u000b\u000c", "\u0000", "\u0001\u0002", "\u200b\u200c\u200d",
  "\ufeffBOM", "\uffff", "\ufffd", "\u{10ffff}", "\u{e000}", "\u{f0000}", "123456789", "3.14159", "1,000,000",
  "٠١٢٣٤٥٦٧٨٩", "１２３", "²³", "ⅫⅣ", "    ", "\t\t\t\t", "        x", "x        ", " \n \n ", "\n\n\n", "  \n  ",
].forEach(add);

// --- Python code ------------------------------------------------------------------------------------------
const snippets = [
  "def add(a, b):\n    return a + b\n",
  "def fib(n: int) -> int:\n    \"\"\"Return the n-th Fibonacci number.\"\"\"\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
  "import os\nimport sys\nfrom typing import List, Dict\n\n\nclass Foo(object):\n    pass\n",
  "for i in range(10):\n\tif i % 2 == 0:\n\t\tprint(i)\n",
  "x = [i ** 2 for i in range(100) if i % 3]\n",
  "with open('data.txt', 'r', encoding='utf-8') as f:\n    lines = f.readlines()\n",
  "    # TODO: handle the edge case\n    pass\n",
  "try:\n    result = compute()\nexcept (ValueError, KeyError) as e:\n    raise RuntimeError(f\"failed: {e!r}\") from e\n",
  "@dataclass(frozen=True)\nclass Point:\n    x: float = 0.0\n    y: float = 0.0\n",
  "lambda x, y: x if x > y else y",
  "print(\"Hello, world!\")\r\n",
  "assert candidate([1, 2, 3]) == 6, 'sum failed'\n",
  "async def main():\n    await asyncio.sleep(0.1)\n\nasyncio.run(main())\n",
  "s = '''multi\nline\n   string'''\n",
  "d = {'a': 1, \"b\": [2, 3], 'c': {'d': None}}\n",
  "if __name__ == \"__main__\":\n    main()\n",
  "return sorted(set(xs), key=lambda t: (-t[1], t[0]))[:k]\n",
  "    \n    \n",
  "x=1;y=2;z=x+y  # sum\n",
  "0x1F, 0o17, 0b1010, 1e-10, 1_000_000, 3.14j\n",
  "re.compile(r'^\\s*(\\d+)\\s*$')\n",
  "def f(*args, **kwargs):\n    ...\n",
  "class Node:\n    def __init__(self, val=0, next=None):\n        self.val = val\n        self.next = next\n",
  "    return ''.join(reversed(s))",
  "\tdef indented_with_tab(self):\n\t\treturn self._x\n",
];
const indents = ["", "  ", "    ", "\t", "        ", "\t\t", "   ", " \t"];
for (let i = 0; i < 700; i++) {
  const n = 1 + int(3);
  let s = "";
  for (let k = 0; k < n; k++) {
    let piece = pick(snippets);
    const indent = pick(indents);
    if (indent) piece = piece.split("\n").map((l) => (l ? indent + l : l)).join("\n");
    if (rand() < 0.2) piece = piece.replace(/\n/g, "\r\n");
    if (rand() < 0.2) piece = piece.replace(/ {4}/g, "\t");
    if (rand() < 0.2) piece += " ".repeat(int(6));
    s += piece + "\n".repeat(int(3));
  }
  add(s);
}

// --- prose in many scripts ----------------------------------------------------------------------------------
const prose = [
  "The quick brown fox jumps over the lazy dog.",
  "Write a function that returns the sum of two numbers.",
  "我们今天去公园散步，天气很好。", "机器学习是人工智能的一个分支。", "日本語のテキストも含めます。ひらがな、カタカナ、漢字。",
  "한국어 문장도 포함합니다.", "مرحبا بالعالم، هذه جملة عربية.", "שלום עולם, זה משפט בעברית.", "नमस्ते दुनिया, यह हिंदी वाक्य है।",
  "สวัสดีชาวโลก นี่คือประโยคภาษาไทย", "Привет, мир! Это предложение на русском.", "Γειά σου κόσμε, αυτή είναι μια πρόταση.",
  "Ελληνικά: ΑΒΓΔ αβγδ ς", "Tiếng Việt có nhiều dấu: ắ ằ ẳ ẵ ặ", "Ça va? Où est l'hôtel? Déjà vu, naïve café.",
  "Größe, Straße, ÄÖÜ äöü ß ẞ", "Zażółć gęślą jaźń", "Ærøskøbing, Ångström", "İstanbul ılık ışık", "ᚠᚢᚦᚨᚱᚲ ᛖᛗᛚᛜ",
  "ትግርኛ ኣማርኛ", "ქართული ენა", "Հայերեն լեզու", "ꦧꦱꦗꦮ", "𓀀𓀁𓀂 hieroglyphs", "ܐܪܡܝܐ", "ᠮᠣᠩᠭᠣᠯ",
];
for (let i = 0; i < 300; i++) {
  let s = "";
  const n = 1 + int(4);
  for (let k = 0; k < n; k++) s += pick(prose) + pick([" ", "\n", "", "  ", "\t", "\n\n"]);
  add(s);
}

// --- NFC versus NFD, and combining marks in every order ----------------------------------------------------
const accented = ["café", "naïve", "résumé", "Ångström", "Pokémon", "São Paulo", "Dvořák", "Ελληνικά", "Tiếng Việt",
  "crème brûlée", "piñata", "Zürich", "Łódź", "ḍḥṣṭẓ", "ǖǘǚǜ", "한국어", "가각간갇", "Å", "ﬁ", "Ω", "K", "ẛ̣"];
for (const w of accented) {
  add(w);
  add(w.normalize("NFD"));
  add(w.normalize("NFKD"));
  add(" " + w.normalize("NFD") + " " + w);
}
const marks = [0x300, 0x301, 0x302, 0x303, 0x308, 0x30a, 0x323, 0x327, 0x328, 0x331, 0x334, 0x335, 0x338, 0x345, 0x5b0,
  0x5bc, 0x64b, 0x650, 0x670, 0x93c, 0x94d, 0x9bc, 0xe38, 0xe48, 0x1dc4, 0x20d0, 0x20e3, 0x302a, 0x3099, 0x309a, 0xfe20,
  0x1d165, 0x1d16d, 0x1e8d0, 0x1e944, 0x0bbe, 0x0cd5, 0x0d57, 0x102e, 0x1b35];
const bases = ["a", "e", "o", "u", "A", "E", "O", "n", "c", "s", "i", "y", "z", "=", "<", "\u0627", "\u05d0", "\u0915",
  "\u0b95", "\u0bc6", "\u0cc6", "\u0d46", "\u1025", "\u1b05", "\u304b", "\u30cf", "\u1100", "\uac00", "1", " ", "😀", "𝒜"];
for (let i = 0; i < 350; i++) {
  let s = "";
  const n = 1 + int(4);
  for (let k = 0; k < n; k++) {
    s += pick(bases);
    const m = int(4);
    for (let j = 0; j < m; j++) s += cp(pick(marks));
    if (rand() < 0.3) s += pick([" ", "x", "\n", ""]);
  }
  add(s);
}
for (let i = 0; i < 60; i++) {
  // Hangul jamo in composable and non-composable runs
  let s = "";
  const n = 1 + int(5);
  for (let k = 0; k < n; k++) {
    s += range(0x1100, 0x1112) + range(0x1161, 0x1175);
    if (rand() < 0.6) s += range(0x11a7, 0x11c3);
    if (rand() < 0.2) s += range(0xac00, 0xd7a3);
  }
  add(s);
}

// --- emoji --------------------------------------------------------------------------------------------------
const emoji = ["😀", "😂", "🤖", "🐍", "🚀", "🔥", "✅", "❌", "⭐", "☕", "❤️", "👍", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿",
  "👨‍👩‍👧‍👦", "👩‍💻", "🧑🏽‍🚀", "🏳️‍🌈", "🏴‍☠️", "🇩🇪", "🇯🇵", "🇺🇸", "#️⃣", "1️⃣", "🫠", "🥹", "🧬", "🀄", "🂡", "©", "™", "↔️", "🏻"];
for (let i = 0; i < 300; i++) {
  let s = "";
  const n = 1 + int(6);
  for (let k = 0; k < n; k++) {
    s += pick(emoji);
    s += pick(["", "", " ", "a", "A1", "'s", "\n", ".", "!!", "中", "𝒜", "  ", "_", "1"]);
  }
  add(s);
}

// --- supplementary-plane letters and digits, mixed with everything -----------------------------------------
const supp = [[0x1d400, 0x1d6a5], [0x1d7ce, 0x1d7ff], [0x10400, 0x1044f], [0x10330, 0x1034a], [0x12000, 0x12399],
  [0x20000, 0x2a6df], [0x1f600, 0x1f64f], [0x1f300, 0x1f5ff], [0x1e900, 0x1e95f], [0x16a40, 0x16a69], [0x11000, 0x1107f],
  [0x1f100, 0x1f1ff], [0x1d100, 0x1d1ff], [0x10100, 0x1013f], [0x1ec70, 0x1ecbf], [0xe0000, 0xe007f], [0x1fbf0, 0x1fbf9]];
const ascii = ["a", "Z", "1", " ", "'", "'s", "-", ".", "\n", "\t", "_", "(", "x1", "  "];
for (let i = 0; i < 400; i++) {
  let s = "";
  const n = 1 + int(8);
  for (let k = 0; k < n; k++) {
    const [a, b] = pick(supp);
    s += range(a, b);
    if (rand() < 0.5) s += pick(ascii);
  }
  add(s);
}

// --- numbers ------------------------------------------------------------------------------------------------
const digitSets = [[0x30, 0x39], [0x660, 0x669], [0x966, 0x96f], [0xff10, 0xff19], [0x1d7ce, 0x1d7ff], [0x2460, 0x2473],
  [0x2160, 0x216f], [0xb2, 0xb3], [0xbc, 0xbe], [0x1040, 0x1049]];
for (let i = 0; i < 200; i++) {
  let s = "";
  const n = 1 + int(4);
  for (let k = 0; k < n; k++) {
    const [a, b] = pick(digitSets);
    const len = 1 + int(12);
    for (let j = 0; j < len; j++) s += range(a, b);
    s += pick([" ", ".", ",", "e-", "x", "", "%", " + ", "\n"]);
  }
  add(s);
}

// --- contractions in mixed case -----------------------------------------------------------------------------
const words = ["it", "IT", "It", "don", "DON", "we", "WE", "they", "I", "you", "YOU", "she", "x", "123", "中文", "𝒜"];
const suffixes = ["'s", "'S", "'t", "'T", "'re", "'RE", "'Re", "'rE", "'ve", "'VE", "'m", "'M", "'ll", "'LL", "'lL", "'d",
  "'D", "'ſ", "'x", "'", "’s", "'st", "'sa", "'dd", "'lll"];
for (let i = 0; i < 200; i++) {
  let s = "";
  const n = 1 + int(5);
  for (let k = 0; k < n; k++) s += pick(words) + pick(suffixes) + pick([" ", "", "\n", "  ", ".", "!"]);
  add(s);
}

// --- chat-formatted text with special and added tokens -----------------------------------------------------
const specials = ["<|im_start|>", "<|im_end|>", "<|endoftext|>", "<think>", "</think>", "<tool_call>", "</tool_call>",
  "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|vision_start|>", "<|im_start", "im_end|>", "<|", "|>", "<think",
  "</think", "<THINK>"];
for (let i = 0; i < 250; i++) {
  let s = "";
  const n = 1 + int(6);
  for (let k = 0; k < n; k++) {
    s += pick(specials);
    s += pick(["user\n", "assistant\n", "system\nYou are helpful.", "\n", "", " ", "  ", "def f():\n    pass", "你好", "😀", "\n\n"]);
  }
  add(s);
}

// --- whitespace of every kind -------------------------------------------------------------------------------
const spaces = [" ", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2003", "\u2009",
  "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u180e", "\u200b", "\ufeff"];
for (let i = 0; i < 250; i++) {
  let s = "";
  const n = 1 + int(6);
  for (let k = 0; k < n; k++) {
    const len = int(40);
    for (let j = 0; j < len; j++) s += rand() < 0.6 ? " " : pick(spaces);
    s += pick(["", "x", "word", "1", ".", "😀", "𝒜", "中"]);
  }
  add(s);
}

// --- random code points -------------------------------------------------------------------------------------
function randomCodePoint() {
  const r = rand();
  let c;
  if (r < 0.3) c = int(0x80);
  else if (r < 0.6) c = int(0x3000);
  else if (r < 0.8) c = int(0x10000);
  else c = int(0x110000);
  if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
  return c;
}
for (let i = 0; i < 500; i++) {
  let s = "";
  const n = 1 + int(30);
  for (let k = 0; k < n; k++) s += cp(randomCodePoint());
  add(s);
}

// --- a few long documents -----------------------------------------------------------------------------------
for (let i = 0; i < 6; i++) {
  let s = "";
  while (s.length < 6000) s += pick(corpus.slice(0, 2000)) + pick(["\n", " ", ""]);
  add(s);
}

// --- write -----------------------------------------------------------------------------------------------------
const writeLines = (file, items) => fs.writeFileSync(path.join(here, file), items.map((x) => JSON.stringify(x)).join("\n") + "\n");
writeLines("corpus.jsonl", corpus);

(async () => {
  for (const [name, file] of Object.entries(tokenizers)) {
    const tok = Tokenizer.fromFile(file);
    const encodeLines = [];
    for (const text of corpus) {
      const enc = await tok.encode(text, null, { addSpecialTokens: false });
      const ids = Array.from(enc.getIds());
      const line = { ids };
      const decoded = await tok.decode(ids, false);
      const decodedSkip = await tok.decode(ids, true);
      if (decoded !== text) line.decoded = decoded;
      if (decodedSkip !== decoded) line.decodedSkip = decodedSkip;
      encodeLines.push(line);
    }
    writeLines(`${name}.encode.jsonl`, encodeLines);

    // Random id sequences: byte tokens that split UTF-8 characters, special tokens, ids past the vocabulary.
    const size = tok.getVocabSize(true);
    const specialIds = Object.values(tok.getVocab(true)).filter((id) => id >= tok.getVocabSize(false) - 1).sort((a, b) => a - b);
    const decodeLines = [];
    for (let i = 0; i < 400; i++) {
      const ids = [];
      const n = 1 + int(20);
      for (let k = 0; k < n; k++) {
        const r = rand();
        if (r < 0.15) ids.push(pick(specialIds));
        else if (r < 0.45) ids.push(int(256));
        else if (r < 0.5) ids.push(size + int(10));
        else ids.push(int(size));
      }
      decodeLines.push({ ids, text: await tok.decode(ids, false), textSkip: await tok.decode(ids, true) });
    }
    writeLines(`${name}.decode.jsonl`, decodeLines);
    console.log(`${name}: ${encodeLines.length} encodings, ${decodeLines.length} decodings`);
  }
  await writeVariants();
})();

// --- GPT-2 variants: the fixture with other normalizers, pre-tokenizers, decoders and added-token options ------
// gpt2-variants.json holds the fields each variant replaces; gpt2-variants.jsonl the texts and reference results
// (decoded / decodedSkip only where they differ from the text / from decoded).
async function writeVariants() {
  const base = JSON.parse(fs.readFileSync(tokenizers.gpt2, "utf8"));
  const token = (content, options) => ({ id: 0, content, single_word: false, lstrip: false, rstrip: false,
    normalized: true, special: false, ...options });
  const variants = {
    "nfkc-added-tokens": {
      normalizer: { type: "Sequence", normalizers: [{ type: "NFKC" }] },
      pre_tokenizer: { type: "ByteLevel", add_prefix_space: true, trim_offsets: true, use_regex: true },
      added_tokens: [...base.added_tokens,
        token("[MASK]", { lstrip: true, normalized: false, special: true }),
        token("<tag>", { rstrip: true }),
        token("word", { single_word: true }),
        token("ﬁx", {}),
        token("Ω", {}),
        token("<|sp|>", { lstrip: true, rstrip: true, normalized: false, special: true }),
        token("the", { special: true }),
        token("[MASK]x", { normalized: false }),
      ],
    },
    "nfd-split-behaviors": {
      normalizer: { type: "NFD" },
      pre_tokenizer: { type: "Sequence", pretokenizers: [
        { type: "Split", pattern: { Regex: "\\d" }, behavior: "MergedWithPrevious", invert: false },
        { type: "Split", pattern: { Regex: "\\s+" }, behavior: "Removed", invert: false },
        { type: "Split", pattern: { String: "the" }, behavior: "Contiguous", invert: false },
        { type: "Split", pattern: { Regex: "\\p{P}" }, behavior: "MergedWithNext", invert: false },
        { type: "Split", pattern: { Regex: "[a-z]+" }, behavior: "Isolated", invert: true },
        { type: "ByteLevel", add_prefix_space: false, trim_offsets: false, use_regex: false },
      ] },
      decoder: null,
    },
    "nfkd-no-pre-tokenizer": {
      normalizer: { type: "NFKD" },
      pre_tokenizer: { type: "ByteLevel", add_prefix_space: false, trim_offsets: false, use_regex: false },
    },
  };
  const extraTexts = ["[MASK]", "  [MASK]", "a [MASK] b", "a\t\n [MASK]x", "[MASK]x", "[MASK][MASK]", "x<tag>  y",
    "<tag>\n\nz", "<tag>", "word", "a word b", "words", "sword", "word.", "_word", "word_", "wordword", "1word", "éword",
    "ﬁx", "fix", "prefix", "ﬁxﬁx", "<|sp|>", " \t<|sp|>\n x", "a<|sp|>b", "the then other", "The THE", "Ω Ω Ω",
    "the<|sp|>the", "thethe the", "1.5, 2.5; (3)!", "Hello, World! 123", "<|endoftext|> <|endoftext|>", "    x", "\t\t\tx"];
  const texts = [...extraTexts, ...corpus.filter((_, i) => i % 8 === 0)];
  const lines = [];
  for (const [name, patch] of Object.entries(variants)) {
    const tok = Tokenizer.fromString(JSON.stringify({ ...base, ...patch }));
    for (const text of texts) {
      const ids = Array.from((await tok.encode(text, null, { addSpecialTokens: false })).getIds());
      const line = { variant: name, text, ids };
      const decoded = await tok.decode(ids, false);
      const decodedSkip = await tok.decode(ids, true);
      if (decoded !== text) line.decoded = decoded;
      if (decodedSkip !== decoded) line.decodedSkip = decodedSkip;
      lines.push(line);
    }
  }
  fs.writeFileSync(path.join(here, "gpt2-variants.json"), JSON.stringify(variants, null, 1) + "\n");
  writeLines("gpt2-variants.jsonl", lines);
  console.log(`gpt2 variants: ${lines.length} encodings`);
}
