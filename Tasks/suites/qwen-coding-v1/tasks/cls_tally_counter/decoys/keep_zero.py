class Tally:
    def __init__(self) -> None:
        self._counts = {}

    @staticmethod
    def _check(n):
        if not isinstance(n, int) or n < 1:
            raise ValueError("n must be an integer >= 1")

    def add(self, label, n=1):
        self._check(n)
        self._counts[label] = self._counts.get(label, 0) + n

    def remove(self, label, n=1):
        self._check(n)
        if label not in self._counts:
            raise KeyError(label)
        self._counts[label] = max(0, self._counts[label] - n)

    def __getitem__(self, label):
        return self._counts.get(label, 0)

    def __len__(self):
        return sum(1 for v in self._counts.values() if v > 0)

    def __contains__(self, label):
        return self._counts.get(label, 0) > 0

    def __iter__(self):
        return iter([k for k, v in self._counts.items() if v > 0])

    def total(self):
        return sum(self._counts.values())

    def leader(self):
        if not self._counts:
            return None
        return max(self._counts, key=self._counts.__getitem__)
