"""Load a flags.json file and answer flag queries."""

import json

from flagkit.engine import FlagConfigError, parse_flag


class FlagStore:
    def __init__(self, flags):
        self.flags = flags  # {name: Flag}
        self.overrides = {}

    @classmethod
    def from_json(cls, text):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FlagConfigError(f"invalid JSON: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("flags"), dict):
            raise FlagConfigError("the file must contain an object with a 'flags' object")
        return cls({name: parse_flag(name, config) for name, config in data["flags"].items()})

    @classmethod
    def from_file(cls, path):
        with open(path, encoding="utf-8") as fh:
            return cls.from_json(fh.read())

    def override(self, name, variant):
        """Force a variant (for tests and local development)."""
        flag = self.flags[name]
        if variant not in flag.variants:
            raise KeyError(variant)
        self.overrides[name] = variant

    def variant(self, name, context):
        if name in self.overrides:
            return self.overrides[name]
        return self.flags[name].evaluate(context)[0]

    def value(self, name, context):
        return self.flags[name].variants[self.variant(name, context)]

    def is_on(self, name, context):
        return bool(self.value(name, context))
