class Tally:
    """Count occurrences of labels while remembering the order in which they first appeared.

    - ``add(label, n=1)`` increases the label's count by ``n``.
    - ``remove(label, n=1)`` decreases it by ``n``. When the count reaches 0 or
      less the label is dropped completely: it no longer counts for ``len``,
      ``in`` or iteration, and adding it again later places it at the end of
      the first-seen order. Removing a label that is not present raises KeyError.
    - For both methods ``n`` must be an int >= 1, otherwise ValueError.
    - ``tally[label]`` returns the current count, 0 for an absent label
      (reading never adds the label).
    - ``len(tally)`` is the number of labels present; ``label in tally`` is True
      when the label is present; iterating yields the present labels in
      first-seen order.
    - ``total()`` is the sum of all counts.
    - ``leader()`` returns the label with the highest count; among equal counts the
      one that was first seen earliest wins; None when the tally is empty.

    >>> t = Tally()
    >>> t.add("b"); t.add("a", 2); t.add("b")
    >>> list(t), t["a"], t["zzz"], len(t)
    (['b', 'a'], 2, 0, 2)
    >>> t.leader()
    'b'
    """

    def __init__(self) -> None:
        """Create an empty tally."""

    def add(self, label: str, n: int = 1) -> None:
        """Increase the count of label by n (n >= 1)."""

    def remove(self, label: str, n: int = 1) -> None:
        """Decrease the count of label by n, dropping it at 0 or below."""

    def __getitem__(self, label: str) -> int:
        """Current count of label, 0 if absent."""

    def __len__(self) -> int:
        """Number of labels present."""

    def __contains__(self, label: object) -> bool:
        """True if label is present."""

    def __iter__(self):
        """Present labels in first-seen order."""

    def total(self) -> int:
        """Sum of all counts."""

    def leader(self):
        """Label with the highest count (earliest first-seen on ties), or None."""
