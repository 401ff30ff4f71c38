from typing import Any, Dict, List


def sort_records(records: List[Dict[str, Any]], keys: List[str]) -> List[Dict[str, Any]]:
    def sort_key(r):
        parts = []
        for key in keys:
            if key.startswith("-"):
                parts.append(-r[key[1:]])
            else:
                parts.append(r[key])
        return tuple(parts)
    return sorted(records, key=sort_key)
