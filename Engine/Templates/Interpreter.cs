using System.Runtime.CompilerServices;
using System.Text;

namespace QwenEval.Engine.Templates;

/// <summary>Walks the syntax tree, writing output; expression semantics live in PyOps, Access, Filters and JinjaTests.</summary>
internal sealed class Interpreter
{
    private const int MaxCallDepth = 200;
    private int _callDepth;

    private enum Flow
    {
        Normal,
        Break,
        Continue,
    }

    public string Render(List<Stmt> body, Scope scope)
    {
        var output = new StringBuilder();
        Exec(body, scope, output);
        return output.ToString();
    }

    private Flow Exec(List<Stmt> body, Scope scope, StringBuilder output)
    {
        foreach (var stmt in body)
        {
            Flow flow;
            try
            {
                flow = Exec(stmt, scope, output);
            }
            catch (TemplateException e) when (e.Line == 0)
            {
                e.Line = stmt.Line;
                throw;
            }
            if (flow != Flow.Normal) return flow;
        }
        return Flow.Normal;
    }

    private Flow Exec(Stmt stmt, Scope scope, StringBuilder output)
    {
        // Deep nesting must end in a template error, never in a stack overflow that kills the process.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (stmt)
        {
            case OutputStmt o:
                if (o.Text is not null) output.Append(o.Text);
                else output.Append(PyOps.Str(Eval(o.Value!, scope)));
                return Flow.Normal;
            case IfStmt s:
                foreach (var (test, body) in s.Branches)
                    if (PyOps.Truthy(Eval(test, scope)))
                        return Exec(body, scope, output);
                return Exec(s.Else, scope, output);
            case ForStmt f:
                RunLoop(f, Eval(f.Iter, scope), scope, output, 0);
                return Flow.Normal;
            case SetStmt s:
                Assign(s.Target, Eval(s.Value, scope), scope);
                return Flow.Normal;
            case SetBlockStmt s:
                {
                    var captured = new StringBuilder();
                    Exec(s.Body, new Scope(scope), captured);
                    object? value = captured.ToString();
                    if (s.Filter is not null) value = ApplyFilterChain(s.Filter, value, scope);
                    Assign(s.Target, value, scope);
                    return Flow.Normal;
                }
            case MacroStmt m:
                scope.Set(m.Def.Name, new Macro(m.Def, scope));
                return Flow.Normal;
            case CallBlockStmt c:
                {
                    var caller = new Macro(c.Caller, scope);
                    var callee = Eval(c.Call.Callee, scope);
                    var args = EvalArgs(c.Call.Args, scope);
                    args.Keywords.Add(new("caller", caller));
                    output.Append(PyOps.Str(Call(callee, args)));
                    return Flow.Normal;
                }
            case FilterBlockStmt f:
                {
                    var captured = new StringBuilder();
                    Exec(f.Body, new Scope(scope), captured);
                    output.Append(PyOps.Str(ApplyFilterChain(f.Filter, captured.ToString(), scope)));
                    return Flow.Normal;
                }
            case WithStmt w:
                {
                    var inner = new Scope(scope);
                    foreach (var (target, value) in w.Assignments) Assign(target, Eval(value, scope), inner);
                    return Exec(w.Body, inner, output);
                }
            case SequenceStmt s:
                return Exec(s.Body, scope, output);
            case BreakStmt:
                return Flow.Break;
            case ContinueStmt:
                return Flow.Continue;
            default:
                throw new InvalidOperationException($"unknown statement {stmt.GetType().Name}");
        }
    }

    private void RunLoop(ForStmt f, object? iterable, Scope scope, StringBuilder output, int depth0)
    {
        IEnumerable<object?> items = PyOps.Iterate(iterable).ToList();
        if (f.Filter is not null)
            items = items.Where(item =>
            {
                var s = new Scope(scope);
                Assign(f.Target, item, s);
                return PyOps.Truthy(Eval(f.Filter, s));
            });
        Func<object?, string>? recurse = f.Recursive
            ? inner =>
            {
                var sb = new StringBuilder();
                RunLoop(f, inner, scope, sb, depth0 + 1);
                return sb.ToString();
            }
            : null;
        using var source = items.GetEnumerator();
        var loop = new LoopContext(source, depth0, recurse);
        // Jinja clears its "run the else block" flag at the end of the loop body, so the else block also runs when
        // every iteration left early through continue or break, not only when there was nothing to iterate.
        var runElse = true;
        for (var i = 0; loop.Has(i); i++)
        {
            loop.Index0 = i;
            var iteration = new Scope(scope);
            Assign(f.Target, loop[i], iteration);
            iteration.Set("loop", loop);
            var flow = Exec(f.Body, iteration, output);
            if (flow == Flow.Normal) runElse = false;
            else if (flow == Flow.Break) break;
        }
        if (runElse) Exec(f.Else, new Scope(scope), output);
    }

