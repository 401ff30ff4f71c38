"""Template compiler and renderer.

Syntax::

    {{ user.name | title | default:"anonymous" }}     output with filters
    {% if cond %} ... {% elif cond %} ... {% else %} ... {% endif %}
    {% for item in items %} ... {% else %} ... {% endfor %}
    {% include "other.html" %}
    {# comment #}

Filter arguments follow a colon and are separated by commas; each is a
string literal, a number or a name looked up in the context.
"""

import re

from .runtime import Markup, TemplateSyntaxError, Undefined, UndefinedError, escape

_TAG_RE = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.S)
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$")
_NUMBER_RE = re.compile(r"^-?\d+(?:\.\d+)?$")
_STRING_RE = re.compile(r"^(?:\"[^\"]*\"|'[^']*')$")
_ARG_SPLIT_RE = re.compile(r"""\s*,\s*(?=(?:[^"']|"[^"]*"|'[^']*')*$)""")
_COMPARE_RE = re.compile(r"^(.+?)\s*(==|!=|<=|>=|<|>|\bnot in\b|\bin\b)\s*(.+)$")

FILTER_NAMES = frozenset([
    "upper", "lower", "title", "trim", "default", "length", "join", "truncate", "escape", "e",
    "safe", "first", "last", "replace", "round", "sort", "reverse",
])


# -- expressions -------------------------------------------------------------

class Literal:
    def __init__(self, value):
        self.value = value

    def resolve(self, ctx):
        return self.value


class Var:
    def __init__(self, path):
        self.path = path
        self.parts = path.split(".")

    def resolve(self, ctx):
        return ctx.lookup(self.parts)


def parse_operand(text, lineno):
    text = text.strip()
    if _STRING_RE.match(text):
        return Literal(text[1:-1])
    if _NUMBER_RE.match(text):
        return Literal(float(text) if "." in text else int(text))
    if text in ("true", "false", "none"):
        return Literal({"true": True, "false": False, "none": None}[text])
    if _NAME_RE.match(text):
        return Var(text)
    raise TemplateSyntaxError("cannot understand %r" % (text,), lineno)


class Condition:
    """``[not] a [op b]`` terms joined by ``and`` / ``or`` (evaluated left to right)."""

    def __init__(self, text, lineno):
        self.terms = []   # (joiner, negate, left, op, right)
        joiner = None
        for piece in re.split(r"\s+(and|or)\s+", text.strip()):
            if piece in ("and", "or"):
                joiner = piece
                continue
            negate = False
            while piece.startswith("not "):
                negate = not negate
                piece = piece[4:].strip()
            m = _COMPARE_RE.match(piece)
            if m:
                left, op, right = m.group(1), m.group(2), m.group(3)
                self.terms.append((joiner, negate, parse_operand(left, lineno), op, parse_operand(right, lineno)))
            else:
                self.terms.append((joiner, negate, parse_operand(piece, lineno), None, None))
        if not self.terms:
            raise TemplateSyntaxError("empty condition", lineno)

    @staticmethod
    def _compare(left, op, right):
        if op == "==":
            return left == right
        if op == "!=":
            return left != right
        if op == "in":
            return left in right
        if op == "not in":
            return left not in right
        try:
            return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]
        except TypeError:
            return False

    def evaluate(self, ctx):
        result = None
        for joiner, negate, left, op, right in self.terms:
            value = left.resolve(ctx)
            value = bool(value) if op is None else self._compare(value, op, right.resolve(ctx))
            if negate:
                value = not value
            if joiner is None:
                result = value
            elif joiner == "and":
                result = result and value
            else:
                result = result or value
        return result


# -- filters -----------------------------------------------------------------

