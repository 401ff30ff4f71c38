from typing import List, Tuple


def apply_edits(operations: List[Tuple]) -> str:
    """Replay editing operations on an initially empty text buffer and return the final text.

    Operations:

    * ``("type", s)``   -- append the string ``s`` to the end of the buffer.
    * ``("delete", k)`` -- remove the last ``k`` characters (k >= 0); if fewer than
      ``k`` characters exist, the buffer becomes empty. ``k == 0`` changes nothing.
    * ``("undo",)``     -- revert the most recent "type" or "delete" operation that has
      not been undone yet, restoring the buffer to exactly what it was right before
      that operation. Undo operations themselves are never undone (there is no redo).
      If there is nothing left to undo, "undo" has no effect.

    Every "type" and "delete" counts as an undoable operation, even if it did not
    change the text.

    >>> apply_edits([("type", "hello"), ("delete", 2), ("type", "p!"), ("undo",), ("undo",)])
    'hello'
    >>> apply_edits([("type", "ab"), ("delete", 5), ("undo",), ("undo",), ("undo",)])
    ''
    >>> apply_edits([("type", "abc"), ("delete", 0), ("type", "d")])
    'abcd'
    """
