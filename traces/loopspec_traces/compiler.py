"""Scenario source -> checked IR (docs/ir.md).

One pass over Python's own AST: every node is either translated into its IR
form or rejected with a `file:line:col` message that names the construct and
says what to write instead. All problems of a file are reported together.
"""
import ast
import math
from pathlib import Path

from . import metadata, subset
from .diagnostics import ScenarioError, ScenarioErrors, ToolError
from .ir import IR_VERSION
from .paths import scenario_id as default_scenario_id

_NAME_HINTS = {
    "print": "print is not in the subset; use log(...) to record values",
    "frozenset": "frozenset is not in the subset; use set(...)",
    "reversed": "reversed is not in the subset; use a slice `x[::-1]`",
}


def compile_file(path, scenario_id=None, scenarios_dir=None):
    """IR dict for the scenario file at `path`. Raises ScenarioErrors / ToolError."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ToolError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ToolError(f"{path}: not UTF-8 text: {e}") from None
    sid = scenario_id or default_scenario_id(path, scenarios_dir)
    return compile_source(source, str(path), sid)


def compile_source(source, path, scenario_id):
    """IR dict for scenario `source`; `path` is only used in messages."""
    return _Compiler(source, path, scenario_id).run()


# The name an allowed import statement binds, by the statement's text.
_BINDS = {stmt: name for name, stmt in subset.IMPORTS.items()}


class _Function:
    """What a function body may name: its parameters and locals, the names
    it declares nonlocal, the function it is nested in, whether it is async."""

    def __init__(self, name, is_async, params, bound, nonlocals=(), parent=None, cls=None):
        self.name = name
        self.is_async = is_async
        self.cls = cls              # the class name, for a method
        self.params = list(params)
        self.nonlocals = set(nonlocals)
        self.locals = (set(params) | set(bound)) - self.nonlocals
        self.parent = parent
        self.loop_depth = 0
        self.except_depth = 0

    def sees(self, name):
        """Whether `name` is a local here or of an enclosing function."""
        fn = self
        while fn is not None:
            if name in fn.locals:
                return True
            fn = fn.parent
        return False

    def self_name(self):
        """The instance parameter of the method this code is in, or None."""
        fn = self
        while fn is not None and fn.cls is None:
            fn = fn.parent
        return fn.params[0] if fn is not None and fn.params else None


class _Compiler:
    def __init__(self, source, path, sid):
        self.source = source
        self.path = path
        self.sid = sid
        self.lines = source.splitlines()
        self.errors = []
        self.imported = set()    # names bound by the file's imports
        self.constants = {}      # name -> node
        self.functions = {}      # name -> node
        self.classes = {}        # name -> node, in source order
        self.exception_classes = set()  # user classes deriving from BaseException
        self.async_functions = set()

    # -- diagnostics -------------------------------------------------------

    def error(self, node, message):
        line = getattr(node, "lineno", 0) if node is not None else 0
        col = getattr(node, "col_offset", -1) + 1 if node is not None else 0
        return ScenarioError(self.path, line, col, message)

    # -- module ------------------------------------------------------------

    def run(self):
        try:
            tree = ast.parse(self.source, filename=self.path)
        except SyntaxError as e:
            raise ScenarioErrors([ScenarioError(self.path, e.lineno, e.offset,
                                                f"syntax error: {e.msg}")]) from None
        except ValueError as e:  # e.g. NUL bytes
            raise ScenarioErrors([ScenarioError(self.path, 1, 0, f"cannot parse: {e}")]) from None
        too_deep = _too_deep(tree)
        if too_deep:
            raise ScenarioErrors([self.error(*too_deep)])

        body = list(tree.body)
        meta = None
        if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            try:
                meta = metadata.parse(body[0].value, self.lines, self.path)
            except ScenarioError as e:
                self.errors.append(e)
            body = body[1:]
        else:
            self.errors.append(ScenarioError(
                self.path, 1, 1, "a module docstring is required: a one-line summary, a blank "
                "line, optional prose, then `spec: <url>` and optional `features:`, `python:`, "
                "`order:` lines"))

        self.collect_module(body)
        entry = self.check_entry(tree)
        constants = []
        functions = []
        classes = []
        for node in body:
            try:
                if isinstance(node, ast.Assign) and any(c is node for c in self.constants.values()):
                    value = self.contextvar_constant(node.value) if self.is_contextvar_call(node.value) \
                        else self.literal(node.value)
                    constants.append({"name": node.targets[0].id, "line": node.lineno, "value": value})
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                        and self.functions.get(node.name) is node:
                    functions.append(self.function(node))
                elif isinstance(node, ast.ClassDef) and self.classes.get(node.name) is node:
                    classes.append(self.class_def(node))
            except ScenarioError as e:
                self.errors.append(e)

        if not self.errors:
            self.python_compile_check()
        if self.errors:
            raise ScenarioErrors(self.errors)
        out = {
            "ir": IR_VERSION,
            "id": self.sid,
            "meta": meta,
            "entry": entry,
            "constants": constants,
        }
        if classes:  # docs/ir.md#classes: absent when the file has none
            out["classes"] = classes
        out["functions"] = functions
        return out

    def import_stmt(self, node):
        if isinstance(node, ast.ImportFrom) and len(node.names) > 1:
            # `from contextvars import ContextVar, copy_context`: each name as if imported alone
            for alias in node.names:
                one = ast.ImportFrom(module=node.module, names=[alias], level=node.level)
                self.import_stmt(ast.copy_location(one, node))
            return
        text = ast.unparse(node)
        name = _BINDS.get(text)
        if name is None:
            self.errors.append(self.error(node, "this import is not allowed: only "
                                          + subset.ALLOWED_IMPORTS))
        elif name in self.imported:
            self.errors.append(self.error(node, f"`{text}` appears twice"))
        self.imported.add(name)

    def collect_module(self, body):
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self.import_stmt(node)
        reserved = self.reserved_names()
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            if isinstance(node, ast.Assign):
                if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
                    self.errors.append(self.error(node, "module level allows only `NAME = <literal>` "
                                                  "constant assignments"))
                    continue
                name = node.targets[0].id
                if name in reserved:
                    self.errors.append(self.error(node.targets[0], f"'{name}' is a reserved name "
                                                  "in scenarios; choose another constant name"))
                elif name in self.module_defined():
                    self.errors.append(self.error(node.targets[0], f"'{name}' is defined twice at "
                                                  "module level; module constants are assigned once"))
                else:
                    self.constants[name] = node
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.name in reserved:
                    self.errors.append(self.error(node, f"'{node.name}' is a reserved name in "
                                                  "scenarios; choose another function name"))
                elif node.name in self.module_defined():
                    self.errors.append(self.error(node, f"'{node.name}' is defined twice at module level"))
                else:
                    self.functions[node.name] = node
                    if isinstance(node, ast.AsyncFunctionDef):
                        self.async_functions.add(node.name)
            elif isinstance(node, ast.ClassDef):
                self.collect_class(node, reserved)
            elif isinstance(node, ast.If) and "__name__" in ast.unparse(node.test):
                self.errors.append(self.error(node, "`if __name__ == ...` blocks are not allowed: "
                                              "the harness calls main() or scenario(loop) itself"))
            elif isinstance(node, ast.AnnAssign):
                self.errors.append(self.error(node, "annotated assignment is not allowed; write "
                                              "`NAME = <literal>`"))
            else:
                what = subset.STATEMENT_HINTS.get(type(node).__name__, f"a {_describe(node)}")
                self.errors.append(self.error(node, f"module level holds only the imports, "
                                              f"top-level functions and classes, and constant "
                                              f"assignments, not {what}"))

    def module_defined(self):
        return set(self.constants) | set(self.functions) | set(self.classes)

    def collect_class(self, node, reserved):
        if node.name in reserved:
            self.errors.append(self.error(node, f"'{node.name}' is a reserved name in scenarios; "
                                          "choose another class name"))
        elif node.name in self.module_defined():
            self.errors.append(self.error(node, f"'{node.name}' is defined twice at module level"))
        else:
            self.classes[node.name] = node
            if any(self.is_exception_class(b) for b in node.bases):
                self.exception_classes.add(node.name)

    def reserved_names(self):
        return (set(subset.BUILTIN_FUNCTIONS) | set(subset.BUILTIN_EXCEPTIONS)
                | {"asyncio", "log", "loopspec", "functools", "contextvars", "concurrent", "io"}
                | self.imported)

    def check_entry(self, tree):
        main = self.functions.get("main")
        scen = self.functions.get("scenario")
        if main is not None and scen is not None:
            later = max(main, scen, key=lambda n: n.lineno)
            self.errors.append(self.error(later, "a scenario has exactly one entry point: keep "
                                          "either `async def main()` or `def scenario(...)`"))
            return "main"
        if main is not None:
            if not isinstance(main, ast.AsyncFunctionDef):
                self.errors.append(self.error(main, "the entry point main must be `async def main():`"))
            elif _all_params(main.args):
                self.errors.append(self.error(main, "`async def main():` takes no parameters"))
            elif any(isinstance(n, ast.Yield) for s in _walk_statements(main.body) for n in ast.walk(s)
                     if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))):
                self.errors.append(self.error(main, "main() must be a coroutine function, not an async "
                                              "generator: move the `yield` into a function of its own"))
            return "main"
        if scen is not None:
            return self.check_scenario_entry(scen)
        self.errors.append(ScenarioError(self.path, 1, 1, "no entry point: define `async def "
                                         "main():`, `def scenario(loop):` or `def scenario():`"))
        return "main"

    def check_scenario_entry(self, scen):
        """`def scenario(loop)` ("scenario") or `def scenario()` ("scenario_no_loop", docs/ir.md)."""
        params = _all_params(scen.args)
        if isinstance(scen, ast.AsyncFunctionDef):
            self.errors.append(self.error(scen, "the entry point scenario must be a plain "
                                          "`def scenario(loop):` or `def scenario():`, not async"))
        elif len(params) > 1 or scen.args.defaults:
            self.errors.append(self.error(scen, "`def scenario(loop):` takes exactly one "
                                          "parameter, the loop; `def scenario():` none"))
        return "scenario" if params else "scenario_no_loop"

    def python_compile_check(self):
        """Let CPython's compiler catch what the AST walk does not (e.g. duplicate parameters)."""
        try:
            compile(self.source, self.path, "exec", dont_inherit=True)
        except SyntaxError as e:
            self.errors.append(ScenarioError(self.path, e.lineno, e.offset, f"syntax error: {e.msg}"))

    # -- literals (constants and parameter defaults) -----------------------

    def literal(self, node):
        if not _is_literal(node):
            raise self.error(node, "module constants and parameter defaults must be literal "
                                   "values (numbers, strings, bytes, None, True, False, and lists, "
                                   "tuples, sets or dicts of them)")
        return self.expr(node, None)

    def is_contextvar_call(self, node):
        """`ContextVar(...)` or `contextvars.ContextVar(...)`, the name imported."""
        if not isinstance(node, ast.Call):
            return False
        f = node.func
        if isinstance(f, ast.Name):
            return f.id == "ContextVar" and "ContextVar" in self.imported
        return (isinstance(f, ast.Attribute) and f.attr == "ContextVar" and isinstance(f.value, ast.Name)
                and f.value.id == "contextvars" and "contextvars" in self.imported)

    def contextvar_constant(self, node):
        """`NAME = ContextVar("name", default=<literal>)`: the one call a module
        constant may be, since that is where users declare context variables."""
        if len(node.args) != 1 or not all(_is_literal(a) for a in node.args) or \
                any(k.arg != "default" or not _is_literal(k.value) for k in node.keywords):
            raise self.error(node, "a module-level ContextVar takes a literal name and at most a "
                                   "literal `default=`")
        func = {"kind": "name", "id": "ContextVar"} if isinstance(node.func, ast.Name) else \
            {"kind": "attr", "value": {"kind": "name", "id": "contextvars"}, "attr": "ContextVar"}
        return {"kind": "call", "line": node.lineno, "func": func,
                "args": [self.expr(a, None) for a in node.args], "star": None,
                "kwargs": [{"name": k.arg, "value": self.expr(k.value, None)} for k in node.keywords]}

    # -- functions ---------------------------------------------------------

    def function(self, node, parent=None, cls=None):
        """A `def` or `async def`: module-level (parent None), nested in
        `parent`, or a method of class `cls`."""
        is_async = isinstance(node, ast.AsyncFunctionDef)
        if node.decorator_list and cls is None:
            raise self.error(node.decorator_list[0], "decorators are not allowed")
        if node.returns is not None:
            raise self.error(node.returns, "annotations are not allowed; remove `-> ...`")
        params = self.params(node)
        defaults = self.defaults(node.args.defaults, parent)
        bound, nonlocals = self.bound_names(node.body, self.module_names())
        fn = _Function(node.name, is_async, params, bound, nonlocals, parent, cls)
        return {
            "name": node.name,
            "async": is_async,
            "line": node.lineno,
            "params": params,
            "defaults": defaults,
            "body": self.block(node.body, fn),
        }

    # -- classes -----------------------------------------------------------

    def class_def(self, node):
        """A module-level class (docs/scenario-language.md#classes): bases that
        are classes defined above it, exception classes or asyncio's protocol
        classes; a body of a docstring, `pass`, `NAME = <literal>` class
        attributes and methods."""
        if node.keywords:
            raise self.error(node.keywords[0], "class keywords (`metaclass=...`) are not in the subset")
        if node.decorator_list:
            raise self.error(node.decorator_list[0], "class decorators are not in the subset")
        bases = [self.class_base(b, node) for b in node.bases]
        names = [ast.unparse(b) for b in node.bases]
        if len(set(names)) != len(names):
            raise self.error(node, "a class names the same base twice")
        if self.class_mro(node) is None:
            raise self.error(node, "these bases have no consistent method resolution order (C3); "
                                   "list a class before its own bases")
        attrs, methods = [], []
        for i, item in enumerate(node.body):
            if i == 0 and isinstance(item, ast.Expr) and isinstance(item.value, ast.Constant) \
                    and isinstance(item.value.value, str):
                continue  # the docstring
            if isinstance(item, ast.Pass):
                continue
            if isinstance(item, ast.Assign) and len(item.targets) == 1 \
                    and isinstance(item.targets[0], ast.Name):
                attrs.append({"name": item.targets[0].id, "line": item.lineno,
                              "value": self.literal(item.value)})
            elif isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                methods.append(self.method(item, node.name))
            else:
                raise self.error(item, "a class body holds a docstring, `pass`, `NAME = <literal>` "
                                       "class attributes and methods (`def`, `async def`)")
        return {"name": node.name, "line": node.lineno, "bases": bases, "attrs": attrs,
                "methods": methods}

    def class_base(self, node, cls):
        if isinstance(node, ast.Name) and node.id in self.classes:
            if self.classes[node.id].lineno >= cls.lineno:
                raise self.error(node, f"class {node.id} is defined below {cls.name}; define a "
                                       "base class before the classes that derive from it")
            return {"kind": "name", "id": node.id}
        if isinstance(node, ast.Name) and self.is_exception_class(node):
            return {"kind": "name", "id": node.id}
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "asyncio" \
                and (node.attr in subset.ASYNCIO_PROTOCOLS or node.attr in subset.ASYNCIO_EXCEPTIONS):
            return {"kind": "attr", "value": {"kind": "name", "id": "asyncio"}, "attr": node.attr}
        raise self.error(node, "a base class is a class defined above, a builtin or asyncio exception "
                               "class or one of asyncio." + ", asyncio.".join(subset.ASYNCIO_PROTOCOLS))

    def class_mro(self, node):
        """C3 linearization of the user classes (by name), or None when it fails."""
        def mro(name):
            bases = [b.id for b in self.classes[name].bases
                     if isinstance(b, ast.Name) and b.id in self.classes]
            seqs = [mro(b) for b in bases] + [bases]
            if None in seqs:
                return None
            out = [name]
            while any(seqs):
                seqs = [q for q in seqs if q]
                head = next((q[0] for q in seqs if not any(q[0] in r[1:] for r in seqs)), None)
                if head is None:
                    return None
                out.append(head)
                seqs = [q[1:] if q[0] == head else q for q in seqs]
            return out
        return mro(node.name)

    def method(self, node, cls):
        kind = None
        if node.decorator_list:
            d = node.decorator_list[0]
            if len(node.decorator_list) > 1 or not (isinstance(d, ast.Name) and d.id == "property"):
                raise self.error(d, "the one decorator of the subset is `@property` (no setters, "
                                    "staticmethod or classmethod)")
            if isinstance(node, ast.AsyncFunctionDef) or len(node.args.args) != 1 or node.args.defaults:
                raise self.error(node, "a `@property` is a plain `def name(self):`")
            kind = "property"
        if not node.args.args:
            raise self.error(node, f"method {node.name}() takes the instance as its first "
                                   "parameter (`self`)")
        if node.name.startswith("__") and node.name.endswith("__") \
                and node.name not in subset.SPECIAL_METHODS:
            raise self.error(node, f"the special method {node.name} is not in the subset "
                                   "(allowed: " + ", ".join(subset.SPECIAL_METHODS) + ")")
        f = self.function(node, None, cls)
        if kind:
            f["decorator"] = kind
        return f

    def params(self, node):
        """The parameter names of a def or lambda (plain names only)."""
        a = node.args
        if a.posonlyargs or a.vararg or a.kwonlyargs or a.kwarg:
            raise self.error(node, "parameters must be plain `name` or `name=<default>`: no "
                                   "`/`, `*args`, keyword-only parameters or `**kwargs`")
        params = []
        module_names = self.module_names()
        for arg in a.args:
            if arg.annotation is not None:
                raise self.error(arg.annotation, "annotations are not allowed; remove `: ...`")
            if arg.arg in module_names:
                raise self.error(arg, f"parameter '{arg.arg}' shadows a module-level or builtin "
                                      "name; rename it")
            params.append(arg.arg)
        return params

    def defaults(self, nodes, parent):
        """Parameter defaults: literals at module level; in a nested def or a
        lambda, any await-free expression of the enclosing function."""
        if parent is None:
            return [self.literal(d) for d in nodes]
        for d in nodes:
            for sub in ast.walk(d):
                if isinstance(sub, ast.Await):
                    raise self.error(sub, "await in a parameter default is not in the subset; "
                                          "await the value into a local first")
        return [self.expr(d, parent) for d in nodes]

    def lambda_expr(self, node, fn):
        if fn is None:
            raise self.error(node, "module constants and defaults must be literal values, not lambdas")
        params = self.params(node)
        defaults = self.defaults(node.args.defaults, fn)
        inner = _Function("<lambda>", False, params, (), (), fn)
        return {"kind": "lambda", "line": node.lineno, "params": params, "defaults": defaults,
                "body": self.expr(node.body, inner)}

    def module_names(self):
        return self.reserved_names() | self.module_defined()

    def bound_names(self, body, module_names):
        """(bound, nonlocals): every name a function body binds (binding a
        module-level name is rejected), and the names it declares nonlocal."""
        bound = set()
        nonlocals = set()

        def bind(target):
            if isinstance(target, ast.Name):
                if target.id in module_names:
                    raise self.error(target, f"'{target.id}' is a module-level or builtin name; "
                                             "use another name for the local")
                bound.add(target.id)
            elif isinstance(target, (ast.Tuple, ast.List)):
                for elt in target.elts:
                    bind(elt)

        for stmt in _walk_statements(body):
            if isinstance(stmt, ast.Assign):
                for t in stmt.targets:
                    bind(t)
            elif isinstance(stmt, ast.AugAssign):
                pass  # does not make a name available by itself
            elif isinstance(stmt, ast.Delete):
                for t in stmt.targets:
                    bind(t)  # `del x` makes x a local, as assigning it does
            elif isinstance(stmt, (ast.For, ast.AsyncFor)):
                bind(stmt.target)
            elif isinstance(stmt, (ast.With, ast.AsyncWith)):
                for item in stmt.items:
                    if item.optional_vars is not None:
                        bind(item.optional_vars)
            elif isinstance(stmt, (ast.Try, ast.TryStar)):
                for h in stmt.handlers:
                    if h.name:
                        if h.name in module_names:
                            raise self.error(h, f"'{h.name}' is a module-level or builtin name; "
                                                "use another name after `as`")
                        bound.add(h.name)
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if stmt.name in module_names:
                    raise self.error(stmt, f"'{stmt.name}' is a module-level or builtin name; "
                                           "give the nested function another name")
                bound.add(stmt.name)
            elif isinstance(stmt, ast.Nonlocal):
                nonlocals.update(stmt.names)
        return bound, nonlocals

    # -- statements --------------------------------------------------------

    def block(self, stmts, fn):
        out = []
        for s in stmts:
            try:
                out.append(self.stmt(s, fn))
            except ScenarioError as e:
                self.errors.append(e)
        return out

    def stmt(self, node, fn):
        line = node.lineno
        if isinstance(node, ast.Expr):
            return {"kind": "expr", "line": line, "value": self.expr(node.value, fn)}
        if isinstance(node, ast.Assign):
            if len(node.targets) != 1:
                raise self.error(node, "chained assignment `a = b = x` is not allowed; assign "
                                       "one target per statement")
            return {"kind": "assign", "line": line, "target": self.target(node.targets[0], fn),
                    "value": self.expr(node.value, fn)}
        if isinstance(node, ast.AugAssign):
            op = subset.BINOPS.get(type(node.op))
            if op is None:
                raise self.error(node, f"augmented operator `{_op_text(node.op)}=` is not in the "
                                       "subset (allowed: += -= *= /= //= %= |= &=)")
            target = node.target
            if isinstance(target, ast.Name):
                if target.id not in fn.locals and target.id not in fn.nonlocals:
                    raise self.error(target, f"'{target.id}' is not a local of {fn.name}(); "
                                             f"assign it before `{target.id} {op}= ...`")
                tgt = {"kind": "name", "id": target.id}
            elif isinstance(target, ast.Subscript):
                tgt = self.expr(target, fn)
            elif isinstance(target, ast.Attribute):
                tgt = self.attr_target(target, fn)
            else:
                raise self.error(target, "the target of an augmented assignment must be a name, "
                                         "`x[i]` or `obj.attr`")
            return {"kind": "augassign", "line": line, "target": tgt, "op": op,
                    "value": self.expr(node.value, fn)}
        if isinstance(node, ast.Return):
            value = None if node.value is None else self.expr(node.value, fn)
            return {"kind": "return", "line": line, "value": value}
        if isinstance(node, ast.Pass):
            return {"kind": "pass", "line": line}
        if isinstance(node, (ast.Break, ast.Continue)):
            word = "break" if isinstance(node, ast.Break) else "continue"
            if fn.loop_depth == 0:
                raise self.error(node, f"`{word}` outside a loop")
            return {"kind": word, "line": line}
        if isinstance(node, ast.Raise):
            return self.raise_stmt(node, fn)
        if isinstance(node, (ast.Try, ast.TryStar)):
            return self.try_stmt(node, fn)
        if isinstance(node, ast.If):
            return {"kind": "if", "line": line, "test": self.expr(node.test, fn),
                    "body": self.block(node.body, fn), "orelse": self.block(node.orelse, fn)}
        if isinstance(node, (ast.For, ast.AsyncFor)):
            kind = "for" if isinstance(node, ast.For) else "async_for"
            if kind == "async_for" and not fn.is_async:
                raise self.error(node, "`async for` is allowed only inside `async def`")
            target = self.loop_target(node.target)
            it = self.expr(node.iter, fn)
            return {"kind": kind, "line": line, "target": target, "iter": it,
                    "body": self.loop_body(node.body, fn), "orelse": self.block(node.orelse, fn)}
        if isinstance(node, ast.While):
            test = self.expr(node.test, fn)
            return {"kind": "while", "line": line, "test": test,
                    "body": self.loop_body(node.body, fn), "orelse": self.block(node.orelse, fn)}
        if isinstance(node, ast.Delete):
            return {"kind": "delete", "line": line,
                    "targets": [self.delete_target(t, fn) for t in node.targets]}
        if isinstance(node, ast.Assert):
            msg = None if node.msg is None else self.expr(node.msg, fn)
            return {"kind": "assert", "line": line, "test": self.expr(node.test, fn), "msg": msg}
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            f = self.function(node, fn)
            return {"kind": "def", "line": line, **{k: v for k, v in f.items() if k != "line"}}
        if isinstance(node, ast.Nonlocal):
            for name in node.names:
                if fn.parent is None or not fn.parent.sees(name):
                    raise self.error(node, f"no binding for nonlocal '{name}' found in an "
                                           "enclosing function")
            return {"kind": "nonlocal", "line": line, "names": list(node.names)}
        if isinstance(node, ast.AsyncWith):
            return self.async_with(node, fn)
        if isinstance(node, ast.With):
            return self.with_stmt(node, fn)
        what = subset.STATEMENT_HINTS.get(type(node).__name__)
        if what:
            raise self.error(node, f"{what}")
        raise self.error(node, f"a {_describe(node)} statement is not in the scenario subset")

    def loop_body(self, body, fn):
        """A loop's body, where `break` and `continue` may stand (not its `else`)."""
        fn.loop_depth += 1
        try:
            return self.block(body, fn)
        finally:
            fn.loop_depth -= 1

    def raise_stmt(self, node, fn):
        if node.exc is None:
            if fn.except_depth == 0:
                raise self.error(node, "a bare `raise` is allowed only inside an `except` block")
            return {"kind": "raise", "line": node.lineno, "exc": None, "cause": None}
        exc = node.exc
        ok = (isinstance(exc, ast.Name)
              or (isinstance(exc, ast.Call) and (self.is_exception_class(exc.func)
                                                 or (isinstance(exc.func, ast.Name)
                                                     and fn.sees(exc.func.id))))
              or self.is_exception_class(exc))
        if not ok:
            raise self.error(exc, "raise wants an exception class call such as "
                                  "`raise ValueError(\"x\")` or `raise cls(...)` with a local "
                                  "cls, an exception class, or a caught exception name")
        cause = None if node.cause is None else self.expr(node.cause, fn)
        return {"kind": "raise", "line": node.lineno, "exc": self.expr(exc, fn), "cause": cause}

    def try_stmt(self, node, fn):
        body = self.block(node.body, fn)
        handlers = []
        for h in node.handlers:
            try:
                if h.type is None:
                    types = []
                elif isinstance(h.type, ast.Tuple):
                    types = [self.exception_class(t, fn) for t in h.type.elts]
                else:
                    types = [self.exception_class(h.type, fn)]
            except ScenarioError as e:
                self.errors.append(e)
                types = []
            fn.except_depth += 1
            try:
                hbody = self.block(h.body, fn)
            finally:
                fn.except_depth -= 1
            handlers.append({"line": h.lineno, "types": types, "name": h.name, "body": hbody})
        kind = "trystar" if isinstance(node, ast.TryStar) else "try"
        return {"kind": kind, "line": node.lineno, "body": body, "handlers": handlers,
                "orelse": self.block(node.orelse, fn), "finalbody": self.block(node.finalbody, fn)}

    def exception_class(self, node, fn):
        if not self.is_exception_class(node):
            raise self.error(node, "`except` names exception classes: the file's classes "
                                   "derived from one, " + ", ".join(subset.BUILTIN_EXCEPTIONS)
                                   + ", asyncio." + ", asyncio.".join(subset.ASYNCIO_EXCEPTIONS)
                                   + ", concurrent.futures." + ", concurrent.futures.".join(
                                       subset.CONCURRENT_EXCEPTIONS))
        return self.expr(node, fn)

    def is_exception_class(self, node):
        if isinstance(node, ast.Name):
            return node.id in subset.BUILTIN_EXCEPTIONS or node.id in self.exception_classes
        if not isinstance(node, ast.Attribute):
            return False
        module = _dotted_name(node.value)
        return (module == "asyncio" and node.attr in subset.ASYNCIO_EXCEPTIONS
                or module == "concurrent.futures" and node.attr in subset.CONCURRENT_EXCEPTIONS)

    def async_with(self, node, fn):
        if not fn.is_async:
            raise self.error(node, "`async with` is allowed only inside `async def`")
        items = [self.async_with_item(item, fn) for item in node.items]
        return self.nested_with("async_with", node, items, fn)

    def nested_with(self, kind, node, items, fn):
        """`with a, b: body` is `with a: with b: body` (CPython compiles it so), all on one line."""
        body = self.block(node.body, fn)
        for ctx, name in reversed(items):
            body = [{"kind": kind, "line": node.lineno, "ctx": ctx, "name": name, "body": body}]
        return body[0]

    def async_with_item(self, item, fn):
        ctx = item.context_expr
        if isinstance(ctx, ast.Call) and isinstance(ctx.func, ast.Name) and ctx.func.id in self.classes:
            pass  # a class of the file with __aenter__ and __aexit__
        elif isinstance(ctx, ast.Call):
            f = ctx.func
            if not (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
                    and f.value.id == "asyncio" and f.attr in subset.ASYNC_WITH_CALLS):
                raise self.error(ctx, "`async with` takes asyncio.TaskGroup(), "
                                      "asyncio.timeout(d), asyncio.timeout_at(when), a "
                                      "Lock/Semaphore/Condition object or an object of a class "
                                      "with __aenter__ and __aexit__")
        elif not isinstance(ctx, (ast.Name, ast.Attribute, ast.Subscript, ast.Await)):
            raise self.error(ctx, "`async with` takes asyncio.TaskGroup(), asyncio.timeout(d), "
                                  "asyncio.timeout_at(when) or a Lock/Semaphore/Condition object")
        return self.expr(ctx, fn), self.with_name(item)

    def with_stmt(self, node, fn):
        items = []
        for item in node.items:
            ctx = item.context_expr
            called = _dotted_name(ctx.func) if isinstance(ctx, ast.Call) else None
            if called == "asyncio.Runner" and fn.is_async:
                raise self.error(node, "`with asyncio.Runner()` is allowed only in a plain `def` "
                                       "(such as def scenario(loop)); use `async with` for "
                                       "TaskGroup, timeout and locks")
            # A plain name must hold a socket (docs/scenario-language.md#sockets),
            # which only the run can tell.
            if called not in ("asyncio.Runner", "concurrent.futures.ThreadPoolExecutor") \
                    and not isinstance(ctx, ast.Name):
                raise self.error(ctx, "the only plain `with` statements are `with asyncio.Runner() "
                                      "as runner:`, `with concurrent.futures."
                                      "ThreadPoolExecutor(...) as executor:` and `with sock:` "
                                      "for a name holding a socket")
            items.append((self.expr(ctx, fn), self.with_name(item)))
        return self.nested_with("with", node, items, fn)

    def with_name(self, item):
        v = item.optional_vars
        if v is None:
            return None
        if not isinstance(v, ast.Name):
            raise self.error(v, "`as` takes a single name here")
        return v.id

    def target(self, node, fn):
        if isinstance(node, ast.Name):
            return {"kind": "name", "id": node.id}
        if isinstance(node, ast.Tuple):
            if not node.elts or not all(isinstance(e, ast.Name) for e in node.elts):
                raise self.error(node, "tuple unpacking assigns plain names: `a, b = ...`")
            return {"kind": "tuple", "elts": [{"kind": "name", "id": e.id} for e in node.elts]}
        if isinstance(node, (ast.Subscript, ast.Attribute)):
            return self.expr(node, fn) if isinstance(node, ast.Subscript) else self.attr_target(node, fn)
        if isinstance(node, ast.List):
            raise self.error(node, "unpack into a tuple `a, b = ...`, not a list `[a, b] = ...`")
        if isinstance(node, ast.Attribute):
            return self.attr_target(node, fn)
        raise self.error(node, "the target of an assignment must be a name, `a, b`, `x[i]` or `obj.attr`")

    def module_named(self, node):
        """The dotted name of the module `node` reads, when its first name is
        an import of this file (a local `signal` is not the module), else None."""
        module = _dotted_name(node)
        if module is None or (module not in ("asyncio", "log") and module.split(".")[0] not in self.imported):
            return None
        return module

    def attr_target(self, node, fn):
        """`obj.attr` assigned, augmented or deleted: only user instances and
        classes have attributes to set (docs/scenario-language.md#classes)."""
        self.check_attr_name(node, fn)
        if node.attr.startswith("__"):
            raise self.error(node, "special attributes cannot be assigned")
        module = self.module_named(node.value)
        if module in ("asyncio", "log") or module in subset.MODULE_ATTRIBUTES:
            raise self.error(node, f"the module {module} cannot be changed")
        return {"kind": "attr", "value": self.expr(node.value, fn), "attr": node.attr}

    def delete_target(self, node, fn):
        if isinstance(node, ast.Name):
            return {"kind": "name", "id": node.id}
        if isinstance(node, ast.Subscript):
            return self.expr(node, fn)
        if isinstance(node, ast.Attribute):
            return self.attr_target(node, fn)
        raise self.error(node, "`del` takes names, `x[i]` items, `x[a:b]` slices and `obj.attr`")

    def loop_target(self, node):
        if isinstance(node, ast.Name):
            return {"kind": "name", "id": node.id}
        if isinstance(node, ast.Tuple) and node.elts and all(isinstance(e, ast.Name) for e in node.elts):
            return {"kind": "tuple", "elts": [{"kind": "name", "id": e.id} for e in node.elts]}
        raise self.error(node, "a `for` target is a name or a tuple of names")

    # -- expressions -------------------------------------------------------

    def expr(self, node, fn):
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            self.resolve(node, fn)
            return {"kind": "name", "id": node.id}
        if isinstance(node, ast.Attribute):
            if node.attr == "__name__" and _is_type_call(node.value):
                return {"kind": "attr", "value": self.call(node.value, fn, type_name=True),
                        "attr": node.attr}
            self.check_attr_name(node, fn)
            if isinstance(node.value, ast.Name) and node.value.id == "asyncio":
                if node.attr not in subset.ASYNCIO_ATTRIBUTES:
                    raise self.error(node, f"asyncio.{node.attr} is not in the scenario surface "
                                           "(docs/scenario-language.md#asyncio-surface)")
            module = self.module_named(node.value)
            if module in subset.MODULE_ATTRIBUTES and node.attr not in subset.MODULE_ATTRIBUTES[module]:
                raise self.error(node, f"{module}.{node.attr} is not in the scenario language (allowed: "
                                       + ", ".join(subset.MODULE_ATTRIBUTES[module]) + ")")
            return {"kind": "attr", "value": self.expr(node.value, fn), "attr": node.attr}
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super":
            return self.super_call(node, fn)
        if isinstance(node, ast.Call):
            return self.call(node, fn)
        if isinstance(node, ast.Await):
            if fn is None or not fn.is_async:
                where = ("this is module level" if fn is None else "a lambda is a plain function"
                         if fn.name == "<lambda>" else f"{fn.name}() is a plain `def`")
                raise self.error(node, f"await outside an async function: {where}; use "
                                       "loop.run_until_complete(...) there")
            return {"kind": "await", "value": self.expr(node.value, fn)}
        if isinstance(node, ast.Yield):
            if fn is None or not fn.is_async or fn.name.startswith("<"):
                raise self.error(node, subset.EXPRESSION_HINTS["Yield"])
            return {"kind": "yield", "value": None if node.value is None else self.expr(node.value, fn)}
        if isinstance(node, ast.BinOp):
            op = subset.BINOPS.get(type(node.op))
            if op is None:
                raise self.error(node, f"operator `{_op_text(node.op)}` is not in the subset "
                                       "(allowed: + - * / // % | &)")
            return {"kind": "binop", "op": op, "left": self.expr(node.left, fn),
                    "right": self.expr(node.right, fn)}
        if isinstance(node, ast.UnaryOp):
            op = subset.UNARYOPS.get(type(node.op))
            if op is None:
                raise self.error(node, "operator `~` is not in the subset (allowed: - + not)")
            return {"kind": "unary", "op": op, "operand": self.expr(node.operand, fn)}
        if isinstance(node, ast.Compare):
            return {"kind": "compare", "left": self.expr(node.left, fn),
                    "ops": [subset.CMPOPS[type(op)] for op in node.ops],
                    "comparators": [self.expr(c, fn) for c in node.comparators]}
        if isinstance(node, ast.BoolOp):
            return {"kind": "boolop", "op": subset.BOOLOPS[type(node.op)],
                    "values": [self.expr(v, fn) for v in node.values]}
        if isinstance(node, ast.IfExp):
            return {"kind": "ifexp", "test": self.expr(node.test, fn),
                    "body": self.expr(node.body, fn), "orelse": self.expr(node.orelse, fn)}
        if isinstance(node, (ast.List, ast.Tuple)):
            kind = "list" if isinstance(node, ast.List) else "tuple"
            return {"kind": kind, "elts": [self.expr(e, fn) for e in node.elts]}
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values):
                if k is None:
                    raise self.error(v, "`**` in a dict literal is not allowed; list the entries")
            return {"kind": "dict", "keys": [self.expr(k, fn) for k in node.keys],
                    "values": [self.expr(v, fn) for v in node.values]}
        if isinstance(node, ast.Lambda):
            return self.lambda_expr(node, fn)
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            return self.comprehension(node, fn)
        if isinstance(node, ast.JoinedStr):
            return {"kind": "fstring", "parts": [self.fstring_part(p, fn) for p in node.values]}
        if isinstance(node, ast.Set):
            return {"kind": "set", "elts": [self.expr(e, fn) for e in node.elts]}
        if isinstance(node, ast.Subscript):
            value = self.expr(node.value, fn)
            index = self.slice(node.slice, fn) if isinstance(node.slice, ast.Slice) \
                else self.expr(node.slice, fn)
            return {"kind": "subscript", "value": value, "index": index}
        what = subset.EXPRESSION_HINTS.get(type(node).__name__)
        if what:
            raise self.error(node, f"{what}")
        raise self.error(node, f"a {_describe(node)} expression is not in the scenario subset")

    def check_attr_name(self, node, fn):
        """A `_name` attribute belongs to an instance's own code: allowed on the
        method's `self` (docs/scenario-language.md#classes); a special method
        only through `super()`, and `__await__` inside `__await__`."""
        attr = node.attr
        if not attr.startswith("_"):
            return
        if attr.startswith("__") and attr.endswith("__"):
            if attr in ("__aiter__", "__anext__"):
                return  # the async iteration protocol is public: `await agen.__anext__()`
            if attr in subset.SPECIAL_METHODS and isinstance(node.value, ast.Call) \
                    and isinstance(node.value.func, ast.Name) and node.value.func.id == "super":
                return
            if attr == "__await__" and fn is not None and fn.cls is not None and fn.name == "__await__":
                return
            if attr not in subset.SPECIAL_METHODS:
                raise self.error(node, f"the special attribute '{attr}' is not in the subset")
            raise self.error(node, f"'{attr}' is reached only as `super().{attr}(...)`"
                             + (" or, inside `def __await__`, as `x.__await__()`"
                                if attr == "__await__" else ""))
        self_name = fn.self_name() if fn is not None else None
        if attr.startswith("__") or not (isinstance(node.value, ast.Name) and node.value.id == self_name):
            raise self.error(node, f"private attribute '{attr}' is allowed only as `self.{attr}` "
                                   "inside the class's methods (and never with two leading "
                                   "underscores); elsewhere use the public API")

    def super_call(self, node, fn):
        if node.args or node.keywords:
            raise self.error(node, "write super() without arguments")
        if fn is None or fn.cls is None:
            raise self.error(node, "super() stands only directly in a method's body (not in a "
                                   "function or lambda nested in it)")
        return {"kind": "super"}

    _COMPREHENSIONS = {ast.ListComp: "listcomp", ast.SetComp: "setcomp", ast.DictComp: "dictcomp",
                       ast.GeneratorExp: "genexp"}

    def comprehension(self, node, fn):
        """A comprehension has its own scope (CPython 3.11 makes it a function):
        its targets are its locals; the first iterable is evaluated outside it."""
        if fn is None:
            raise self.error(node, "module constants and defaults must be literal values")
        kind = self._COMPREHENSIONS[type(node)]
        bound = set()
        for g in node.generators:
            if g.is_async:
                raise self.error(node, "an async comprehension (`async for` inside it) is not in "
                                       "the subset; await in the element: `[await x for x in xs]`")
            bound |= self.comprehension_target_names(g.target)
        lazy = kind == "genexp"
        clauses = [g.iter for g in node.generators[1:]] + [c for g in node.generators for c in g.ifs]
        for part in clauses + ([node.elt] if lazy else []):
            for sub in ast.walk(part):
                if isinstance(sub, ast.Await):
                    raise self.error(sub, "await in a generator expression is not in the subset; "
                                          "use a list comprehension" if lazy else
                                          "await in a comprehension's `for` or `if` clause is not "
                                          "in the subset; await in the element or before it")
        scope = _Function(f"<{kind}>", fn.is_async, (), bound, (), fn)
        generators = []
        for i, g in enumerate(node.generators):
            generators.append({"target": self.loop_target(g.target),
                               "iter": self.expr(g.iter, fn if i == 0 else scope),
                               "ifs": [self.expr(c, scope) for c in g.ifs]})
        if kind == "dictcomp":
            return {"kind": kind, "key": self.expr(node.key, scope),
                    "value": self.expr(node.value, scope), "generators": generators}
        return {"kind": kind, "elt": self.expr(node.elt, scope), "generators": generators}

    def comprehension_target_names(self, target):
        if isinstance(target, ast.Name):
            return {target.id}
        if isinstance(target, ast.Tuple):
            return {e.id for e in target.elts if isinstance(e, ast.Name)}
        return set()

    def slice(self, node, fn):
        """`a:b:c` inside `x[...]`: each bound an expression or null, evaluated lower, upper, step."""
        def bound(e):
            return None if e is None else self.expr(e, fn)
        return {"kind": "slice", "lower": bound(node.lower), "upper": bound(node.upper),
                "step": bound(node.step)}

    def fstring_part(self, node, fn):
        """A literal piece of an f-string, or a `{value!conversion:spec}` field."""
        if isinstance(node, ast.Constant):
            return self.constant(node)
        spec = None
        if node.format_spec is not None:
            pieces = node.format_spec.values
            if not all(isinstance(p, ast.Constant) for p in pieces):
                raise self.error(node.format_spec, "a format spec with `{...}` fields inside is "
                                                   "not in the subset; write the spec out")
            spec = "".join(p.value for p in pieces)
            problem = subset.format_spec_problem(spec)
            if problem:
                raise self.error(node, f"format spec {spec!r}: {problem}")
        conversion = None if node.conversion == -1 else chr(node.conversion)
        if conversion == "a":
            raise self.error(node, "the `!a` conversion is not in the subset; use `!r`")
        return {"kind": "formatted", "value": self.expr(node.value, fn),
                "conversion": conversion, "spec": spec}

    def constant(self, node):
        v = node.value
        if v is None:
            return {"kind": "const", "type": "none", "value": None}
        if isinstance(v, bool):
            return {"kind": "const", "type": "bool", "value": v}
        if isinstance(v, int):
            if not subset.INT_MIN <= v <= subset.INT_MAX:
                raise self.error(node, "integer literal does not fit in 64 bits")
            return {"kind": "const", "type": "int", "value": v}
        if isinstance(v, float):
            if not math.isfinite(v):
                raise self.error(node, "float literal is not finite")
            return {"kind": "const", "type": "float", "value": v}
        if isinstance(v, str):
            return {"kind": "const", "type": "str", "value": v}
        if isinstance(v, bytes):
            # docs/ir.md: a bytes constant is its bytes as the code points 0-255.
            return {"kind": "const", "type": "bytes", "value": v.decode("latin-1")}
        kind = {complex: "complex"}.get(type(v), type(v).__name__)
        raise self.error(node, f"{kind} literals are not in the subset (allowed: int, float, str, "
                               "bytes, None, True, False)")

    def resolve(self, node, fn):
        name = node.id
        if fn is None:
            raise self.error(node, "module constants and defaults must be literal values, not names")
        if fn.sees(name) or name in fn.nonlocals or name in self.module_defined():
            return
        if name in subset.BUILTIN_FUNCTIONS or name in subset.BUILTIN_EXCEPTIONS:
            return
        if name in subset.IMPORTS:
            if name in self.imported:
                return
            raise self.error(node, f"'{name}' is used but not imported; add `{subset.IMPORTS[name]}`")
        hint = _NAME_HINTS.get(name)
        if hint:
            raise self.error(node, hint)
        raise self.error(node, f"unknown name '{name}': not a parameter or local of {fn.name}() "
                               "or of a function around it, a module constant, a function of "
                               "this file, log, asyncio, a builtin of the subset, or an "
                               "exception class of the subset")

    def call(self, node, fn, type_name=False):
        if isinstance(node.func, ast.Name) and node.func.id == "type" and not type_name:
            raise self.error(node, "type(x) stands only as `type(x).__name__` (types are not "
                                   "values of the subset; use isinstance(x, T) to test one)")
        func = self.expr(node.func, fn)
        args = []
        star = None
        is_gather = (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                     and node.func.value.id == "asyncio" and node.func.attr == "gather")
        for i, a in enumerate(node.args):
            if isinstance(a, ast.Starred):
                if not is_gather or i != len(node.args) - 1:
                    raise self.error(a, "`*list` is allowed only as the last positional argument "
                                        "of asyncio.gather")
                if any(_before(k.value, a) for k in node.keywords if k.value is not None):
                    raise self.error(a, "write `*list` before the keyword arguments")
                star = self.expr(a.value, fn)
            else:
                args.append(self.expr(a, fn))
        kwargs = []
        for k in node.keywords:
            if k.arg is None:
                raise self.error(k.value, "`**kwargs` in a call is not allowed; write name=value "
                                          "arguments")
            kwargs.append({"name": k.arg, "value": self.expr(k.value, fn)})
        self.check_builtin_call(node)
        if isinstance(node.func, ast.Name) and node.func.id == "log":
            if node.keywords:
                raise self.error(node, "log takes positional values only")
            for a in node.args:
                self.check_loggable(a)
        return {"kind": "call", "line": node.lineno, "func": func, "args": args, "star": star,
                "kwargs": kwargs}

    def check_builtin_call(self, node):
        """Reject the builtins' options the interpreter does not have (docs/scenario-language.md#builtins)."""
        name = node.func.id if isinstance(node.func, ast.Name) else None
        keywords = {k.arg: k.value for k in node.keywords}
        if name == "zip" and "strict" in keywords:
            raise self.error(node, "zip(strict=...) is not in the subset; compare the lengths first")
        if name == "int" and (len(node.args) > 1 or "base" in keywords):
            raise self.error(node, "int(x, base) is not in the subset: int() reads base-10 text only")
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("encode", "decode") or name in ("str", "bytes"):
            errors = keywords.get("errors")
            positional = 1 if isinstance(node.func, ast.Attribute) else 2
            if errors is None and len(node.args) > positional:
                errors = node.args[positional]
            if isinstance(errors, ast.Constant) and errors.value not in subset.ERROR_HANDLERS:
                raise self.error(errors, f"the error handler {errors.value!r} is not in the subset "
                                         f"(allowed: {', '.join(subset.ERROR_HANDLERS)})")

    def check_loggable(self, node):
        """Catch values that can be seen, at compile time, not to be loggable."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in self.async_functions:
            raise self.error(node, f"this logs a coroutine object ({node.func.id}() is async); "
                                   f"log `await {node.func.id}(...)` assigned to a local, or a task")
        if isinstance(node, ast.Lambda):
            raise self.error(node, "this logs a function (a lambda); loggable values are "
                                   "None, bools, numbers, strings, lists, tuples, dicts, sets, "
                                   "exceptions and tasks")
        if isinstance(node, ast.Name) and node.id in self.functions:
            raise self.error(node, f"this logs the function {node.id} itself; loggable values are "
                                   "None, bools, numbers, strings, lists, tuples, dicts, sets, "
                                   "exceptions and tasks")
        if isinstance(node, ast.Name) and node.id in self.classes:
            raise self.error(node, f"this logs the class {node.id} itself; classes are not "
                                   "loggable values: log a string or an attribute")
        if isinstance(node, ast.Name) and (node.id in ("asyncio", "log") + subset.BUILTIN_FUNCTIONS
                                           or node.id in self.imported):
            raise self.error(node, f"'{node.id}' is not a loggable value")
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for e in node.elts:
                self.check_loggable(e)


def _dotted_name(node):
    """`a.b.c` as "a.b.c" when it is names and attributes only, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted_name(node.value)
        return head and head + "." + node.attr
    return None


