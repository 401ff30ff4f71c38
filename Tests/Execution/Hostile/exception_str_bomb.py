# attack: raises an exception whose str() and repr() themselves raise, from a class whose name lies
# expect: error
# timeout: 10
class Bomb(Exception):
    def __str__(self):
        raise Bomb()
    def __repr__(self):
        raise RuntimeError("no")
Bomb.__name__ = "pass"
def add(a, b):
    raise Bomb()
