from typing import Union


def clock_format(seconds: Union[int, float]) -> str:
    total = int(seconds // 1)
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        body = f"{days}d {hours}:{minutes:02d}:{secs:02d}"
    elif hours:
        body = f"{hours}:{minutes:02d}:{secs:02d}"
    else:
        body = f"{minutes}:{secs:02d}"
    return sign + body
