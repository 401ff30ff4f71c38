using System.Globalization;
using System.Text;

namespace QwenEval.Engine.Templates;

/// <summary>
/// Splits template text into tokens the way Jinja2's lexer does with the options transformers uses
/// (trim_blocks, lstrip_blocks, keep_trailing_newline off): newlines normalized to \n, one trailing newline dropped,
/// "-" strips all whitespace on that side of a tag, "+" disables lstrip/trim for that tag, lstrip_blocks removes
/// spaces between a line start and {% or {#, trim_blocks removes the first newline after %} or #}.
/// </summary>
internal sealed class Lexer
{
    private static readonly string[] Operators2 = ["**", "//", "==", "!=", ">=", "<="];
    private const string Operators1 = "+-/*%~[](){}><=.:|,;";

    private readonly string _src;
    private readonly List<Token> _tokens = [];
    private int _pos;
    private int _line = 1;
    // Jinja's line_starting: did the last match end with a newline (lstrip_blocks applies only at line starts).
    private bool _lineStarting = true;

    private Lexer(string source) => _src = source;

    public static List<Token> Tokenize(string source)
    {
        var lexer = new Lexer(Normalize(source));
        lexer.Run();
        return lexer._tokens;
    }

    private static string Normalize(string source)
    {
        var s = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return s.EndsWith('\n') ? s[..^1] : s;
    }

    private void Run()
    {
        while (_pos < _src.Length)
        {
            var start = FindTagStart(_pos);
            if (start < 0)
            {
                Emit(TokenKind.Data, _src[_pos..]);
                Advance(_src.Length);
                break;
            }
            var kind = _src[start + 1];
            var signPos = start + 2;
            var sign = signPos < _src.Length && _src[signPos] is '-' or '+' ? _src[signPos] : '\0';
            var text = _src[_pos..start];
            var rawEnd = 0;
            var isRaw = kind == '%' && MatchRawBegin(start, out rawEnd);
            text = ApplyLeftStrip(text, sign, isVariable: kind == '{');
            Emit(TokenKind.Data, text);
            if (isRaw)
            {
                Advance(rawEnd);
                LexRaw();
                continue;
            }
            Advance(signPos + (sign == '\0' ? 0 : 1));
            switch (kind)
            {
                case '#':
                    LexComment();
                    break;
                case '%':
                    _tokens.Add(new Token(TokenKind.BlockBegin, "{%", _line));
                    LexTag(block: true);
                    break;
                default:
                    _tokens.Add(new Token(TokenKind.VariableBegin, "{{", _line));
                    LexTag(block: false);
                    break;
            }
        }
        _tokens.Add(new Token(TokenKind.Eof, "", _line));
    }

    private int FindTagStart(int from)
    {
        for (var i = _src.IndexOf('{', from); i >= 0 && i + 1 < _src.Length; i = _src.IndexOf('{', i + 1))
            if (_src[i + 1] is '{' or '%' or '#') return i;
        return -1;
    }

    /// <summary>Whitespace control on the text before a tag.</summary>
    private string ApplyLeftStrip(string text, char sign, bool isVariable)
    {
        if (sign == '-') return RStrip(text);
        if (sign == '+' || isVariable) return text;
        var lineStart = text.LastIndexOf('\n') + 1;
        if ((lineStart > 0 || _lineStarting) && lineStart < text.Length && AllSpace(text, lineStart))
            return text[..lineStart];
        return text;
    }

    private static string RStrip(string s)
    {
        var end = s.Length;
        while (end > 0 && PyStr.IsSpace(s[end - 1])) end--;
        return s[..end];
    }

    private static bool AllSpace(string s, int from)
    {
        for (var i = from; i < s.Length; i++)
            if (!PyStr.IsSpace(s[i])) return false;
        return true;
    }

    private int SkipSpace(int i)
    {
        while (i < _src.Length && PyStr.IsSpace(_src[i])) i++;
        return i;
    }

    private bool At(int i, string s) => string.CompareOrdinal(_src, i, s, 0, s.Length) == 0;

    /// <summary>{%[-+]? raw (-%}\s*|%}) — note: no trim_blocks newline after raw, as in Jinja.</summary>
    private bool MatchRawBegin(int start, out int end)
    {
        end = 0;
        var i = start + 2;
        if (i < _src.Length && _src[i] is '-' or '+') i++;
        i = SkipSpace(i);
        if (!At(i, "raw")) return false;
        i = SkipSpace(i + 3);
        if (At(i, "-%}"))
        {
            end = SkipSpace(i + 3);
            return true;
        }
        if (At(i, "%}"))
        {
            end = i + 2;
            return true;
        }
        return false;
    }

