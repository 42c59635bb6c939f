"""IR -> scenario source that compiles back to the same IR, line numbers included.

Layout rules, so that every recorded line is reproduced:
- each statement starts on its recorded line; blank lines pad the gaps;
- a statement recorded on the line where the previous one is (`a; b`, or a
  one-line suite `if c: return`) is joined to it;
- a call recorded on a later line than the text written so far is moved there
  with a backslash continuation (legal between any two tokens);
- `else:` and `finally:` have no line in the IR: they go on the line before
  their first statement, or on that line as a one-line suite;
- the docstring is rendered from `meta` on line 1 with the imports after it,
  or, if that does not fit before the first definition, in a compact form
  that closes the docstring and does the imports on its last line.
An IR whose lines cannot be laid out (not one `compile` makes) still gives
valid source; each line that had to move is reported as a warning.
"""
from . import metadata, subset
from . import ir as irmod

INDENT = "    "

_PREC_OP = {"|": 6, "&": 8, "+": 10, "-": 10, "*": 11, "/": 11, "//": 11, "%": 11}
_P_LAMBDA, _P_IFEXP, _P_OR, _P_AND, _P_NOT, _P_CMP = 0, 1, 2, 3, 4, 5
_P_YIELD = -1        # `yield x` stands bare only as a statement or an assignment's value
_P_STAR = 6          # operand of `*x` in a call: bitwise_or level, above comparisons
_P_UNARY, _P_AWAIT, _P_PRIMARY, _P_ATOM = 12, 14, 15, 16
_SIMPLE = {"expr", "assign", "augassign", "return", "pass", "break", "continue", "raise",
           "assert", "delete", "nonlocal"}


def decompile(ir):
    """(source text, [warnings]) for an IR document."""
    d = _Decompiler(ir)
    d.module()
    return d.text(), d.warnings


