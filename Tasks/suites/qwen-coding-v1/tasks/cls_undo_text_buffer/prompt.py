class TextBuffer:
    """An editable string with undo/redo history.

    - ``TextBuffer(text="")``; ``str(buf)`` is the current text, ``len(buf)`` its length.
    - ``insert(pos, s)``: insert s before index pos; requires 0 <= pos <= len, else
      IndexError. Inserting an empty string is ignored entirely (no history entry,
      no other effect).
    - ``delete(pos, n)``: remove up to n characters starting at pos and return the
      removed text; requires 0 <= pos <= len (else IndexError) and n >= 0 (else
      ValueError). Removal stops at the end of the text. If nothing is removed it
      is ignored entirely.
    - ``replace(pos, n, s)``: like ``delete(pos, n)`` followed by ``insert(pos, s)``
      but recorded as a single history step; returns the removed text. Same
      validation as delete. If nothing is removed and s is empty it is ignored.
    - ``undo()`` reverts the most recent step and returns True; returns False when
      there is nothing to undo. ``redo()`` re-applies the most recently undone step
      and returns True, or returns False. Any new recorded edit discards all
      redoable steps.
    - Typing coalescing: an insert is merged into the previous history step when
      that step is an insert, the previous call that changed anything was that
      insert step (no delete, replace, undo or redo in between), and the new text
      starts exactly where the step's inserted text ends. A merged step is undone
      and redone as a whole.

    >>> b = TextBuffer("hello")
    >>> b.insert(5, " "); b.insert(6, "wor"); b.insert(9, "ld"); str(b)
    'hello world'
    >>> b.undo(), str(b)
    (True, 'hello')
    >>> b.redo(), b.delete(5, 100), str(b)
    (True, ' world', 'hello')
    """

    def __init__(self, text: str = "") -> None:
        """Create a buffer holding text."""

    def insert(self, pos: int, s: str) -> None:
        """Insert s at pos."""

    def delete(self, pos: int, n: int) -> str:
        """Remove up to n characters at pos and return them."""

    def replace(self, pos: int, n: int, s: str) -> str:
        """Replace up to n characters at pos with s; return the removed text."""

    def undo(self) -> bool:
        """Undo the last step."""

    def redo(self) -> bool:
        """Redo the last undone step."""

    def __str__(self) -> str:
        """Current text."""

    def __len__(self) -> int:
        """Length of the text."""
