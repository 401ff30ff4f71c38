# attack: a wrong answer that replaces modules in sys.modules the driver and the tests might import
# expect: fail
# timeout: 10
import sys, types
fake = types.ModuleType("fake")
fake.__getattr__ = lambda name: (lambda *a, **k: None)
for name in ("os", "json", "importlib", "importlib.util", "traceback", "resource", "signal", "builtins", "math",
             "tests", "qweneval_tests", "__main__"):
    sys.modules[name] = fake
sys.modules["answer"] = fake
import math
def add(a, b):
    return a - b
