// Writes normalization.tsv: what the Hugging Face tokenizers' NFC/NFD/NFKC/NFKD normalizers (npm package
// `tokenizers`, the Rust library's Node binding) make of every code point, plus NFD of the code point next
// to two combining marks of known class (U+0345 before, class 240; U+0334 after, class 1), which exposes
// the reference's canonical combining classes. Only code points where some output differs from the input are written,
// and Hangul syllables (algorithmic, checked by the tokenizer corpus instead) are left out.
// Run: NODE_PATH=/tmp/tokgold/node_modules node Tests/Goldens/tokenizer/make_normalization_goldens.js
"use strict";
const t = require("tokenizers");
const fs = require("fs");
const path = require("path");

const SEP = "\u0001"; // a starter that composes with nothing, so pieces cannot interact
const cps = [];
for (let c = 0; c <= 0x10ffff; c++) {
  if ((c >= 0xd800 && c <= 0xdfff) || c === 1 || (c >= 0xac00 && c <= 0xd7a3)) continue;
  cps.push(c);
}
const probes = [
  ["", (c) => String.fromCodePoint(c)],
  ["pre", (c) => "\u0345" + String.fromCodePoint(c)],
  ["post", (c) => String.fromCodePoint(c) + "\u0334"],
];
const forms = [["NFC", t.nfcNormalizer()], ["NFD", t.nfdNormalizer()], ["NFKC", t.nfkcNormalizer()], ["NFKD", t.nfkdNormalizer()]];
const columns = [];
const outputs = [];
for (const [probeName, make] of probes) {
  const inputs = cps.map(make);
  for (const [formName, normalizer] of probeName ? forms.filter(([f]) => f === "NFD") : forms) {
    const out = normalizer.normalizeString(inputs.join(SEP)).split(SEP);
    if (out.length !== inputs.length) throw new Error(`piece count changed for ${formName}`);
    columns.push(probeName ? `${formName}_${probeName}` : formName);
    outputs.push(out.map((o, i) => (o === inputs[i] ? null : o)));
  }
}
const hex = (s) => Array.from(s, (ch) => ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")).join(" ");
const lines = ["# cp\t" + columns.join("\t") + "\t(output code points; '.' = unchanged)"];
for (let i = 0; i < cps.length; i++) {
  if (outputs.every((col) => col[i] === null)) continue;
  const cp = cps[i].toString(16).toUpperCase().padStart(4, "0");
  lines.push(cp + "\t" + outputs.map((col) => (col[i] === null ? "." : hex(col[i]))).join("\t"));
}
const target = path.join(__dirname, "normalization.tsv");
fs.writeFileSync(target, lines.join("\n") + "\n");
console.log(`wrote ${lines.length - 1} code points to ${target}`);
