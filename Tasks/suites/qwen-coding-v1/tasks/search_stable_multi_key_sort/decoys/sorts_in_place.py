from typing import Any, Dict, List


def sort_records(records: List[Dict[str, Any]], keys: List[str]) -> List[Dict[str, Any]]:
    for key in reversed(keys):
        if key.startswith("-"):
            field = key[1:]
            records.sort(key=lambda r: r[field], reverse=True)
        else:
            records.sort(key=lambda r: r[key])
    return records
