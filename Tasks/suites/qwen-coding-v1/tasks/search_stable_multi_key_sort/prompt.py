from typing import Any, Dict, List


def sort_records(records: List[Dict[str, Any]], keys: List[str]) -> List[Dict[str, Any]]:
    """Sort records by several fields, each ascending or descending.

    ``keys`` lists field names from most to least significant. A name prefixed with
    ``"-"`` (e.g. ``"-age"``) sorts that field in descending order, otherwise
    ascending. Every record has every field named in ``keys``; the values of one
    field are all ints or all strings (strings compare with plain string ordering).

    Records that are equal on all listed fields keep their original relative order
    (also for descending fields). With an empty ``keys`` list the original order is
    kept. Return a new list; the input list must not be modified.

    >>> people = [{"name": "bo", "age": 30}, {"name": "al", "age": 25}, {"name": "cy", "age": 30}]
    >>> [p["name"] for p in sort_records(people, ["-age", "name"])]
    ['bo', 'cy', 'al']
    >>> [p["name"] for p in sort_records(people, ["-name"])]
    ['cy', 'bo', 'al']
    """
