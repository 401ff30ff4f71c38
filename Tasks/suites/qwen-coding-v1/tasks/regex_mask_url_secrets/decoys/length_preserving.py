import re

_USERINFO = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]+:)([^\s/@]+)(?=@)")
_PARAM = re.compile(r"([?&](?:token|api_key|secret|password)=)([^&#\s]+)", re.IGNORECASE)


def mask_credentials(text: str) -> str:
    text = _USERINFO.sub(lambda m: m.group(1) + "*" * len(m.group(2)), text)
    return _PARAM.sub(lambda m: m.group(1) + "*" * len(m.group(2)), text)
