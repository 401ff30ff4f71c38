# attack: raises BaseException subclasses (custom, KeyboardInterrupt, GeneratorExit, SystemExit) from the candidate
# expect: error
# timeout: 10
class Escape(BaseException):
    pass
calls = [Escape, KeyboardInterrupt, GeneratorExit, SystemExit]
def add(a, b):
    raise calls.pop(0)() if calls else SystemExit(0)
