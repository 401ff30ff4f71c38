from typing import Dict, List

_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Rev"}
_SUFFIXES = {"Jr", "Sr", "II", "III", "IV", "PhD", "MD"}
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le"}


def _norm(word: str) -> str:
    return word[:-1] if word.endswith(".") else word


def _words(text: str) -> List[str]:
    return text.replace(",", " ").split()


def _peel(words):
    titles, suffixes = [], []
    while len(words) > 1 and _norm(words[0]) in _TITLES:
        titles.append(words.pop(0))
    while len(words) > 1 and _norm(words[-1]) in _SUFFIXES:
        suffixes.insert(0, words.pop())
    return titles, suffixes


def split_name(full: str) -> Dict[str, str]:
    text = " ".join(full.split())
    if not _words(text):
        raise ValueError("empty name")
    result = {"title": "", "first": "", "middle": "", "last": "", "suffix": ""}
    if "," in text:
        head, tail = text.split(",", 1)
        tail_words = _words(tail)
        if tail_words and all(_norm(w) in _SUFFIXES for w in tail_words) and _words(head):
            words = _words(text)
        else:
            result["last"] = " ".join(_words(head))
            words = tail_words
            titles, suffixes = _peel(words)
            result["title"] = " ".join(titles)
            result["suffix"] = " ".join(suffixes)
            if words:
                result["first"] = words[0]
                result["middle"] = " ".join(words[1:])
            return result
    else:
        words = _words(text)
    titles, suffixes = _peel(words)
    result["title"] = " ".join(titles)
    result["suffix"] = " ".join(suffixes)
    result["first"] = words[0]
    if len(words) >= 2:
        start = len(words) - 1
        while start - 1 >= 1 and _norm(words[start - 1]) in _PARTICLES:
            start -= 1
        result["last"] = " ".join(words[start:])
        result["middle"] = " ".join(words[1:start])
    return result
