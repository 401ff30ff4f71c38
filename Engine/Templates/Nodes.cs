namespace QwenEval.Engine.Templates;

// The syntax tree of a template: expressions evaluate to values, statements write output.

internal abstract record Expr(int Line);

internal sealed record ConstExpr(object? Value, int Line) : Expr(Line);

internal sealed record NameExpr(string Name, int Line) : Expr(Line);

internal sealed record GetAttrExpr(Expr Target, string Attribute, int Line) : Expr(Line);

internal sealed record GetItemExpr(Expr Target, Expr Key, int Line) : Expr(Line);

internal sealed record SliceExpr(Expr? Start, Expr? Stop, Expr? Step, int Line) : Expr(Line);

internal sealed record TupleExpr(List<Expr> Items, int Line) : Expr(Line);

internal sealed record ListExpr(List<Expr> Items, int Line) : Expr(Line);

internal sealed record DictExpr(List<(Expr Key, Expr Value)> Items, int Line) : Expr(Line);

/// <summary>Op is neg, pos or not.</summary>
internal sealed record UnaryExpr(string Op, Expr Operand, int Line) : Expr(Line);

/// <summary>Op is add, sub, mul, div, floordiv, mod, pow, and, or.</summary>
internal sealed record BinaryExpr(string Op, Expr Left, Expr Right, int Line) : Expr(Line);

/// <summary>a ~ b ~ c: str() of each, joined.</summary>
internal sealed record ConcatExpr(List<Expr> Items, int Line) : Expr(Line);

/// <summary>A comparison chain: a &lt; b &lt;= c; ops are eq, ne, lt, lteq, gt, gteq, in, notin.</summary>
internal sealed record CompareExpr(Expr First, List<(string Op, Expr Operand)> Rest, int Line) : Expr(Line);

internal sealed record CondExpr(Expr Test, Expr Then, Expr? Else, int Line) : Expr(Line);

internal sealed record CallArgs(List<Expr> Positional, List<(string Name, Expr Value)> Keywords, Expr? DynArgs, Expr? DynKwargs);

internal sealed record CallExpr(Expr Callee, CallArgs Args, int Line) : Expr(Line);

/// <summary>value | name(args); Target is null inside {% filter %} and {% set x | f %} blocks.</summary>
internal sealed record FilterExpr(Expr? Target, string Name, CallArgs Args, int Line) : Expr(Line);

internal sealed record TestExpr(Expr Target, string Name, CallArgs Args, int Line) : Expr(Line);

internal abstract record Stmt(int Line);

internal sealed record OutputStmt(string? Text, Expr? Value, int Line) : Stmt(Line);

internal sealed record IfStmt(List<(Expr Test, List<Stmt> Body)> Branches, List<Stmt> Else, int Line) : Stmt(Line);

internal sealed record ForStmt(Target Target, Expr Iter, List<Stmt> Body, List<Stmt> Else, Expr? Filter, bool Recursive, int Line) : Stmt(Line);

internal sealed record SetStmt(Target Target, Expr Value, int Line) : Stmt(Line);

internal sealed record SetBlockStmt(Target Target, FilterExpr? Filter, List<Stmt> Body, int Line) : Stmt(Line);

internal sealed record MacroStmt(MacroDef Def, int Line) : Stmt(Line);

internal sealed record CallBlockStmt(CallExpr Call, MacroDef Caller, int Line) : Stmt(Line);

internal sealed record FilterBlockStmt(FilterExpr Filter, List<Stmt> Body, int Line) : Stmt(Line);

internal sealed record WithStmt(List<(Target Target, Expr Value)> Assignments, List<Stmt> Body, int Line) : Stmt(Line);

/// <summary>Statements run in the enclosing scope ({% print %}, transformers' {% generation %}).</summary>
internal sealed record SequenceStmt(List<Stmt> Body, int Line) : Stmt(Line);

internal sealed record BreakStmt(int Line) : Stmt(Line);

internal sealed record ContinueStmt(int Line) : Stmt(Line);

/// <summary>
/// Parameters and body of a macro or call block. The Uses flags say whether the body mentions caller, varargs or
/// kwargs: Jinja accepts extra arguments only then.
/// </summary>
internal sealed record MacroDef(string Name, List<string> Parameters, List<Expr> Defaults, List<Stmt> Body,
    bool UsesCaller, bool UsesVarargs, bool UsesKwargs);

internal abstract record Target;

internal sealed record NameTarget(string Name) : Target;

internal sealed record TupleTarget(List<Target> Items) : Target;

/// <summary>ns.attr on the left of {% set %}.</summary>
internal sealed record NamespaceTarget(string Namespace, string Attribute) : Target;
