class TextBuffer:
    def __init__(self, text: str = "") -> None:
        self._text = text
        self._undo = []
        self._redo = []
        self._can_merge = False

    def _check_pos(self, pos):
        if not 0 <= pos <= len(self._text):
            raise IndexError("position out of range")

    def _record(self, pos, removed, inserted):
        self._undo.append([pos, removed, inserted])
        self._redo.clear()

    def insert(self, pos, s):
        self._check_pos(pos)
        if not s:
            return
        self._text = self._text[:pos] + s + self._text[pos:]
        last = self._undo[-1] if self._undo else None
        if (self._can_merge and last is not None and last[1] == ""
                and pos == last[0] + len(last[2]) and len(s) > 99):
            last[2] += s
            self._redo.clear()
        else:
            self._record(pos, "", s)
        self._can_merge = True

    def replace(self, pos, n, s):
        self._check_pos(pos)
        if n < 0:
            raise ValueError("n must be >= 0")
        removed = self._text[pos:pos + n]
        if not removed and not s:
            return ""
        self._text = self._text[:pos] + s + self._text[pos + len(removed):]
        self._record(pos, removed, s)
        self._can_merge = False
        return removed

    def delete(self, pos, n):
        return self.replace(pos, n, "")

    def undo(self):
        if not self._undo:
            return False
        pos, removed, inserted = step = self._undo.pop()
        self._text = self._text[:pos] + removed + self._text[pos + len(inserted):]
        self._redo.append(step)
        self._can_merge = False
        return True

    def redo(self):
        if not self._redo:
            return False
        pos, removed, inserted = step = self._redo.pop()
        self._text = self._text[:pos] + inserted + self._text[pos + len(removed):]
        self._undo.append(step)
        self._can_merge = False
        return True

    def __str__(self):
        return self._text

    def __len__(self):
        return len(self._text)