def _apply_filter(name, value, args):
    if name == "upper":
        return str(value).upper()
    if name == "lower":
        return str(value).lower()
    if name == "title":
        return str(value).title()
    if name == "trim":
        return str(value).strip()
    if name == "default":
        fallback = args[0] if args else ""
        only_undefined = not (len(args) > 1 and args[1])
        if isinstance(value, Undefined) or (not only_undefined and not value):
            return fallback
        return value
    if name == "length":
        return len(value)
    if name == "join":
        sep = args[0] if args else ""
        return str(sep).join(str(v) for v in value)
    if name == "truncate":
        length = int(args[0]) if args else 20
        end = args[1] if len(args) > 1 else "..."
        text = str(value)
        if len(text) <= length:
            return text
        return text[: max(0, length - len(end))].rstrip() + end
    if name in ("escape", "e"):
        return escape(value)
    if name == "safe":
        return Markup(value)
    if name == "first":
        return next(iter(value), Undefined("first"))
    if name == "last":
        items = list(value)
        return items[-1] if items else Undefined("last")
    if name == "replace":
        if len(args) != 2:
            raise TypeError("replace needs 2 arguments")
        return str(value).replace(str(args[0]), str(args[1]))
    if name == "round":
        digits = int(args[0]) if args else 0
        result = round(float(value), digits)
        return int(result) if digits == 0 else result
    if name == "sort":
        return sorted(value)
    if name == "reverse":
        if isinstance(value, str):
            return value[::-1]
        return list(reversed(list(value)))
    raise TemplateSyntaxError("unknown filter %r" % (name,))


class Output:
    def __init__(self, text, lineno):
        parts = [p.strip() for p in re.split(r"\|(?=(?:[^\"']|\"[^\"]*\"|'[^']*')*$)", text)]
        if not parts[0]:
            raise TemplateSyntaxError("empty output tag", lineno)
        self.expr = parse_operand(parts[0], lineno)
        self.filters = []
        for part in parts[1:]:
            name, _, rest = part.partition(":")
            name = name.strip()
            if name not in FILTER_NAMES:
                raise TemplateSyntaxError("unknown filter %r" % (name,), lineno)
            args = [parse_operand(a, lineno) for a in _ARG_SPLIT_RE.split(rest.strip())] if rest.strip() else []
            self.filters.append((name, args))
        self.lineno = lineno

    def render(self, ctx, out):
        value = self.expr.resolve(ctx)
        for name, args in self.filters:
            value = _apply_filter(name, value, [a.resolve(ctx) for a in args])
        if ctx.autoescape:
            out.append(escape(value))
        else:
            out.append(str(value))


# -- statements --------------------------------------------------------------

class Text:
    def __init__(self, text):
        self.text = text

    def render(self, ctx, out):
        out.append(self.text)


class If:
    def __init__(self):
        self.branches = []   # (Condition, body)
        self.else_body = None

    def render(self, ctx, out):
        for cond, body in self.branches:
            if cond.evaluate(ctx):
                render_nodes(body, ctx, out)
                return
        if self.else_body is not None:
            render_nodes(self.else_body, ctx, out)


class LoopInfo:
    def __init__(self, index, length):
        self.index = index + 1
        self.index0 = index
        self.first = index == 0
        self.last = index == length - 1
        self.length = length


class For:
    def __init__(self, target, iterable):
        self.target = target
        self.iterable = iterable
        self.body = []
        self.else_body = None

    def render(self, ctx, out):
        items = list(self.iterable.resolve(ctx) or ())
        if not items:
            if self.else_body is not None:
                render_nodes(self.else_body, ctx, out)
            return
        for i, item in enumerate(items):
            ctx.push({self.target: item, "loop": LoopInfo(i, len(items))})
            try:
                render_nodes(self.body, ctx, out)
            finally:
                ctx.pop()


class Include:
    def __init__(self, name_expr, lineno):
        self.name_expr = name_expr
        self.lineno = lineno

    def render(self, ctx, out):
        name = self.name_expr.resolve(ctx)
        template = ctx.env.get_template(name)
        render_nodes(template.nodes, ctx, out)


def render_nodes(nodes, ctx, out):
    for node in nodes:
        node.render(ctx, out)


# -- context -----------------------------------------------------------------

