"""The package index: which versions exist and what each one requires.

JSON layout::

    {"packages": {"requests": {"2.31.0": ["urllib3>=1.21,<3", "idna>=2.5"], ...}, ...}}
"""

import json

from pkgres.versions import Requirement, Version, VersionError


class IndexError_(ValueError):
    pass


class Index:
    def __init__(self, packages):
        # {name: {Version: [Requirement, ...]}}
        self.packages = packages

    @classmethod
    def from_dict(cls, data):
        packages = {}
        try:
            for name, releases in data["packages"].items():
                key = name.lower().replace("_", "-")
                packages[key] = {Version.parse(v): [Requirement.parse(r) for r in reqs]
                                 for v, reqs in releases.items()}
        except (KeyError, AttributeError, TypeError, VersionError) as exc:
            raise IndexError_(f"malformed index: {exc}") from None
        return cls(packages)

    @classmethod
    def load(cls, path):
        with open(path, encoding="utf-8") as fh:
            return cls.from_dict(json.load(fh))

    def versions(self, name):
        """All versions of `name`, newest first."""
        return sorted(self.packages.get(name, {}), reverse=True)

    def requirements(self, name, version):
        return self.packages[name][version]