    private void LexRaw()
    {
        for (var i = _src.IndexOf("{%", _pos, StringComparison.Ordinal); i >= 0; i = _src.IndexOf("{%", i + 1, StringComparison.Ordinal))
        {
            var j = i + 2;
            var sign = j < _src.Length && _src[j] is '-' or '+' ? _src[j] : '\0';
            if (sign != '\0') j++;
            j = SkipSpace(j);
            if (!At(j, "endraw")) continue;
            j = SkipSpace(j + 6);
            var end = MatchBlockEnd(j);
            if (end < 0) continue;
            Emit(TokenKind.Data, ApplyLeftStrip(_src[_pos..i], sign, isVariable: false));
            Advance(end);
            return;
        }
        throw new TemplateSyntaxException("Missing end of raw directive", _line);
    }

    /// <summary>Position after a block end at i (+%}, -%} plus whitespace, %} plus one newline), or -1.</summary>
    private int MatchBlockEnd(int i)
    {
        if (At(i, "+%}")) return i + 3;
        if (At(i, "-%}")) return SkipSpace(i + 3);
        if (At(i, "%}")) return i + 2 < _src.Length && _src[i + 2] == '\n' ? i + 3 : i + 2;
        return -1;
    }

    private void LexComment()
    {
        for (var i = _pos; i < _src.Length; i++)
        {
            int end;
            if (At(i, "+#}")) end = i + 3;
            else if (At(i, "-#}")) end = SkipSpace(i + 3);
            else if (At(i, "#}")) end = i + 2 < _src.Length && _src[i + 2] == '\n' ? i + 3 : i + 2;
            else continue;
            Advance(end);
            return;
        }
        throw new TemplateSyntaxException("Missing end of comment tag", _line);
    }

    private void LexTag(bool block)
    {
        var balance = new Stack<char>();
        while (true)
        {
            if (_pos >= _src.Length)
                throw new TemplateSyntaxException($"unexpected end of template, expected '{(block ? "end of statement block" : "end of print statement")}'.", _line);
            if (balance.Count == 0)
            {
                var end = block ? MatchBlockEnd(_pos) : MatchVariableEnd(_pos);
                if (end >= 0)
                {
                    _tokens.Add(new Token(block ? TokenKind.BlockEnd : TokenKind.VariableEnd, block ? "%}" : "}}", _line));
                    Advance(end);
                    return;
                }
            }
            var c = _src[_pos];
            if (PyStr.IsSpace(c))
            {
                Advance(SkipSpace(_pos));
                continue;
            }
            if (char.IsAsciiDigit(c) && LexNumber()) continue;
            if (c == '_' || char.IsLetter(c))
            {
                var j = _pos + 1;
                while (j < _src.Length && (_src[j] == '_' || char.IsLetterOrDigit(_src[j]))) j++;
                _tokens.Add(new Token(TokenKind.Name, _src[_pos..j], _line));
                Advance(j);
                continue;
            }
            if (c is '\'' or '"')
            {
                LexString(c);
                continue;
            }
            var op = Operators2.FirstOrDefault(o => At(_pos, o)) ?? (Operators1.Contains(c) ? c.ToString() : null)
                ?? throw new TemplateSyntaxException($"unexpected char {PyOps.Repr(c.ToString())} at {_pos}", _line);
            if (op is "(" or "[" or "{") balance.Push(op[0]);
            else if (op is ")" or "]" or "}")
            {
                if (balance.Count == 0) throw new TemplateSyntaxException($"unexpected '{op}'", _line);
                var open = balance.Pop();
                var expected = open switch { '(' => ')', '[' => ']', _ => '}' };
                if (op[0] != expected) throw new TemplateSyntaxException($"unexpected '{op}', expected '{expected}'", _line);
            }
            _tokens.Add(new Token(TokenKind.Operator, op, _line));
            Advance(_pos + op.Length);
        }
    }

    private int MatchVariableEnd(int i)
    {
        if (At(i, "-}}")) return SkipSpace(i + 3);
        if (At(i, "}}")) return i + 2;
        return -1;
    }

    /// <summary>Float (digits with a fraction and/or exponent) or integer (decimal, 0b, 0o, 0x; _ separators).</summary>
    private bool LexNumber()
    {
        // Jinja's float pattern refuses a number right after '.', so x.0 is attribute 0.
        var afterDot = _pos > 0 && _src[_pos - 1] == '.';
        if (!afterDot && MatchFloat(_pos, out var fend))
        {
            var text = _src[_pos..fend];
            _tokens.Add(new Token(TokenKind.Float, text, _line, double.Parse(text.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture)));
            Advance(fend);
            return true;
        }
        var i = _pos;
        long value;
        if (_src[i] == '0' && i + 1 < _src.Length && char.ToLowerInvariant(_src[i + 1]) is 'b' or 'o' or 'x')
        {
            var radix = char.ToLowerInvariant(_src[i + 1]) switch { 'b' => 2, 'o' => 8, _ => 16 };
            var j = i + 2;
            var digits = new StringBuilder();
            while (j < _src.Length)
            {
                if (_src[j] == '_' && j + 1 < _src.Length && IsDigit(_src[j + 1], radix)) j++;
                if (!IsDigit(_src[j], radix)) break;
                digits.Append(_src[j++]);
            }
            if (digits.Length == 0) return LexDecimal();
            value = Convert.ToInt64(digits.ToString(), radix);
            _tokens.Add(new Token(TokenKind.Integer, _src[i..j], _line, value));
            Advance(j);
            return true;
        }
        return LexDecimal();
    }

