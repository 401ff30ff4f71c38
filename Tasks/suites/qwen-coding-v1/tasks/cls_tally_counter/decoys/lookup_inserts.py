class Tally:
    def __init__(self) -> None:
        from collections import defaultdict
        self._counts = defaultdict(int)

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
        left = self._counts[label] - n
        if left <= 0:
            del self._counts[label]
        else:
            self._counts[label] = left

    def __getitem__(self, label):
        return self._counts[label]

    def __len__(self):
        return len(self._counts)

    def __contains__(self, label):
        return label in self._counts

    def __iter__(self):
        return iter(list(self._counts))

    def total(self):
        return sum(self._counts.values())

    def leader(self):
        if not self._counts:
            return None
        return max(self._counts, key=self._counts.__getitem__)
