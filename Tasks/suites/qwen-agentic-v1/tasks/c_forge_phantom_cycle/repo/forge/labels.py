"""Target labels.

    //lib/net:http   target "http" in package "lib/net"
    //lib/net        shorthand for //lib/net:net
    :http            target "http" in the package of the BUILD file that mentions it
"""

import re
from dataclasses import dataclass

_PACKAGE = re.compile(r"^[a-z0-9_]+(?:/[a-z0-9_]+)*$")
_NAME = re.compile(r"^[A-Za-z0-9_.+-]+$")


class LabelError(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Label:
    package: str
    name: str

    def __str__(self):
        return f"//{self.package}:{self.name}"


def parse_label(text, current_package=None):
    """Parse an absolute label, or a relative one (':name') given the current package."""
    text = text.strip()
    if text.startswith(":"):
        if current_package is None:
            raise LabelError(f"relative label {text!r} outside a package")
        package, name = current_package, text[1:]
    elif text.startswith("//"):
        body = text[2:]
        if ":" in body:
            package, name = body.split(":", 1)
        else:
            package, name = body, body.rsplit("/", 1)[-1]
    else:
        raise LabelError(f"label {text!r} must start with '//' or ':'")
    if not _PACKAGE.match(package):
        raise LabelError(f"bad package name in {text!r}")
    if not _NAME.match(name):
        raise LabelError(f"bad target name in {text!r}")
    return Label(package, name)