    private bool LexDecimal()
    {
        var i = _pos;
        var j = ScanDigits(i);
        // "0(_?0)*" or "[1-9](_?\d)*": a leading zero admits only zeros.
        if (_src[i] == '0')
        {
            j = i + 1;
            while (j < _src.Length && (_src[j] == '0' || (_src[j] == '_' && j + 1 < _src.Length && _src[j + 1] == '0'))) j++;
        }
        var text = _src[i..j];
        if (!long.TryParse(text.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw new TemplateSyntaxException($"integer literal {text} is too large", _line);
        _tokens.Add(new Token(TokenKind.Integer, text, _line, value));
        Advance(j);
        return true;
    }

    private static bool IsDigit(char c, int radix) => radix switch
    {
        2 => c is '0' or '1',
        8 => c is >= '0' and <= '7',
        _ => char.IsAsciiHexDigit(c),
    };

    /// <summary>End of (\d+_)*\d+ from i, or i when there is no digit.</summary>
    private int ScanDigits(int i)
    {
        var j = i;
        while (j < _src.Length && char.IsAsciiDigit(_src[j]))
        {
            j++;
            if (j + 1 < _src.Length && _src[j] == '_' && char.IsAsciiDigit(_src[j + 1])) j++;
        }
        return j;
    }

    private bool MatchFloat(int i, out int end)
    {
        end = 0;
        var j = ScanDigits(i);
        if (j == i) return false;
        var k = j;
        var hasFraction = false;
        if (k < _src.Length && _src[k] == '.')
        {
            var f = ScanDigits(k + 1);
            if (f > k + 1)
            {
                hasFraction = true;
                k = f;
            }
        }
        if (k < _src.Length && _src[k] is 'e' or 'E')
        {
            var e = k + 1;
            if (e < _src.Length && _src[e] is '+' or '-') e++;
            var d = ScanDigits(e);
            if (d > e)
            {
                end = d;
                return true;
            }
        }
        if (!hasFraction) return false;
        end = k;
        return true;
    }

    private void LexString(char quote)
    {
        var i = _pos + 1;
        while (i < _src.Length && _src[i] != quote)
            i += _src[i] == '\\' && i + 1 < _src.Length ? 2 : 1;
        if (i >= _src.Length) throw new TemplateSyntaxException($"unexpected char {PyOps.Repr(quote.ToString())} at {_pos}", _line);
        var raw = _src[(_pos + 1)..i];
        _tokens.Add(new Token(TokenKind.String, _src[_pos..(i + 1)], _line, Unescape(raw)));
        Advance(i + 1);
    }

    /// <summary>
    /// Jinja's str.encode("ascii", "backslashreplace").decode("unicode-escape"): Python escapes are decoded; a
    /// non-ASCII character is first written as its own escape (so "\é" keeps the backslash, as in Jinja).
    /// </summary>
    private string Unescape(string raw)
    {
        if (!raw.Contains('\\')) return raw;
        var ascii = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c < 128) ascii.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                ascii.Append($"\\U{char.ConvertToUtf32(c, raw[++i]):x8}");
            else if (c <= '\xff') ascii.Append($"\\x{(int)c:x2}");
            else ascii.Append($"\\u{(int)c:x4}");
        }
        var s = ascii.ToString();
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                if (s[i] == '\\') throw new TemplateSyntaxException("\\ at end of string", _line);
                sb.Append(s[i]);
                continue;
            }
            var e = s[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                    {
                        var n = 0;
                        var j = i;
                        while (j < s.Length && j < i + 3 && s[j] is >= '0' and <= '7') n = n * 8 + (s[j++] - '0');
                        sb.Append((char)n);
                        i = j - 1;
                        break;
                    }
                case 'x':
                case 'u':
                case 'U':
                    {
                        var len = e switch { 'x' => 2, 'u' => 4, _ => 8 };
                        if (s.Length - i - 1 < len || !s.Substring(i + 1, len).All(char.IsAsciiHexDigit))
                            throw new TemplateSyntaxException($"(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\{e}{new string('X', len)} escape", _line);
                        var cp = Convert.ToInt32(s.Substring(i + 1, len), 16);
                        if (cp > 0x10FFFF) throw new TemplateSyntaxException("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", _line);
                        sb.Append(cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
                        i += len;
                        break;
                    }
                case 'N':
                    throw new TemplateSyntaxException("\\N{...} escapes are not supported", _line);
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    private void Emit(TokenKind kind, string value)
    {
        if (value.Length > 0) _tokens.Add(new Token(kind, value, _line));
    }

    /// <summary>Moves to position end, counting lines and remembering whether the consumed text ended a line.</summary>
    private void Advance(int end)
    {
        if (end <= _pos) return;
        for (var i = _pos; i < end; i++)
            if (_src[i] == '\n') _line++;
        _lineStarting = _src[end - 1] == '\n';
        _pos = end;
    }
}