class _Decompiler:
    def __init__(self, ir):
        self.ir = ir
        self.lines = []      # finished lines
        self.cur = ""        # the line being written (line number len(lines) + 1)
        self.indent = ""
        self.warnings = []

    # -- the writer --------------------------------------------------------

    @property
    def line_no(self):
        return len(self.lines) + 1

    def text(self):
        lines = self.lines + ([self.cur] if self.cur else [])
        return "\n".join(l.rstrip() for l in lines) + "\n"

    def write(self, s):
        self.cur += s

    def newline(self):
        self.lines.append(self.cur)
        self.cur = ""

    def goto(self, line, indent, what):
        """Start a new logical line at `line` (or the next free line, with a warning)."""
        if self.cur.strip():
            self.newline()
        else:
            self.cur = ""
        while self.line_no < line:
            self.newline()
        if line and self.line_no > line:
            self.warnings.append(f"{what} recorded on line {line} is written on line "
                                 f"{self.line_no}")
        self.cur = indent

    def pin(self, line, what):
        """Inside an expression: continue on `line` with backslash continuations."""
        if not isinstance(line, int):
            return
        while self.line_no < line:
            self.write(" \\")
            self.newline()
            self.cur = self.indent + INDENT
        if self.line_no > line:
            self.warnings.append(f"{what} recorded on line {line} is written on line "
                                 f"{self.line_no}")

    # -- module ------------------------------------------------------------

    def module(self):
        items = [("constant", c) for c in self.ir.get("constants", [])] + \
                [("class", c) for c in self.ir.get("classes", [])] + \
                [("def", f) for f in self.ir.get("functions", [])]
        items.sort(key=lambda kv: kv[1].get("line", 0))
        first = min((kv[1].get("line", 0) for kv in items), default=0)
        self.header(first)
        for kind, item in items:
            self.goto(item.get("line", 0), "", f"{kind} {item['name']}")
            if kind == "constant":
                self.assignment(item)
            elif kind == "class":
                self.class_def(item)
            else:
                self.function(item)

    def assignment(self, item):
        self.write(f"{item['name']} = ")
        self.expr(item["value"], 0)

    def class_def(self, cls):
        """A class: its attributes and methods in line order; decorators on
        the line before their method."""
        self.indent = ""
        bases = cls.get("bases", [])
        self.write(f"class {cls['name']}")
        if bases:
            self.write("(")
            for i, b in enumerate(bases):
                self.write(", " if i else "")
                self.expr(b, _P_IFEXP)
            self.write(")")
        self.write(":")
        members = [("attr", a) for a in cls.get("attrs", [])] + \
                  [("method", m) for m in cls.get("methods", [])]
        if not members:
            self.write(" pass")
            return
        members.sort(key=lambda kv: kv[1].get("line", 0))
        for kind, m in members:
            line = m.get("line", 0)
            if kind == "method" and m.get("decorator"):
                self.goto(line - 1, INDENT, f"@{m['decorator']}")
                self.write("@" + m["decorator"])
            self.goto(line, INDENT, f"{kind} {m['name']}")
            if kind == "attr":
                self.assignment(m)
            else:
                self.function(m, INDENT)

    def header(self, first_line):
        doc = metadata.render(self.ir["meta"])
        doc = [_escape_doc(l) for l in doc]
        # constants too: a module-level ContextVar(...) names its import
        every = list(irmod.nodes([self.ir.get("constants", []), self.ir.get("classes", []),
                                  self.ir.get("functions", [])]))
        names = {n.get("id") for n in every if n.get("kind") == "name"}
        # A parameter or local called `signal` is not the module: the file
        # that compiled to this IR could not have imported it.
        bound = {p for n in every for p in n.get("params", ())}
        bound |= {t["id"] for n in every for t in _targets(n) if t.get("kind") == "name"}
        imports = [stmt for name, stmt in subset.IMPORTS.items() if name in names - bound]
        nice = ['"""' + doc[0]] + doc[1:] + ['"""'] + imports
        if not first_line or len(nice) < first_line:
            self.lines.extend(nice)
            return
        compact = ['"""' + doc[0]] + doc[1:]
        compact[-1] += '"""' + "".join("; " + i for i in imports)
        if len(compact) >= first_line:
            self.warnings.append(f"the docstring needs {len(compact)} lines but the first "
                                 f"definition is recorded on line {first_line}")
        self.lines.extend(compact)

    def function(self, fn, indent=""):
        """A module-level function or a nested `def` statement (same fields)."""
        self.indent = indent
        self.write(("async def " if fn.get("async") else "def ") + fn["name"] + "(")
        self.params(fn)
        self.write("):")
        self.block(fn.get("body", []), indent + INDENT)

    def params(self, fn):
        params = list(fn.get("params", []))
        defaults = fn.get("defaults", [])
        plain = len(params) - len(defaults)
        for i, p in enumerate(params):
            if i:
                self.write(", ")
            self.write(p)
            if i >= plain:
                self.write("=")
                self.expr(defaults[i - plain], _P_IFEXP)

    # -- statements --------------------------------------------------------

    def block(self, stmts, indent):
        """The suite after a header that ends the current line with ':'."""
        if not stmts:
            self.warnings.append(f"empty block on line {self.line_no}: wrote `pass`")
            self.write(" pass")
            return
        if stmts[0].get("line") == self.line_no:
            # a one-line suite: `if c: a; b`
            for i, s in enumerate(stmts):
                if s["kind"] not in _SIMPLE or s.get("line") != self.line_no:
                    if i == 0:
                        break
                    self.warnings.append(f"line {s.get('line')}: statement after a one-line "
                                         "suite moved to its own line")
                    self.statements(stmts[i:], indent)
                    return
                self.write(" " if i == 0 else "; ")
                self.simple(s, indent)
            else:
                return
        self.statements(stmts, indent)

    def statements(self, stmts, indent):
        prev = None
        for s in stmts:
            if (prev is not None and s.get("line") == self.line_no and prev["kind"] in _SIMPLE
                    and s["kind"] in _SIMPLE and not self.cur.rstrip().endswith(":")):
                self.write("; ")
                self.simple(s, indent)
            else:
                self.goto(s.get("line", 0), indent, f"`{s['kind']}` statement")
                self.stmt(s, indent)
            prev = s

    def stmt(self, s, indent):
        self.indent = indent
        k = s["kind"]
        if k in _SIMPLE:
            return self.simple(s, indent)
        inner = indent + INDENT
        if k == "if":
            self.write("if ")
            self.expr(s["test"], 0)
            self.write(":")
            self.block(s["body"], inner)
            orelse = s.get("orelse", [])
            while len(orelse) == 1 and orelse[0]["kind"] == "if":
                e = orelse[0]
                self.goto(e.get("line", 0), indent, "`elif`")
                self.indent = indent
                self.write("elif ")
                self.expr(e["test"], 0)
                self.write(":")
                self.block(e["body"], inner)
                orelse = e.get("orelse", [])
            if orelse:
                self.clause("else", orelse, indent)
        elif k in ("for", "async_for"):
            self.write("for " if k == "for" else "async for ")
            self.target(s["target"])
            self.write(" in ")
            self.expr(s["iter"], 0)
            self.write(":")
            self.block(s["body"], inner)
            if s.get("orelse"):
                self.clause("else", s["orelse"], indent)
        elif k == "while":
            self.write("while ")
            self.expr(s["test"], 0)
            self.write(":")
            self.block(s["body"], inner)
            if s.get("orelse"):
                self.clause("else", s["orelse"], indent)
        elif k in ("try", "trystar"):
            self.write("try:")
            self.block(s["body"], inner)
            for h in s.get("handlers", []):
                self.goto(h.get("line", 0), indent, "`except`")
                self.indent = indent
                self.write("except*" if k == "trystar" else "except")
                types = h.get("types", [])
                if len(types) == 1:
                    self.write(" ")
                    self.expr(types[0], _P_OR + 1)
                elif types:
                    self.write(" (")
                    for i, t in enumerate(types):
                        self.write(", " if i else "")
                        self.expr(t, _P_IFEXP)
                    self.write(")")
                if h.get("name"):
                    self.write(" as " + h["name"])
                self.write(":")
                self.block(h["body"], inner)
            if s.get("orelse"):
                self.clause("else", s["orelse"], indent)
            if s.get("finalbody"):
                self.clause("finally", s["finalbody"], indent)
        elif k in ("async_with", "with"):
            self.write("async with " if k == "async_with" else "with ")
            body = self.with_items(s)
            self.write(":")
            self.block(body, inner)
        elif k == "def":
            self.function(s, indent)
        else:
            self.warnings.append(f"unknown statement kind {k!r} on line {s.get('line')}: "
                                 "wrote `pass`")
            self.write("pass")

    def with_items(self, s):
        """Writes the items of `with a, b:` (nested withs on one line); returns the body."""
        while True:
            self.expr(s["ctx"], 0)
            if s.get("name"):
                self.write(" as " + s["name"])
            following = irmod.next_with_item(s)
            if following is None:
                return s.get("body", [])
            self.write(", ")
            s = following

    def clause(self, keyword, body, indent):
        """`else:` / `finally:`, which have no line of their own in the IR."""
        first = body[0].get("line", 0)
        if first > self.line_no + 1:
            self.goto(first - 1, indent, f"`{keyword}`")
        else:
            self.goto(max(first, self.line_no + 1), indent, f"`{keyword}`")
        self.indent = indent
        self.write(keyword + ":")
        self.block(body, indent + INDENT)

    def simple(self, s, indent):
        self.indent = indent
        k = s["kind"]
        if k == "expr":
            self.expr(s["value"], _P_YIELD)
        elif k == "assign":
            self.target(s["target"])
            self.write(" = ")
            self.expr(s["value"], _P_YIELD)
        elif k == "augassign":
            self.target(s["target"])
            self.write(f" {s['op']}= ")
            self.expr(s["value"], 0)
        elif k == "return":
            self.write("return")
            if s.get("value") is not None:
                self.write(" ")
                self.expr(s["value"], 0)
        elif k == "raise":
            self.write("raise")
            if s.get("exc") is not None:
                self.write(" ")
                self.expr(s["exc"], 0)
            if s.get("cause") is not None:
                self.write(" from ")
                self.expr(s["cause"], 0)
        elif k == "delete":
            self.write("del ")
            for i, t in enumerate(s.get("targets", [])):
                self.write(", " if i else "")
                self.expr(t, _P_IFEXP)
        elif k == "nonlocal":
            self.write("nonlocal " + ", ".join(s.get("names", [])))
        elif k == "assert":
            self.write("assert ")
            self.expr(s["test"], _P_IFEXP)
            if s.get("msg") is not None:
                self.write(", ")
                self.expr(s["msg"], _P_IFEXP)
        else:
            self.write(k)

    def target(self, t):
        if t.get("kind") == "tuple":
            elts = t.get("elts", [])
            for i, e in enumerate(elts):
                self.write(", " if i else "")
                self.expr(e, _P_IFEXP)
            if len(elts) == 1:
                self.write(",")
        else:
            self.expr(t, 0)

    # -- expressions -------------------------------------------------------

    def expr(self, e, min_prec):
        prec = _prec(e)
        paren = prec < min_prec
        if paren:
            self.write("(")
        self._expr(e)
        if paren:
            self.write(")")

    def _expr(self, e):
        k = e.get("kind")
        if k == "const":
            self.write(_const(e))
        elif k == "name":
            self.write(e["id"])
        elif k == "super":
            self.write("super()")
        elif k == "attr":
            v = e["value"]
            if v.get("kind") == "const" and v.get("type") in ("int", "float"):
                self.write("(")
                self._expr(v)
                self.write(")")
            else:
                self.expr(v, _P_PRIMARY)
            self.write("." + e["attr"])
        elif k == "call":
            self.pin(e.get("line"), "call")
            self.expr(e["func"], _P_PRIMARY)
            self.write("(")
            first = True
            args = e.get("args", [])
            sole_genexp = (len(args) == 1 and args[0].get("kind") == "genexp"
                           and e.get("star") is None and not e.get("kwargs"))
            for a in args:
                self.write("" if first else ", ")
                if sole_genexp:  # `sum(x for x in xs)`: the call's parentheses are the genexp's
                    self.comprehension(a, brackets="")
                else:
                    self.expr(a, _P_LAMBDA)
                first = False
            if e.get("star") is not None:
                self.write(("" if first else ", ") + "*")
                self.expr(e["star"], _P_STAR)
                first = False
            for kw in e.get("kwargs", []):
                self.write(("" if first else ", ") + kw["name"] + "=")
                self.expr(kw["value"], _P_LAMBDA)
                first = False
            self.write(")")
        elif k == "await":
            self.write("await ")
            self.expr(e["value"], _P_PRIMARY)
        elif k == "yield":
            self.write("yield")
            if e.get("value") is not None:
                self.write(" ")
                self.expr(e["value"], _P_IFEXP)
        elif k == "binop":
            p = _PREC_OP[e["op"]]
            self.expr(e["left"], p)
            self.write(f" {e['op']} ")
            self.expr(e["right"], p + 1)
        elif k == "unary":
            if e["op"] == "not":
                self.write("not ")
                self.expr(e["operand"], _P_NOT)
            else:
                self.write(e["op"])
                self.expr(e["operand"], _P_UNARY)
        elif k == "compare":
            self.expr(e["left"], _P_CMP + 1)
            for op, right in zip(e.get("ops", []), e.get("comparators", [])):
                self.write(f" {op} ")
                self.expr(right, _P_CMP + 1)
        elif k == "boolop":
            p = _P_AND if e["op"] == "and" else _P_OR
            for i, v in enumerate(e["values"]):
                self.write(f" {e['op']} " if i else "")
                self.expr(v, p + 1)
        elif k == "ifexp":
            self.expr(e["body"], _P_OR)
            self.write(" if ")
            self.expr(e["test"], _P_OR)
            self.write(" else ")
            self.expr(e["orelse"], _P_IFEXP)
        elif k in ("list", "tuple"):
            self.write("[" if k == "list" else "(")
            elts = e.get("elts", [])
            for i, x in enumerate(elts):
                self.write(", " if i else "")
                self.expr(x, _P_LAMBDA)
            if k == "tuple" and len(elts) == 1:
                self.write(",")
            self.write("]" if k == "list" else ")")
        elif k == "dict":
            self.write("{")
            for i, (key, val) in enumerate(zip(e.get("keys", []), e.get("values", []))):
                self.write(", " if i else "")
                self.expr(key, _P_IFEXP)
                self.write(": ")
                self.expr(val, _P_LAMBDA)
            self.write("}")
        elif k == "fstring":
            self.fstring(e)
        elif k in ("listcomp", "setcomp", "dictcomp", "genexp"):
            self.comprehension(e)
        elif k == "lambda":
            self.pin(e.get("line"), "lambda")
            self.write("lambda")
            if e.get("params"):
                self.write(" ")
                self.params(e)
            self.write(": ")
            self.expr(e["body"], _P_LAMBDA)
        elif k == "set":
            self.write("{")
            for i, x in enumerate(e.get("elts", [])):
                self.write(", " if i else "")
                self.expr(x, _P_IFEXP)
            self.write("}")
        elif k == "subscript":
            self.expr(e["value"], _P_PRIMARY)
            self.write("[")
            index = e["index"]
            if index.get("kind") == "slice":
                self.slice(index)
            else:
                self.expr(index, _P_IFEXP)
            self.write("]")
        else:
            self.warnings.append(f"unknown expression kind {k!r}: wrote None")
            self.write("None")


    _BRACKETS = {"listcomp": "[]", "setcomp": "{}", "dictcomp": "{}", "genexp": "()"}

    def comprehension(self, e, brackets=None):
        brackets = self._BRACKETS[e["kind"]] if brackets is None else brackets
        self.write(brackets[:1])
        if e["kind"] == "dictcomp":
            self.expr(e["key"], _P_IFEXP)
            self.write(": ")
            self.expr(e["value"], _P_LAMBDA)
        else:
            self.expr(e["elt"], _P_LAMBDA)
        for g in e.get("generators", []):
            self.write(" for ")
            self.target(g["target"])
            self.write(" in ")
            self.expr(g["iter"], _P_OR)
            for c in g.get("ifs", []):
                self.write(" if ")
                self.expr(c, _P_OR)
        self.write(brackets[1:])
    def slice(self, e):
        """`lower:upper:step`, each part left empty when null."""
        for i, part in enumerate(("lower", "upper", "step")):
            if i == 2 and e.get("step") is None:
                break
            self.write(":" if i else "")
            if e.get(part) is not None:
                self.expr(e[part], _P_IFEXP)

    def fstring(self, e):
        """f"..." (3.11: a field's expression may not hold a double quote or a backslash)."""
        self.write('f"')
        for part in e.get("parts", []):
            if part.get("kind") == "const":
                self.write(_fstring_literal(str(part.get("value", ""))))
                continue
            self.write("{")
            start = len(self.cur)
            self.expr(part["value"], _P_IFEXP)
            if self.cur[start:].startswith("{"):
                self.cur = self.cur[:start] + " " + self.cur[start:]
            if part.get("conversion"):
                self.write("!" + part["conversion"])
            if part.get("spec") is not None:
                self.write(":" + _fstring_literal(part["spec"]))
            self.write("}")
        self.write('"')


