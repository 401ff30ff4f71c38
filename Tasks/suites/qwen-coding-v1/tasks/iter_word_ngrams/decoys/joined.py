from typing import Iterable, Iterator, Tuple


def word_ngrams(lines: Iterable[str], n: int) -> Iterator[Tuple[str, ...]]:
    if n < 1:
        raise ValueError("n must be >= 1")
    sections = [[]]
    for line in lines:
        if line.strip() == "---":
            sections.append([])
        else:
            sections[-1].extend(line.split())
    for words in sections:
        for i in range(len(words) - n + 1):
            yield tuple(words[i:i + n])