def _is_type_call(node):
    """`type(x)`: the one call whose `.__name__` a scenario may read."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type"
            and len(node.args) == 1 and not node.keywords)


def _all_params(args):
    return args.posonlyargs + args.args + args.kwonlyargs + \
        ([args.vararg] if args.vararg else []) + ([args.kwarg] if args.kwarg else [])


def _is_literal(node):
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return (isinstance(node.operand, ast.Constant)
                and type(node.operand.value) in (int, float))
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return all(_is_literal(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and _is_literal(k) for k in node.keys) and \
            all(_is_literal(v) for v in node.values)
    return False


# docs/scenario-language.md#nesting; the C++ loader refuses deeper IR too.
MAX_BLOCK_DEPTH = 100
MAX_EXPR_DEPTH = 200


def _too_deep(tree):
    """(node, message) for the first block or expression nested deeper than the
    language allows, else None. Iterative, so that it never recurses itself."""
    stack = [(child, 0, 0) for child in ast.iter_child_nodes(tree)]
    while stack:
        node, blocks, exprs = stack.pop()
        if isinstance(node, ast.expr):
            exprs += 1
            if exprs > MAX_EXPR_DEPTH:
                return node, f"expressions nested more than {MAX_EXPR_DEPTH} deep; split it with locals"
        for field, value in ast.iter_fields(node):
            children = value if isinstance(value, list) else [value]
            is_block = isinstance(value, list) and any(isinstance(c, ast.stmt) for c in value)
            if is_block and blocks + 1 > MAX_BLOCK_DEPTH:
                return node, f"blocks nested more than {MAX_BLOCK_DEPTH} deep"
            for child in children:
                if isinstance(child, ast.AST):
                    stack.append((child, blocks + 1 if is_block else blocks,
                                  0 if isinstance(child, ast.stmt) else exprs))
    return None


def _walk_statements(body):
    """Every statement in `body`, nested blocks included; a nested def is
    yielded but not entered (its body is its own scope)."""
    for stmt in body:
        yield stmt
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for field in ("body", "orelse", "finalbody"):
            yield from _walk_statements(getattr(stmt, field, []) or [])
        for h in getattr(stmt, "handlers", []) or []:
            yield from _walk_statements(h.body)


def _before(a, b):
    return (a.lineno, a.col_offset) < (b.lineno, b.col_offset)


def _describe(node):
    name = type(node).__name__
    return {
        "AsyncFor": "`async for`", "Match": "`match`", "Expr": "expression",
    }.get(name, name)


def _op_text(op):
    return {
        ast.Pow: "**", ast.MatMult: "@", ast.LShift: "<<", ast.RShift: ">>",
        ast.BitOr: "|", ast.BitAnd: "&", ast.BitXor: "^",
    }.get(type(op), type(op).__name__)
