#!/usr/bin/env python3
"""Writes Harness/Tokenization/UnicodeNormalizationData.cs: the Unicode normalization tables as the
Hugging Face tokenizers reference sees them.

The reference normalizes with an older Unicode version than Python's unicodedata (and .NET's own
string.Normalize does nothing under InvariantGlobalization), so the tables are Python's one-level
decompositions and combining classes, kept only where normalization.tsv (written by
make_normalization_goldens.js from the reference itself) shows the reference knows the character.
The script then replays every row of normalization.tsv with the tables and fails on any difference.

Run from the repository root: python3 Engine/Tokenization/make_unicode_tables.py
"""
import os
import sys
import unicodedata as ud

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
GOLDENS = os.path.join(ROOT, "Tests", "Goldens", "tokenizer")
TARGET = os.path.join(HERE, "UnicodeNormalizationData.cs")
S_BASE, L_BASE, V_BASE, T_BASE, L_COUNT, V_COUNT, T_COUNT = 0xAC00, 0x1100, 0x1161, 0x11A7, 19, 21, 28
N_COUNT, S_COUNT = V_COUNT * T_COUNT, L_COUNT * V_COUNT * T_COUNT


def is_hangul(cp):
    return S_BASE <= cp < S_BASE + S_COUNT


def parse_cps(field, original):
    return original if field == "." else [int(x, 16) for x in field.split()]


def read_reference():
    rows = {}
    with open(os.path.join(GOLDENS, "normalization.tsv"), encoding="utf-8") as f:
        header = f.readline().lstrip("# ").split("\t")[1:7]
        for line in f:
            parts = line.rstrip("\n").split("\t")
            cp = int(parts[0], 16)
            inputs = {"": [cp], "pre": [0x345, cp], "post": [cp, 0x334]}
            rows[cp] = {name: parse_cps(field, inputs[name.partition("_")[2]]) for name, field in zip(header, parts[1:])}
    return rows


def build_tables(rows):
    ccc, decomp, composes = {}, {}, set()
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or is_hangul(cp):
            continue
        row = rows.get(cp)
        known_decomposition = row is not None and (row["NFD"] != [cp] or row["NFKD"] != [cp])
        d = ud.decomposition(chr(cp))
        if d and known_decomposition:
            compat = d.startswith("<")
            mapping = [int(x, 16) for x in (d.split()[1:] if compat else d.split())]
            decomp[cp] = (compat, mapping)
            if not compat and len(mapping) == 2 and row["NFC"] == [cp]:
                composes.add(cp)
        c = ud.combining(chr(cp))
        # A mark the reference does not know keeps its place next to the probes: class 0 there.
        if c and row is not None and (row["NFD_pre"] != [0x345, cp] or row["NFD_post"] != [cp, 0x334]):
            ccc[cp] = c
    return ccc, decomp, composes


def decompose(cps, ccc, decomp, compat):
    out = []

    def push(cp):
        if is_hangul(cp):
            s = cp - S_BASE
            out.append(L_BASE + s // N_COUNT)
            out.append(V_BASE + (s % N_COUNT) // T_COUNT)
            if s % T_COUNT:
                out.append(T_BASE + s % T_COUNT)
            return
        m = decomp.get(cp)
        if m and (compat or not m[0]):
            for x in m[1]:
                push(x)
        else:
            out.append(cp)

    for cp in cps:
        push(cp)
    # canonical ordering: stable sort of each run of non-starters
    i = 0
    while i < len(out):
        if ccc.get(out[i], 0) == 0:
            i += 1
            continue
        j = i
        while j < len(out) and ccc.get(out[j], 0) != 0:
            j += 1
        out[i:j] = sorted(out[i:j], key=lambda x: ccc[x])
        i = j
    return out


def compose(cps, ccc, pairs):
    out = []
    starter = -1
    last_ccc = -1
    for cp in cps:
        c = ccc.get(cp, 0)
        if starter >= 0 and (last_ccc < c or (last_ccc == 0 and len(out) - 1 == starter)):
            s = out[starter]
            if L_BASE <= s < L_BASE + L_COUNT and V_BASE <= cp < V_BASE + V_COUNT:
                out[starter] = S_BASE + ((s - L_BASE) * V_COUNT + cp - V_BASE) * T_COUNT
                continue
            if is_hangul(s) and (s - S_BASE) % T_COUNT == 0 and T_BASE < cp < T_BASE + T_COUNT:
                out[starter] = s + cp - T_BASE
                continue
            p = pairs.get((s, cp))
            if p is not None:
                out[starter] = p
                continue
        if c == 0:
            starter = len(out)
            last_ccc = 0
        else:
            last_ccc = c
        out.append(cp)
    return out


def check(rows, ccc, decomp, composes):
    pairs = {tuple(decomp[cp][1]): cp for cp in composes}
    bad = 0
    for cp, row in rows.items():
        for name, want in row.items():
            form, _, probe = name.partition("_")
            inp = {"": [cp], "pre": [0x345, cp], "post": [cp, 0x334]}[probe]
            got = decompose(inp, ccc, decomp, form in ("NFKC", "NFKD"))
            if form in ("NFC", "NFKC"):
                got = compose(got, ccc, pairs)
            if got != want:
                bad += 1
                if bad < 20:
                    print(f"mismatch {cp:04X} {name}: {got} != {want}", file=sys.stderr)
    return bad


def ranges(mapping):
    items = sorted(mapping.items())
    out = []
    for cp, v in items:
        if out and out[-1][1] == cp - 1 and out[-1][2] == v:
            out[-1][1] = cp
        else:
            out.append([cp, cp, v])
    return out


def main():
    rows = read_reference()
    ccc, decomp, composes = build_tables(rows)
    bad = check(rows, ccc, decomp, composes)
    if bad:
        sys.exit(f"{bad} reference rows differ; tables not written")
    lines = [
        "// <auto-generated>",
        "// Written by Engine/Tokenization/make_unicode_tables.py from Python's unicodedata "
        f"{ud.unidata_version}, restricted to",
        "// what the Hugging Face tokenizers reference knows (Tests/Goldens/tokenizer/normalization.tsv). Do not edit.",
        "// </auto-generated>",
        "namespace QwenEval.Engine.Tokenization;",
        "",
        "internal static class UnicodeNormalizationData",
        "{",
        "    /// <summary>Canonical combining classes other than 0: \"first[-last] class\" per line, hex code points.</summary>",
        '    internal const string CombiningClasses = """',
    ]
    for a, b, v in ranges(ccc):
        lines.append(f"        {a:04X} {v}" if a == b else f"        {a:04X}-{b:04X} {v}")
    lines += [
        '        """;',
        "",
        "    /// <summary>",
        "    /// One-level decompositions (Hangul syllables are algorithmic and absent): \"kind code point: mapping\" per line.",
        "    /// Kind C: canonical, and the pair composes back under NFC; c: canonical, never recomposed",
        "    /// (singletons, exclusions, non-starters); K: compatibility.",
        "    /// </summary>",
        '    internal const string Decompositions = """',
    ]
    for cp, (compat, mapping) in sorted(decomp.items()):
        kind = "K" if compat else ("C" if cp in composes else "c")
        lines.append(f"        {kind} {cp:04X}: " + " ".join(f"{x:04X}" for x in mapping))
    lines += ['        """;', "}", ""]
    with open(TARGET, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    print(f"wrote {TARGET}: {len(ccc)} combining classes, {len(decomp)} decompositions, {len(composes)} composing pairs")


if __name__ == "__main__":
    main()
