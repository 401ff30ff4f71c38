"""Tree-walking interpreter for tinyscript."""

from . import syntax as ast


class ScriptError(Exception):
    def __init__(self, message, line):
        super().__init__("line %d: %s" % (line, message))
        self.line = line


class _Return(Exception):
    def __init__(self, value):
        self.value = value


class Function:
    def __init__(self, node, closure):
        self.node = node
        self.closure = closure

    def __repr__(self):
        return "<fn %s>" % self.node.name


class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def lookup(self, name, line):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise ScriptError("undefined variable %r" % name, line)

    def define(self, name, value):
        self.vars[name] = value

    def assign(self, name, value, line):
        env = self
        while env is not None:
            if name in env.vars:
                env.vars[name] = value
                return
            env = env.parent
        raise ScriptError("assignment to undeclared variable %r" % name, line)


def to_text(value):
    if value is None:
        return "nil"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "[" + ", ".join(to_text(v) for v in value) + "]"
    return str(value)


def _truthy(value):
    return value not in (None, False, 0, "", [])


def _builtin_len(line, value):
    if not isinstance(value, (str, list)):
        raise ScriptError("len() needs a string or list", line)
    return len(value)


def _builtin_upper(line, value):
    if not isinstance(value, str):
        raise ScriptError("upper() needs a string", line)
    return value.upper()


def _builtin_push(line, target, value):
    if not isinstance(target, list):
        raise ScriptError("push() needs a list", line)
    target.append(value)
    return target


BUILTINS = {
    "len": _builtin_len,
    "str": lambda line, value: to_text(value),
    "upper": _builtin_upper,
    "push": _builtin_push,
}

MAX_STEPS = 1_000_000


class Interpreter:
    def __init__(self, variables=None):
        self.globals = Env()
        for name, value in (variables or {}).items():
            self.globals.define(name, value)
        self.output = []
        self.steps = 0

    def run(self, source):
        program = ast.parse(source)
        self.exec_block(program, self.globals)
        return self.output

    # -- statements --------------------------------------------------
    def exec_block(self, statements, env):
        for stmt in statements:
            self.execute(stmt, env)

    def execute(self, node, env):
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise ScriptError("step limit exceeded", node.line)
        kind = type(node)
        if kind is ast.Let:
            env.define(node.name, self.eval(node.expr, env))
        elif kind is ast.Assign:
            env.assign(node.name, self.eval(node.expr, env), node.line)
        elif kind is ast.Print:
            self.output.append(to_text(self.eval(node.expr, env)))
        elif kind is ast.If:
            branch = node.then if _truthy(self.eval(node.cond, env)) else node.otherwise
            self.exec_block(branch, Env(env))
        elif kind is ast.While:
            while _truthy(self.eval(node.cond, env)):
                self.exec_block(node.body, Env(env))
                self.steps += 1
                if self.steps > MAX_STEPS:
                    raise ScriptError("step limit exceeded", node.line)
        elif kind is ast.ForEach:
            iterable = self.eval(node.iterable, env)
            if not isinstance(iterable, (list, str)):
                raise ScriptError("for_each needs a list or string", node.line)
            for item in list(iterable):
                inner = Env(env)
                inner.define(node.name, item)
                self.exec_block(node.body, inner)
        elif kind is ast.FnDef:
            env.define(node.name, Function(node, env))
        elif kind is ast.Return:
            raise _Return(None if node.expr is None else self.eval(node.expr, env))
        elif kind is ast.ExprStmt:
            self.eval(node.expr, env)
        else:  # pragma: no cover - parser only builds the nodes above
            raise ScriptError("cannot execute %s" % kind.__name__, node.line)

    # -- expressions -------------------------------------------------
    def eval(self, node, env):
        kind = type(node)
        if kind is ast.Literal:
            return node.value
        if kind is ast.Var:
            if node.name in BUILTINS:
                try:
                    return env.lookup(node.name, node.line)
                except ScriptError:
                    return BUILTINS[node.name]
            return env.lookup(node.name, node.line)
        if kind is ast.ListLit:
            return [self.eval(item, env) for item in node.items]
        if kind is ast.Unary:
            value = self.eval(node.operand, env)
            if node.op == "not":
                return not _truthy(value)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ScriptError("cannot negate %s" % to_text(value), node.line)
            return -value
        if kind is ast.Binary:
            return self._binary(node, env)
        if kind is ast.Index:
            return self._index(node, env)
        if kind is ast.Call:
            return self._call(node, env)
        raise ScriptError("cannot evaluate %s" % kind.__name__, node.line)

    def _binary(self, node, env):
        if node.op == "and":
            left = self.eval(node.left, env)
            return self.eval(node.right, env) if _truthy(left) else left
        if node.op == "or":
            left = self.eval(node.left, env)
            return left if _truthy(left) else self.eval(node.right, env)
        left = self.eval(node.left, env)
        right = self.eval(node.right, env)
        op = node.op
        if op == "==":
            return left == right
        if op == "!=":
            return left != right
        if op == "+" and (isinstance(left, str) or isinstance(right, str)):
            if not (isinstance(left, str) and isinstance(right, str)):
                raise ScriptError("cannot add text and %s; use str()" % (
                    "number" if isinstance(left, str) else "number"), node.line)
            return left + right
        if op == "+" and isinstance(left, list) and isinstance(right, list):
            return left + right
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (left, right))
        if op in ("<", "<=", ">", ">="):
            if not (numbers or (isinstance(left, str) and isinstance(right, str))):
                raise ScriptError("cannot compare %s and %s" % (to_text(left), to_text(right)), node.line)
            return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]
        if not numbers:
            raise ScriptError("operator %s needs numbers" % op, node.line)
        if op == "+":
            return left + right
        if op == "-":
            return left - right
        if op == "*":
            return left * right
        if right == 0:
            raise ScriptError("division by zero", node.line)
        if op == "/":
            result = left / right
            return int(result) if isinstance(left, int) and isinstance(right, int) and left % right == 0 else result
        return left % right

    def _index(self, node, env):
        target = self.eval(node.target, env)
        index = self.eval(node.index, env)
        if not isinstance(target, (list, str)) or not isinstance(index, int):
            raise ScriptError("bad index", node.line)
        if not -len(target) <= index < len(target):
            raise ScriptError("index %d out of range" % index, node.line)
        return target[index]

    def _call(self, node, env):
        callee = self.eval(node.callee, env)
        args = [self.eval(a, env) for a in node.args]
        if callable(callee) and not isinstance(callee, Function):
            try:
                return callee(node.line, *args)
            except TypeError:
                raise ScriptError("wrong number of arguments", node.line)
        if not isinstance(callee, Function):
            raise ScriptError("%s is not a function" % to_text(callee), node.line)
        params = callee.node.params
        if len(params) != len(args):
            raise ScriptError("%s expects %d arguments, got %d" % (
                callee.node.name, len(params), len(args)), node.line)
        frame = Env(callee.closure)
        for name, value in zip(params, args):
            frame.define(name, value)
        try:
            self.exec_block(callee.node.body, frame)
        except _Return as ret:
            return ret.value
        return None


def run(source, variables=None):
    """Run ``source`` and return the printed lines."""
    return Interpreter(variables).run(source)
