import re


def group_indian(num: str) -> str:
    m = re.fullmatch(r"([+-]?)([0-9]+)(\.[0-9]+)?", num)
    if not m:
        raise ValueError("not a number")
    sign, intpart, frac = m.group(1), m.group(2), m.group(3) or ""
    if len(intpart) > 3:
        head, tail = intpart[:-3], intpart[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        groups.insert(0, head)
        intpart = ",".join(groups + [tail])
    all_zero = set(m.group(2) + frac.lstrip(".")) <= {"0"}
    if sign != "-" or all_zero:
        sign = ""
    return sign + intpart + frac
