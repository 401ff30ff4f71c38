# attack: a wrong answer that patches builtins the tests and the driver might use
# expect: fail
# timeout: 10
import builtins
class Fake(Exception):
    pass
builtins.AssertionError = Fake
builtins.print = lambda *a, **k: None
builtins.open = lambda *a, **k: (_ for _ in ()).throw(OSError("no"))
builtins.exec = lambda *a, **k: None
builtins.compile = lambda *a, **k: compile("pass", "x", "exec")
builtins.len = lambda x: 0
builtins.isinstance = lambda a, b: True
builtins.__import__ = lambda *a, **k: None
builtins.sorted = lambda x, **k: x
builtins.abs = lambda x: 0
def add(a, b):
    return a - b
