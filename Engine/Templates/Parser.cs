namespace QwenEval.Engine.Templates;

/// <summary>
/// Recursive-descent parser following jinja2.parser.Parser rule by rule, so precedence and the odd corners match:
/// filters bind tighter than unary minus' operand but looser than attribute access, `is` tests take one bare
/// argument, if-tests are parsed without inline if-else, and `a &lt; b &lt; c` chains.
/// </summary>
internal sealed class Parser
{
    private static readonly HashSet<string> CompareOps = ["==", "!=", "<", "<=", ">", ">="];

    private readonly List<Token> _tokens;
    private readonly Stack<HashSet<string>> _nameRefs = new();
    // What Jinja reports when a tag is missing: the end tags being looked for and the innermost open block.
    private readonly Stack<string[]> _endTokens = new();
    private readonly Stack<string> _tagStack = new();
    private int _pos;

    private Parser(List<Token> tokens) => _tokens = tokens;

    public static List<Stmt> Parse(string source)
    {
        var parser = new Parser(Lexer.Tokenize(source));
        try
        {
            return parser.Subparse(null);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new TemplateSyntaxException("the template nests too deeply", parser.Current.Line);
        }
    }

    private Token Current => _tokens[_pos];

    private Token Look => _tokens[Math.Min(_pos + 1, _tokens.Count - 1)];

    private Token Next() => _tokens[_pos < _tokens.Count - 1 ? _pos++ : _pos];

    private TemplateSyntaxException Fail(string message, int? line = null) => new(message, line ?? Current.Line);

    private Token ExpectOp(string op)
    {
        if (!Current.IsOp(op)) throw Fail($"expected token '{op}', got '{Current.Describe()}'");
        return Next();
    }

    private Token ExpectName(string? name = null)
    {
        if (Current.Kind != TokenKind.Name || (name is not null && Current.Value != name))
            throw Fail($"expected token '{name ?? "name"}', got '{Current.Describe()}'");
        return Next();
    }

    private void Expect(TokenKind kind)
    {
        if (Current.Kind != kind)
            throw Fail($"expected token '{new Token(kind, "", 0).Describe()}', got '{Current.Describe()}'");
        Next();
    }

    private bool SkipOp(string op)
    {
        if (!Current.IsOp(op)) return false;
        Next();
        return true;
    }

    private bool SkipName(string name)
    {
        if (!Current.IsName(name)) return false;
        Next();
        return true;
    }

