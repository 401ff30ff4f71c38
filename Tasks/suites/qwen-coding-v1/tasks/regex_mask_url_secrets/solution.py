import re

_USERINFO = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]+:)[^\s/@]+(?=@)")
_PARAM = re.compile(r"([?&](?:token|api_key|secret|password)=)[^&#\s]+", re.IGNORECASE)


def mask_credentials(text: str) -> str:
    text = _USERINFO.sub(r"\1****", text)
    return _PARAM.sub(r"\1****", text)