class Context:
    def __init__(self, env, data):
        self.env = env
        self.autoescape = env.autoescape
        self.scopes = [dict(data)]

    def push(self, scope):
        self.scopes.append(scope)

    def pop(self):
        self.scopes.pop()

    def lookup(self, parts):
        head = parts[0]
        for scope in reversed(self.scopes):
            if head in scope:
                value = scope[head]
                break
        else:
            return self._missing(".".join(parts))
        for part in parts[1:]:
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, (list, tuple)) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            elif not part.startswith("_") and hasattr(value, part):
                value = getattr(value, part)
            else:
                return self._missing(".".join(parts))
        return value

    def _missing(self, name):
        if self.env.strict:
            raise UndefinedError("%r is undefined" % (name,))
        return Undefined(name)


# -- compiler ----------------------------------------------------------------

def compile_nodes(source, name=None):
    root = []
    stack = [("root", root, None)]     # (kind, current body, owning node)
    lineno = 1
    for piece in _TAG_RE.split(source):
        start_line = lineno
        lineno += piece.count("\n")
        if not piece:
            continue
        body = stack[-1][1]
        if piece.startswith("{#"):
            continue
        if piece.startswith("{{"):
            body.append(Output(piece[2:-2].strip(), start_line))
            continue
        if not piece.startswith("{%"):
            body.append(Text(piece))
            continue
        words = piece[2:-2].strip().split(None, 1)
        if not words:
            raise TemplateSyntaxError("empty tag", start_line, name)
        tag, arg = words[0], (words[1] if len(words) > 1 else "")
        kind, _, owner = stack[-1]
        if tag == "if":
            node = If()
            node.branches.append((Condition(arg, start_line), []))
            body.append(node)
            stack.append(("if", node.branches[-1][1], node))
        elif tag == "elif":
            if kind != "if" or owner.else_body is not None:
                raise TemplateSyntaxError("elif outside of if", start_line, name)
            owner.branches.append((Condition(arg, start_line), []))
            stack[-1] = ("if", owner.branches[-1][1], owner)
        elif tag == "else":
            if kind not in ("if", "for") or owner.else_body is not None:
                raise TemplateSyntaxError("else outside of if/for", start_line, name)
            owner.else_body = []
            stack[-1] = (kind, owner.else_body, owner)
        elif tag == "for":
            m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)\s+in\s+(.+)$", arg)
            if not m:
                raise TemplateSyntaxError("for needs 'name in expression'", start_line, name)
            node = For(m.group(1), parse_operand(m.group(2), start_line))
            body.append(node)
            stack.append(("for", node.body, node))
        elif tag in ("endif", "endfor"):
            if kind != tag[3:]:
                raise TemplateSyntaxError("unexpected %s" % tag, start_line, name)
            stack.pop()
        elif tag == "include":
            body.append(Include(parse_operand(arg, start_line), start_line))
        else:
            raise TemplateSyntaxError("unknown tag %r" % (tag,), start_line, name)
    if len(stack) > 1:
        raise TemplateSyntaxError("unclosed %s" % stack[-1][0], lineno, name)
    return root


class Template:
    def __init__(self, source, env=None, name=None):
        self.env = env if env is not None else Environment()
        self.name = name
        try:
            self.nodes = compile_nodes(source, name)
        except TemplateSyntaxError as exc:
            if exc.name is None and name is not None:
                raise TemplateSyntaxError(exc.message, exc.lineno, name) from None
            raise

    def render(self, context=None, **kwargs):
        data = dict(context or {})
        data.update(kwargs)
        out = []
        render_nodes(self.nodes, Context(self.env, data), out)
        return "".join(out)


class Environment:
    """Holds settings shared by templates: loader, autoescaping, strictness."""

    def __init__(self, loader=None, autoescape=False, strict=False):
        self.loader = loader
        self.autoescape = autoescape
        self.strict = strict
        self._cache = {}

    def from_string(self, source, name=None):
        return Template(source, self, name)

    def get_template(self, name):
        if self.loader is None:
            raise TemplateSyntaxError("no loader configured; cannot include %r" % (name,))
        if name not in self._cache:
            self._cache[name] = Template(self.loader.load(name), self, name)
        return self._cache[name]