    private static void Assign(Target target, object? value, Scope scope)
    {
        switch (target)
        {
            case NameTarget n:
                scope.Set(n.Name, value);
                break;
            case TupleTarget t:
                {
                    if (!PyOps.IsIterable(value))
                        throw new TemplateException("TypeError", $"cannot unpack non-iterable {PyOps.TypeName(value)} object");
                    var values = PyOps.Iterate(value).ToList();
                    if (values.Count < t.Items.Count)
                        throw new TemplateException("ValueError", $"not enough values to unpack (expected {t.Items.Count}, got {values.Count})");
                    if (values.Count > t.Items.Count)
                        throw new TemplateException("ValueError", $"too many values to unpack (expected {t.Items.Count})");
                    for (var i = 0; i < values.Count; i++) Assign(t.Items[i], values[i], scope);
                    break;
                }
            case NamespaceTarget ns:
                if (!scope.TryGet(ns.Namespace, out var obj) || obj is not Namespace space)
                    throw new TemplateException("TemplateRuntimeError", "cannot assign attribute on non-namespace object");
                space.Attributes[ns.Attribute] = value;
                break;
        }
    }

    public object? Eval(Expr expr, Scope scope)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expr)
        {
            case ConstExpr c:
                return c.Value;
            case NameExpr n:
                return scope.TryGet(n.Name, out var v) ? v : Undefined.Name(n.Name);
            case GetAttrExpr g:
                return Access.GetAttr(Eval(g.Target, scope), g.Attribute);
            case GetItemExpr g:
                {
                    var target = Eval(g.Target, scope);
                    // Jinja compiles x[a:b] to a plain Python subscript, not environment.getitem: no fallback to Undefined.
                    if (g.Key is SliceExpr s)
                        return Access.Slice(target, new SliceValue(EvalOpt(s.Start, scope), EvalOpt(s.Stop, scope), EvalOpt(s.Step, scope)));
                    return Access.GetItem(target, Eval(g.Key, scope));
                }
            case TupleExpr t:
                return t.Items.Select(e => Eval(e, scope)).ToArray();
            case ListExpr l:
                return l.Items.Select(e => Eval(e, scope)).ToList();
            case DictExpr d:
                {
                    var dict = new JinjaDict();
                    foreach (var (k, val) in d.Items) dict[Eval(k, scope)] = Eval(val, scope);
                    return dict;
                }
            case UnaryExpr u:
                {
                    var operand = Eval(u.Operand, scope);
                    return u.Op switch
                    {
                        "not" => !PyOps.Truthy(operand),
                        "neg" => PyOps.Neg(operand),
                        _ => PyOps.Pos(operand),
                    };
                }
            case BinaryExpr b:
                return EvalBinary(b, scope);
            case ConcatExpr c:
                return string.Concat(c.Items.Select(e => PyOps.Str(Eval(e, scope))));
            case CompareExpr c:
                {
                    var left = Eval(c.First, scope);
                    foreach (var (op, operand) in c.Rest)
                    {
                        var right = Eval(operand, scope);
                        var ok = op switch
                        {
                            "eq" => PyOps.Eq(left, right),
                            "ne" => !PyOps.Eq(left, right),
                            "in" => PyOps.Contains(right, left),
                            "notin" => !PyOps.Contains(right, left),
                            _ => PyOps.Order(op, left, right),
                        };
                        if (!ok) return false;
                        left = right;
                    }
                    return true;
                }
            case CondExpr c:
                if (PyOps.Truthy(Eval(c.Test, scope))) return Eval(c.Then, scope);
                return c.Else is not null
                    ? Eval(c.Else, scope)
                    : Undefined.Hint($"the inline if-expression on line {c.Line} evaluated to false and no else section was defined.");
            case CallExpr c:
                return Call(Eval(c.Callee, scope), EvalArgs(c.Args, scope));
            case FilterExpr f:
                return Filters.Apply(this, f.Name, Eval(f.Target!, scope), EvalArgs(f.Args, scope));
            case TestExpr t:
                return JinjaTests.Apply(this, t.Name, Eval(t.Target, scope), EvalArgs(t.Args, scope));
            default:
                throw new InvalidOperationException($"unknown expression {expr.GetType().Name}");
        }
    }

    private object? EvalOpt(Expr? e, Scope scope) => e is null ? null : Eval(e, scope);

    private object? EvalBinary(BinaryExpr b, Scope scope)
    {
        var left = Eval(b.Left, scope);
        switch (b.Op)
        {
            case "and":
                return PyOps.Truthy(left) ? Eval(b.Right, scope) : left;
            case "or":
                return PyOps.Truthy(left) ? left : Eval(b.Right, scope);
        }
        var right = Eval(b.Right, scope);
        return b.Op switch
        {
            "add" => PyOps.Add(left, right),
            "sub" => PyOps.Sub(left, right),
            "mul" => PyOps.Mul(left, right),
            "div" => PyOps.Div(left, right),
            "floordiv" => PyOps.FloorDiv(left, right),
            "mod" => PyOps.Mod(left, right),
            _ => PyOps.Pow(left, right),
        };
    }

    private object? ApplyFilterChain(FilterExpr filter, object? input, Scope scope)
    {
        var value = filter.Target is FilterExpr inner ? ApplyFilterChain(inner, input, scope) : input;
        return Filters.Apply(this, filter.Name, value, EvalArgs(filter.Args, scope));
    }

    private Arguments EvalArgs(CallArgs args, Scope scope)
    {
        var positional = args.Positional.Select(e => Eval(e, scope)).ToList();
        if (args.DynArgs is not null) positional.AddRange(PyOps.Iterate(Eval(args.DynArgs, scope)));
        var keywords = args.Keywords.Select(k => new KeyValuePair<string, object?>(k.Name, Eval(k.Value, scope))).ToList();
        if (args.DynKwargs is not null)
        {
            if (Eval(args.DynKwargs, scope) is not JinjaDict dict)
                throw new TemplateException("TypeError", "argument after ** must be a mapping");
            foreach (var (k, val) in dict)
            {
                if (!PyOps.TryString(k, out var key)) throw new TemplateException("TypeError", "keywords must be strings");
                keywords.Add(new(key, val));
            }
        }
        return new Arguments(positional, keywords);
    }

    public object? Call(object? callee, Arguments args)
    {
        switch (callee)
        {
            case Undefined u:
                throw u.Fail();
            case JinjaCallable c:
                // Python stops runaway macro recursion at its frame limit; this limit is of the same order.
                if (_callDepth >= MaxCallDepth)
                    throw new TemplateException("RecursionError", "maximum recursion depth exceeded while calling a Python object");
                _callDepth++;
                try
                {
                    return c.Call(this, args);
                }
                finally
                {
                    _callDepth--;
                }
            case LoopContext loop:
                if (loop.Recurse is null)
                    throw new TemplateException("TypeError", "Tried to call non recursive loop. Maybe you forgot the 'recursive' modifier.");
                args.NoKeywords("loop");
                if (args.Positional.Count != 1) throw new TemplateException("TypeError", "loop() takes exactly one argument");
                return loop.Recurse(args.Positional[0]);
            default:
                throw new TemplateException("TypeError", $"{PyOps.Repr(PyOps.TypeName(callee))} object is not callable");
        }
    }

    /// <summary>Runs a macro body with its arguments bound as Jinja's Macro.__call__ binds them.</summary>
    internal string Invoke(Macro macro, Arguments args)
    {
        var def = macro.Def;
        var n = def.Parameters.Count;
        var kwargs = new List<KeyValuePair<string, object?>>(args.Keywords);
        object? Take(string name)
        {
            var i = kwargs.FindIndex(k => k.Key == name);
            if (i < 0) return Missing.Value;
            var v = kwargs[i].Value;
            kwargs.RemoveAt(i);
            return v;
        }
        var values = new object?[n];
        var foundCaller = def.Parameters.Contains("caller");
        for (var i = 0; i < n; i++)
        {
            if (i < args.Positional.Count) values[i] = args.Positional[i];
            else values[i] = Take(def.Parameters[i]);
        }
        var scope = new Scope(macro.Closure);
        if (def.UsesCaller && !foundCaller)
        {
            var caller = Take("caller");
            scope.Set("caller", caller is Missing or null ? Undefined.Hint("No caller defined") : caller);
        }
        if (def.UsesKwargs)
        {
            var dict = new JinjaDict();
            foreach (var (k, v) in kwargs) dict[k] = v;
            scope.Set("kwargs", dict);
        }
        else if (kwargs.Count > 0)
        {
            throw new TemplateException("TypeError", kwargs.Any(k => k.Key == "caller")
                ? $"macro {PyOps.Repr(def.Name)} was invoked with two values for the special caller argument. This is most likely a bug."
                : $"macro {PyOps.Repr(def.Name)} takes no keyword argument {PyOps.Repr(kwargs[0].Key)}");
        }
        if (def.UsesVarargs) scope.Set("varargs", args.Positional.Skip(n).ToArray());
        else if (args.Positional.Count > n)
            throw new TemplateException("TypeError", $"macro {PyOps.Repr(def.Name)} takes not more than {n} argument(s)");
        var firstDefault = n - def.Defaults.Count;
        for (var i = 0; i < n; i++)
        {
            var value = values[i];
            if (value is Missing)
                value = i >= firstDefault
                    ? Eval(def.Defaults[i - firstDefault], scope)
                    : Undefined.Hint($"parameter {PyOps.Repr(def.Parameters[i])} was not provided");
            scope.Set(def.Parameters[i], value);
        }
        var output = new StringBuilder();
        Exec(def.Body, scope, output);
        return output.ToString();
    }

    private sealed class Missing
    {
        public static readonly Missing Value = new();
    }
}

/// <summary>A {% macro %} (or a call block's caller) bound to the scope it was defined in.</summary>
internal sealed class Macro(MacroDef def, Scope closure) : JinjaCallable
{
    public MacroDef Def { get; } = def;

    public Scope Closure { get; } = closure;

    public override string Name => Def.Name;

    public override object? Call(Interpreter interpreter, Arguments args) => interpreter.Invoke(this, args);
}
