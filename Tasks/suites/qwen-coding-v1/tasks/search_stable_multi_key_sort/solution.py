from typing import Any, Dict, List


def sort_records(records: List[Dict[str, Any]], keys: List[str]) -> List[Dict[str, Any]]:
    result = list(records)
    for key in reversed(keys):
        if key.startswith("-"):
            field = key[1:]
            result.sort(key=lambda r: r[field], reverse=True)
        else:
            result.sort(key=lambda r: r[key])
    return result