    private List<Stmt> Subparse(string[]? endTokens)
    {
        var body = new List<Stmt>();
        while (Current.Kind != TokenKind.Eof)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Data:
                    body.Add(new OutputStmt(token.Value, null, token.Line));
                    Next();
                    break;
                case TokenKind.VariableBegin:
                    Next();
                    body.Add(new OutputStmt(null, ParseTuple(withCondExpr: true), token.Line));
                    Expect(TokenKind.VariableEnd);
                    break;
                case TokenKind.BlockBegin:
                    Next();
                    if (endTokens is not null && Current.Kind == TokenKind.Name && endTokens.Contains(Current.Value))
                        return body;
                    body.Add(ParseStatement());
                    Expect(TokenKind.BlockEnd);
                    break;
                default:
                    throw Fail("internal parsing error");
            }
        }
        return body;
    }

    /// <summary>Body up to one of the end tags; the end tag name stays current unless dropNeedle.</summary>
    private List<Stmt> ParseStatements(string[] endTokens, bool dropNeedle = false)
    {
        SkipOp(":");
        Expect(TokenKind.BlockEnd);
        _endTokens.Push(endTokens);
        var body = Subparse(endTokens);
        if (Current.Kind == TokenKind.Eof) throw MissingTag(null);
        _endTokens.Pop();
        if (dropNeedle) Next();
        return body;
    }

    /// <summary>Jinja's message for an unknown tag (name) or a template ending inside a block (null).</summary>
    private TemplateSyntaxException MissingTag(string? name)
    {
        var message = name is null ? "Unexpected end of template." : $"Encountered unknown tag '{name}'.";
        if (_endTokens.Count > 0)
        {
            var looking = string.Join(" or ", _endTokens.Peek().Select(t => $"'{t}'"));
            message += name is not null && _endTokens.Any(e => e.Contains(name))
                ? $" You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for {looking}."
                : $" Jinja was looking for the following tags: {looking}.";
        }
        if (_tagStack.Count > 0) message += $" The innermost block that needs to be closed is '{_tagStack.Peek()}'.";
        return Fail(message);
    }

    private Stmt ParseStatement()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var token = Current;
        if (token.Kind != TokenKind.Name) throw Fail("tag name expected");
        var known = token.Value is "for" or "if" or "set" or "macro" or "call" or "filter" or "with" or "print"
            or "break" or "continue" or "generation";
        if (!known) return ParseUnknownStatement(token);
        _tagStack.Push(token.Value);
        var stmt = ParseKnownStatement(token);
        _tagStack.Pop();
        return stmt;
    }

    private Stmt ParseUnknownStatement(Token token)
    {
        if (token.Value is "block" or "extends" or "include" or "import" or "from" or "autoescape")
            throw Fail($"The '{token.Value}' tag is not supported: chat templates are rendered standalone.");
        throw MissingTag(token.Value);
    }

    private Stmt ParseKnownStatement(Token token)
    {
        switch (token.Value)
        {
            case "for": return ParseFor();
            case "if": return ParseIf();
            case "set": return ParseSet();
            case "macro": return ParseMacro();
            case "call": return ParseCallBlock();
            case "filter": return ParseFilterBlock();
            case "with": return ParseWith();
            case "print":
                {
                    Next();
                    var items = new List<Expr>();
                    while (Current.Kind != TokenKind.BlockEnd)
                    {
                        if (items.Count > 0) ExpectOp(",");
                        items.Add(ParseExpression());
                    }
                    return new SequenceStmt(items.Select(e => (Stmt)new OutputStmt(null, e, token.Line)).ToList(), token.Line);
                }
            case "break":
                Next();
                return new BreakStmt(token.Line);
            case "continue":
                Next();
                return new ContinueStmt(token.Line);
            case "generation":
                {
                    // transformers' AssistantTracker tag: renders its body unchanged.
                    Next();
                    return new SequenceStmt(ParseStatements(["endgeneration"], dropNeedle: true), token.Line);
                }
            default:
                throw new InvalidOperationException($"no parser for tag {token.Value}");
        }
    }

    private ForStmt ParseFor()
    {
        var line = ExpectName("for").Line;
        var target = ParseAssignTarget(extraEndRules: ["in"]);
        ExpectName("in");
        var iter = ParseTuple(withCondExpr: false, extraEndRules: ["recursive"]);
        Expr? filter = null;
        if (SkipName("if")) filter = ParseExpression();
        var recursive = SkipName("recursive");
        var body = ParseStatements(["endfor", "else"]);
        List<Stmt> elseBody = Next().Value == "endfor" ? [] : ParseStatements(["endfor"], dropNeedle: true);
        return new ForStmt(target, iter, body, elseBody, filter, recursive, line);
    }

    private IfStmt ParseIf()
    {
        var line = ExpectName("if").Line;
        var branches = new List<(Expr, List<Stmt>)>();
        List<Stmt> elseBody = [];
        while (true)
        {
            var test = ParseTuple(withCondExpr: false);
            var body = ParseStatements(["elif", "else", "endif"]);
            branches.Add((test, body));
            var token = Next();
            if (token.Value == "elif") continue;
            if (token.Value == "else") elseBody = ParseStatements(["endif"], dropNeedle: true);
            break;
        }
        return new IfStmt(branches, elseBody, line);
    }

    private Stmt ParseSet()
    {
        var line = Next().Line;
        var target = ParseAssignTarget(withNamespace: true);
        if (SkipOp("=")) return new SetStmt(target, ParseTuple(), line);
        var filter = ParseFilter(null);
        var body = ParseStatements(["endset"], dropNeedle: true);
        return new SetBlockStmt(target, filter as FilterExpr, body, line);
    }

    private MacroStmt ParseMacro()
    {
        var line = Next().Line;
        var name = ExpectName().Value;
        var (parameters, defaults) = ParseSignature();
        _nameRefs.Push([]);
        var body = ParseStatements(["endmacro"], dropNeedle: true);
        var refs = _nameRefs.Pop();
        return new MacroStmt(new MacroDef(name, parameters, defaults, body,
            refs.Contains("caller"), refs.Contains("varargs"), refs.Contains("kwargs")), line);
    }

    private CallBlockStmt ParseCallBlock()
    {
        var line = Next().Line;
        var (parameters, defaults) = Current.IsOp("(") ? ParseSignature() : ([], []);
        var call = ParseExpression() as CallExpr ?? throw Fail("expected call", line);
        _nameRefs.Push([]);
        var body = ParseStatements(["endcall"], dropNeedle: true);
        var refs = _nameRefs.Pop();
        return new CallBlockStmt(call, new MacroDef("caller", parameters, defaults, body,
            refs.Contains("caller"), refs.Contains("varargs"), refs.Contains("kwargs")), line);
    }

    private (List<string>, List<Expr>) ParseSignature()
    {
        var parameters = new List<string>();
        var defaults = new List<Expr>();
        ExpectOp("(");
        while (!Current.IsOp(")"))
        {
            if (parameters.Count > 0) ExpectOp(",");
            var name = ExpectName().Value;
            if (SkipOp("=")) defaults.Add(ParseExpression());
            else if (defaults.Count > 0) throw Fail("non-default argument follows default argument");
            parameters.Add(name);
        }
        ExpectOp(")");
        return (parameters, defaults);
    }

    private FilterBlockStmt ParseFilterBlock()
    {
        var line = Next().Line;
        var filter = (FilterExpr)ParseFilter(null, startInline: true)!;
        var body = ParseStatements(["endfilter"], dropNeedle: true);
        return new FilterBlockStmt(filter, body, line);
    }

    private WithStmt ParseWith()
    {
        var line = Next().Line;
        var assignments = new List<(Target, Expr)>();
        while (Current.Kind != TokenKind.BlockEnd)
        {
            if (assignments.Count > 0) ExpectOp(",");
            var target = ParseAssignTarget();
            ExpectOp("=");
            assignments.Add((target, ParseExpression()));
        }
        var body = ParseStatements(["endwith"], dropNeedle: true);
        return new WithStmt(assignments, body, line);
    }

    private Target ParseAssignTarget(string[]? extraEndRules = null, bool withNamespace = false)
    {
        if (withNamespace && Current.Kind == TokenKind.Name && Look.IsOp("."))
        {
            var ns = Next().Value;
            Next();
            return new NamespaceTarget(ns, ExpectName().Value);
        }
        var expr = ParseTuple(simplified: true, extraEndRules: extraEndRules);
        return ToTarget(expr);
    }

    private Target ToTarget(Expr expr) => expr switch
    {
        NameExpr n => new NameTarget(n.Name),
        TupleExpr t => new TupleTarget(t.Items.Select(ToTarget).ToList()),
        _ => throw Fail($"can't assign to {PyOps.Repr(expr.GetType().Name.Replace("Expr", ""))}", expr.Line),
    };

    // ---- expressions ----

    private Expr ParseExpression(bool withCondExpr = true) => withCondExpr ? ParseCondExpr() : ParseOr();

    private Expr ParseCondExpr()
    {
        var line = Current.Line;
        var expr1 = ParseOr();
        while (SkipName("if"))
        {
            var expr2 = ParseOr();
            var expr3 = SkipName("else") ? ParseCondExpr() : null;
            expr1 = new CondExpr(expr2, expr1, expr3, line);
            line = Current.Line;
        }
        return expr1;
    }

    private Expr ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsName("or"))
        {
            var line = Next().Line;
            left = new BinaryExpr("or", left, ParseAnd(), line);
        }
        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsName("and"))
        {
            var line = Next().Line;
            left = new BinaryExpr("and", left, ParseNot(), line);
        }
        return left;
    }

    private Expr ParseNot()
    {
        if (Current.IsName("not"))
        {
            var line = Next().Line;
            return new UnaryExpr("not", ParseNot(), line);
        }
        return ParseCompare();
    }

    private Expr ParseCompare()
    {
        var line = Current.Line;
        var expr = ParseMath1();
        var ops = new List<(string, Expr)>();
        while (true)
        {
            if (Current.Kind == TokenKind.Operator && CompareOps.Contains(Current.Value))
            {
                var op = Next().Value switch { "==" => "eq", "!=" => "ne", "<" => "lt", "<=" => "lteq", ">" => "gt", _ => "gteq" };
                ops.Add((op, ParseMath1()));
            }
            else if (SkipName("in")) ops.Add(("in", ParseMath1()));
            else if (Current.IsName("not") && Look.IsName("in"))
            {
                _pos += 2;
                ops.Add(("notin", ParseMath1()));
            }
            else break;
        }
        return ops.Count == 0 ? expr : new CompareExpr(expr, ops, line);
    }

    private Expr ParseMath1()
    {
        var left = ParseConcat();
        while (Current.IsOp("+") || Current.IsOp("-"))
        {
            var token = Next();
            left = new BinaryExpr(token.Value == "+" ? "add" : "sub", left, ParseConcat(), token.Line);
        }
        return left;
    }

    private Expr ParseConcat()
    {
        var line = Current.Line;
        var args = new List<Expr> { ParseMath2() };
        while (SkipOp("~")) args.Add(ParseMath2());
        return args.Count == 1 ? args[0] : new ConcatExpr(args, line);
    }

    private Expr ParseMath2()
    {
        var left = ParsePow();
        while (Current.Kind == TokenKind.Operator && Current.Value is "*" or "/" or "//" or "%")
        {
            var token = Next();
            var op = token.Value switch { "*" => "mul", "/" => "div", "//" => "floordiv", _ => "mod" };
            left = new BinaryExpr(op, left, ParsePow(), token.Line);
        }
        return left;
    }

    private Expr ParsePow()
    {
        var left = ParseUnary();
        while (Current.IsOp("**"))
        {
            var line = Next().Line;
            left = new BinaryExpr("pow", left, ParseUnary(), line);
        }
        return left;
    }

    private Expr ParseUnary(bool withFilter = true)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var line = Current.Line;
        Expr node;
        if (SkipOp("-")) node = new UnaryExpr("neg", ParseUnary(false), line);
        else if (SkipOp("+")) node = new UnaryExpr("pos", ParseUnary(false), line);
        else node = ParsePrimary();
        node = ParsePostfix(node);
        if (withFilter) node = ParseFilterExpr(node);
        return node;
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                Next();
                switch (token.Value)
                {
                    case "true" or "True": return new ConstExpr(true, token.Line);
                    case "false" or "False": return new ConstExpr(false, token.Line);
                    case "none" or "None": return new ConstExpr(null, token.Line);
                }
                foreach (var refs in _nameRefs) refs.Add(token.Value);
                return new NameExpr(token.Value, token.Line);
            case TokenKind.String:
                {
                    Next();
                    var text = (string)token.Literal!;
                    while (Current.Kind == TokenKind.String) text += (string)Next().Literal!;
                    return new ConstExpr(text, token.Line);
                }
            case TokenKind.Integer:
            case TokenKind.Float:
                Next();
                return new ConstExpr(token.Literal, token.Line);
            case TokenKind.Operator when token.Value == "(":
                {
                    Next();
                    var node = ParseTuple(explicitParentheses: true);
                    ExpectOp(")");
                    return node;
                }
            case TokenKind.Operator when token.Value == "[":
                return ParseList();
            case TokenKind.Operator when token.Value == "{":
                return ParseDict();
            default:
                throw Fail($"unexpected '{token.Describe()}'");
        }
    }

    private Expr ParseTuple(bool simplified = false, bool withCondExpr = true, string[]? extraEndRules = null, bool explicitParentheses = false)
    {
        var line = Current.Line;
        Func<Expr> parse = simplified ? ParsePrimary : () => ParseExpression(withCondExpr);
        var args = new List<Expr>();
        var isTuple = false;
        while (true)
        {
            if (args.Count > 0) ExpectOp(",");
            if (IsTupleEnd(extraEndRules)) break;
            args.Add(parse());
            if (Current.IsOp(",")) isTuple = true;
            else break;
            line = Current.Line;
        }
        if (!isTuple)
        {
            if (args.Count > 0) return args[0];
            if (!explicitParentheses) throw Fail($"Expected an expression, got '{Current.Describe()}'");
        }
        return new TupleExpr(args, line);
    }

    private bool IsTupleEnd(string[]? extraEndRules)
    {
        var c = Current;
        if (c.Kind is TokenKind.VariableEnd or TokenKind.BlockEnd || c.IsOp(")")) return true;
        return extraEndRules is not null && c.Kind == TokenKind.Name && extraEndRules.Contains(c.Value);
    }

    private ListExpr ParseList()
    {
        var line = ExpectOp("[").Line;
        var items = new List<Expr>();
        while (!Current.IsOp("]"))
        {
            if (items.Count > 0) ExpectOp(",");
            if (Current.IsOp("]")) break;
            items.Add(ParseExpression());
        }
        ExpectOp("]");
        return new ListExpr(items, line);
    }

    private DictExpr ParseDict()
    {
        var line = ExpectOp("{").Line;
        var items = new List<(Expr, Expr)>();
        while (!Current.IsOp("}"))
        {
            if (items.Count > 0) ExpectOp(",");
            if (Current.IsOp("}")) break;
            var key = ParseExpression();
            ExpectOp(":");
            items.Add((key, ParseExpression()));
        }
        ExpectOp("}");
        return new DictExpr(items, line);
    }

    private Expr ParsePostfix(Expr node)
    {
        while (true)
        {
            if (Current.IsOp(".") || Current.IsOp("[")) node = ParseSubscript(node);
            else if (Current.IsOp("(")) node = new CallExpr(node, ParseCallArgs(), Current.Line);
            else return node;
        }
    }

    private Expr ParseFilterExpr(Expr node)
    {
        while (true)
        {
            if (Current.IsOp("|")) node = ParseFilter(node)!;
            else if (Current.IsName("is")) node = ParseTest(node);
            else if (Current.IsOp("(")) node = new CallExpr(node, ParseCallArgs(), Current.Line);
            else return node;
        }
    }

    private Expr ParseSubscript(Expr node)
    {
        var token = Next();
        if (token.Value == ".")
        {
            var attr = Next();
            if (attr.Kind == TokenKind.Name) return new GetAttrExpr(node, attr.Value, token.Line);
            if (attr.Kind != TokenKind.Integer) throw Fail("expected name or number", attr.Line);
            return new GetItemExpr(node, new ConstExpr(attr.Literal, attr.Line), token.Line);
        }
        var args = new List<Expr>();
        while (!Current.IsOp("]"))
        {
            if (args.Count > 0) ExpectOp(",");
            args.Add(ParseSubscribed());
        }
        ExpectOp("]");
        return new GetItemExpr(node, args.Count == 1 ? args[0] : new TupleExpr(args, token.Line), token.Line);
    }

    private Expr ParseSubscribed()
    {
        var line = Current.Line;
        var args = new List<Expr?>();
        if (SkipOp(":")) args.Add(null);
        else
        {
            var node = ParseExpression();
            if (!SkipOp(":")) return node;
            args.Add(node);
        }
        if (Current.IsOp(":")) args.Add(null);
        else if (!Current.IsOp("]") && !Current.IsOp(",")) args.Add(ParseExpression());
        else args.Add(null);
        if (SkipOp(":")) args.Add(!Current.IsOp("]") && !Current.IsOp(",") ? ParseExpression() : null);
        else args.Add(null);
        return new SliceExpr(args[0], args[1], args[2], line);
    }

    private CallArgs ParseCallArgs()
    {
        var line = ExpectOp("(").Line;
        var args = new List<Expr>();
        var kwargs = new List<(string, Expr)>();
        Expr? dynArgs = null, dynKwargs = null;
        var requireComma = false;
        void Ensure(bool ok)
        {
            if (!ok) throw Fail("invalid syntax for function call expression", line);
        }
        while (!Current.IsOp(")"))
        {
            if (requireComma)
            {
                ExpectOp(",");
                if (Current.IsOp(")")) break;
            }
            if (SkipOp("*"))
            {
                Ensure(dynArgs is null && dynKwargs is null);
                dynArgs = ParseExpression();
            }
            else if (SkipOp("**"))
            {
                Ensure(dynKwargs is null);
                dynKwargs = ParseExpression();
            }
            else if (Current.Kind == TokenKind.Name && Look.IsOp("="))
            {
                Ensure(dynKwargs is null);
                var key = Current.Value;
                _pos += 2;
                kwargs.Add((key, ParseExpression()));
            }
            else
            {
                Ensure(dynArgs is null && dynKwargs is null && kwargs.Count == 0);
                args.Add(ParseExpression());
            }
            requireComma = true;
        }
        ExpectOp(")");
        return new CallArgs(args, kwargs, dynArgs, dynKwargs);
    }

    private Expr? ParseFilter(Expr? node, bool startInline = false)
    {
        while (Current.IsOp("|") || startInline)
        {
            if (!startInline) Next();
            var token = ExpectName();
            var name = token.Value;
            while (SkipOp(".")) name += "." + ExpectName().Value;
            var args = Current.IsOp("(") ? ParseCallArgs() : new CallArgs([], [], null, null);
            node = new FilterExpr(node, name, args, token.Line);
            startInline = false;
        }
        return node;
    }

    private Expr ParseTest(Expr node)
    {
        var token = Next();
        var negated = SkipName("not");
        var name = ExpectName().Value;
        while (SkipOp(".")) name += "." + ExpectName().Value;
        CallArgs args;
        if (Current.IsOp("(")) args = ParseCallArgs();
        else if ((Current.Kind is TokenKind.Name or TokenKind.String or TokenKind.Integer or TokenKind.Float
                  || Current.IsOp("(") || Current.IsOp("[") || Current.IsOp("{"))
                 && !Current.IsName("else") && !Current.IsName("or") && !Current.IsName("and"))
        {
            if (Current.IsName("is")) throw Fail("You cannot chain multiple tests with is");
            var arg = ParsePostfix(ParsePrimary());
            args = new CallArgs([arg], [], null, null);
        }
        else args = new CallArgs([], [], null, null);
        Expr test = new TestExpr(node, name, args, token.Line);
        return negated ? new UnaryExpr("not", test, token.Line) : test;
    }
}