def _fstring_literal(s):
    """Literal text inside f"...": braces doubled, quotes and controls escaped."""
    body = "".join('\\"' if ch == '"' else "\\'" if ch == "'" else repr(ch)[1:-1] for ch in s)
    return body.replace("{", "{{").replace("}", "}}")


def _prec(e):
    k = e.get("kind")
    if k in ("attr", "call", "subscript"):
        return _P_PRIMARY
    if k == "await":
        return _P_AWAIT
    if k == "yield":
        return _P_YIELD
    if k == "binop":
        return _PREC_OP[e["op"]]
    if k == "unary":
        return _P_NOT if e["op"] == "not" else _P_UNARY
    if k == "compare":
        return _P_CMP
    if k == "boolop":
        return _P_AND if e["op"] == "and" else _P_OR
    if k == "ifexp":
        return _P_IFEXP
    if k == "lambda":
        return _P_LAMBDA
    if k == "const" and e.get("type") in ("int", "float") and e.get("value", 0) < 0:
        return _P_UNARY
    return _P_ATOM


def _const(e):
    t, v = e.get("type"), e.get("value")
    if t == "none" or v is None:
        return "None"
    if t == "bool":
        return "True" if v else "False"
    if t == "float":
        return repr(float(v))
    if t == "int":
        return repr(int(v))
    if t == "bytes":
        return repr(str(v).encode("latin-1"))
    return repr(str(v))


def _escape_doc(line):
    out = []
    for ch in line:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def _targets(node):
    """The targets a statement assigns (a tuple target's names among them)."""
    target = node.get("target")
    if not isinstance(target, dict):
        return []
    return [target] + [e for e in target.get("elts", ()) if isinstance(e, dict)]
