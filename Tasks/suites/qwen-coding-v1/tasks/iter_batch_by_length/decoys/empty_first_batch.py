from typing import Iterable, Iterator, List, Optional


def batch_by_length(strings: Iterable[str], max_chars: int, max_items: Optional[int] = None) -> Iterator[List[str]]:
    if max_chars < 1 or (max_items is not None and max_items < 1):
        raise ValueError("limits must be >= 1")
    batch, size = [], 0
    for s in strings:
        fits = size + len(s) <= max_chars and (max_items is None or len(batch) < max_items)
        if not fits:
            yield batch
            batch, size = [], 0
        batch.append(s)
        size += len(s)
    if batch:
        yield batch
