"""Line diff engine: matching blocks, opcodes and hunks.

The core is a longest-common-subsequence table.  Because that table is
quadratic, the common prefix and suffix of the two sequences are stripped
first; for the usual case of a large file with a few edits, only the small
region between the first and the last change goes through the table.

Opcodes follow the ``difflib`` convention: ``(tag, i1, i2, j1, j2)`` with tag
in ``equal``, ``replace``, ``delete``, ``insert`` meaning that ``a[i1:i2]``
becomes ``b[j1:j2]``.
"""

MAX_CELLS = 4_000_000   # largest LCS table we are willing to build


class DiffTooLarge(ValueError):
    """The changed region is too big for the LCS table."""


# -- comparison keys ---------------------------------------------------------

def make_key(ignore_case=False, ignore_whitespace=False, ignore_trailing_space=False):
    """Return the function mapping a line to what is compared (None: the line itself)."""
    if not (ignore_case or ignore_whitespace or ignore_trailing_space):
        return None

    def key(line):
        if ignore_whitespace:
            line = "".join(line.split())
        elif ignore_trailing_space:
            line = line.rstrip()
        if ignore_case:
            line = line.casefold()
        return line
    return key


# -- prefix / suffix ---------------------------------------------------------

def common_prefix(a, b):
    """Number of leading items ``a`` and ``b`` have in common."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def common_suffix(a, b, prefix=0):
    """Number of trailing items ``a`` and ``b`` have in common.

    ``prefix`` is the length of the common prefix already found; the suffix
    is counted from the ends of the sequences.
    """
    n = min(len(a), len(b))
    k = 0
    while k < n and a[len(a) - 1 - k] == b[len(b) - 1 - k]:
        k += 1
    return k


# -- LCS ---------------------------------------------------------------------

def _lcs_pairs(a, b):
    """Index pairs ``(i, j)`` of one longest common subsequence of ``a`` and ``b``.

    Ties are broken towards keeping earlier items of ``a`` matched, which
    makes deletions show up as late as possible.
    """
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return []
    if n * m > MAX_CELLS:
        raise DiffTooLarge("changed region is %d x %d lines; too large to diff" % (n, m))
    # table[i][j] = LCS length of a[i:] and b[j:]
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = table[i], table[i + 1]
        ai = a[i]
        for j in range(m - 1, -1, -1):
            if ai == b[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = below[j] if below[j] >= row[j + 1] else row[j + 1]
    pairs = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _pairs_to_blocks(pairs, ioff=0, joff=0):
    blocks = []
    for i, j in pairs:
        i, j = i + ioff, j + joff
        if blocks:
            bi, bj, size = blocks[-1]
            if bi + size == i and bj + size == j:
                blocks[-1] = (bi, bj, size + 1)
                continue
        blocks.append((i, j, 1))
    return blocks


def matching_blocks(a, b, key=None):
    """Maximal runs ``(i, j, size)`` with ``a[i:i+size] == b[j:j+size]``.

    Sorted, non-overlapping, and terminated by the sentinel ``(len(a), len(b), 0)``.
    """
    ka = [key(x) for x in a] if key else list(a)
    kb = [key(x) for x in b] if key else list(b)
    n, m = len(ka), len(kb)
    if ka == kb:
        return [(0, 0, n), (n, m, 0)] if n else [(0, 0, 0)]
    prefix = common_prefix(ka, kb)
    suffix = common_suffix(ka, kb, prefix)
    middle_a = ka[prefix:n - suffix]
    middle_b = kb[prefix:m - suffix]
    blocks = []
    if prefix:
        blocks.append((0, 0, prefix))
    for block in _pairs_to_blocks(_lcs_pairs(middle_a, middle_b), prefix, prefix):
        if blocks and blocks[-1][0] + blocks[-1][2] == block[0] and blocks[-1][1] + blocks[-1][2] == block[1]:
            blocks[-1] = (blocks[-1][0], blocks[-1][1], blocks[-1][2] + block[2])
        else:
            blocks.append(block)
    if suffix:
        start = (n - suffix, m - suffix)
        if blocks and blocks[-1][0] + blocks[-1][2] == start[0] and blocks[-1][1] + blocks[-1][2] == start[1]:
            blocks[-1] = (blocks[-1][0], blocks[-1][1], blocks[-1][2] + suffix)
        else:
            blocks.append((start[0], start[1], suffix))
    blocks.append((n, m, 0))
    return blocks


# -- opcodes and hunks -------------------------------------------------------

def opcodes(a, b, key=None):
    """The edit script turning ``a`` into ``b`` (see module docstring)."""
    ops = []
    i = j = 0
    for ai, bj, size in matching_blocks(a, b, key):
        if i < ai and j < bj:
            ops.append(("replace", i, ai, j, bj))
        elif i < ai:
            ops.append(("delete", i, ai, j, bj))
        elif j < bj:
            ops.append(("insert", i, ai, j, bj))
        if size:
            ops.append(("equal", ai, ai + size, bj, bj + size))
        i, j = ai + size, bj + size
    return ops


def group_hunks(ops, context=3):
    """Split opcodes into hunks, each with at most ``context`` equal lines around changes.

    Two changes separated by no more than ``2 * context`` equal lines end up in
    the same hunk.  Returns a list of opcode lists (empty when nothing changed).
    """
    if context < 0:
        raise ValueError("context must be >= 0")
    ops = list(ops)
    if not ops or all(op[0] == "equal" for op in ops):
        return []
    # trim the leading and trailing equal runs to the context size
    if ops[0][0] == "equal":
        tag, i1, i2, j1, j2 = ops[0]
        ops[0] = (tag, max(i1, i2 - context), i2, max(j1, j2 - context), j2)
    if ops[-1][0] == "equal":
        tag, i1, i2, j1, j2 = ops[-1]
        ops[-1] = (tag, i1, min(i2, i1 + context), j1, min(j2, j1 + context))
    hunks, current = [], []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" and i2 - i1 > 2 * context and current:
            current.append((tag, i1, i1 + context, j1, j1 + context))
            hunks.append(current)
            current = [(tag, i2 - context, i2, j2 - context, j2)] if context else []
            continue
        if tag == "equal" and i2 - i1 > 2 * context and not current:
            current = [(tag, i2 - context, i2, j2 - context, j2)] if context else []
            continue
        current.append((tag, i1, i2, j1, j2))
    if current and not (len(current) == 1 and current[0][0] == "equal"):
        hunks.append(current)
    # drop empty equal pieces left by context == 0
    return [[op for op in hunk if op[1] != op[2] or op[3] != op[4]] for hunk in hunks]


# -- summaries ---------------------------------------------------------------

def stats(ops):
    """``(added, removed)`` line counts of an edit script."""
    added = removed = 0
    for tag, i1, i2, j1, j2 in ops:
        if tag in ("replace", "delete"):
            removed += i2 - i1
        if tag in ("replace", "insert"):
            added += j2 - j1
    return added, removed


def ratio(a, b, key=None):
    """Similarity in [0, 1]: twice the matched lines over the total number of lines."""
    total = len(a) + len(b)
    if not total:
        return 1.0
    matched = sum(size for _, _, size in matching_blocks(a, b, key))
    return 2.0 * matched / total


def inline_changes(old, new):
    """Character-level segments of a changed line pair, for highlighting.

    Returns ``(old_segments, new_segments)``; each segment is ``(changed, text)``.
    """
    old_segments, new_segments = [], []
    for tag, i1, i2, j1, j2 in opcodes(list(old), list(new)):
        if tag == "equal":
            old_segments.append((False, old[i1:i2]))
            new_segments.append((False, new[j1:j2]))
            continue
        if i2 > i1:
            old_segments.append((True, old[i1:i2]))
        if j2 > j1:
            new_segments.append((True, new[j1:j2]))
    return _join_segments(old_segments), _join_segments(new_segments)


def _join_segments(segments):
    out = []
    for changed, text in segments:
        if out and out[-1][0] == changed:
            out[-1] = (changed, out[-1][1] + text)
        else:
            out.append((changed, text))
    return out
