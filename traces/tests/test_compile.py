"""compile: the subset is accepted, everything else is rejected at the right place."""
import json
import unittest

from support import DOC, DOC_LINES, FIXTURES, SCENARIOS, TempScenario, cli, scenario_text

from loopspec_traces.compiler import compile_source
from loopspec_traces.diagnostics import ScenarioErrors

EXAMPLE = SCENARIOS / "gather" / "first_error_propagates.py"


def compile_text(text, path="t.py", sid="probe/t"):
    return compile_source(text, path, sid)


class Accepts(unittest.TestCase):
    def test_contract_example(self):
        ir = compile_text(EXAMPLE.read_text(), str(EXAMPLE), "gather/first_error_propagates")
        self.assertEqual(ir["ir"], 2)
        self.assertEqual(ir["id"], "gather/first_error_propagates")
        self.assertEqual(ir["entry"], "main")
        self.assertEqual(ir["meta"], {
            "summary": "gather() without return_exceptions propagates the first error at once.",
            "description": "The sibling task is not cancelled and keeps running to completion.",
            "spec": "https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather",
            "features": ["gather", "exceptions"],
            "python": "3.11",
            "order": [],
        })
        self.assertEqual([(f["name"], f["async"], f["line"]) for f in ir["functions"]],
                         [("slow", True, 12), ("boom", True, 18), ("main", True, 23)])
        main = ir["functions"][2]["body"]
        self.assertEqual([s["kind"] for s in main], ["assign", "try", "expr", "expr", "expr"])
        handler = main[1]["handlers"][0]
        self.assertEqual(handler["line"], 27)
        self.assertEqual(handler["types"], [{"kind": "name", "id": "ValueError"}])
        self.assertEqual(handler["name"], "e")
        log_call = handler["body"][0]["value"]
        self.assertEqual(log_call["kind"], "call")
        self.assertEqual(log_call["line"], 28)
        self.assertEqual(log_call["func"], {"kind": "name", "id": "log"})
        sleep = main[3]["value"]
        self.assertEqual(sleep["kind"], "await")
        self.assertEqual(sleep["value"]["func"],
                         {"kind": "attr", "value": {"kind": "name", "id": "asyncio"},
                          "attr": "sleep"})
        self.assertEqual(sleep["value"]["args"], [{"kind": "const", "type": "float", "value": 0.5}])

    def test_fixtures_compile(self):
        for path in sorted(FIXTURES.glob("*.py")):
            with self.subTest(path=path.name):
                compile_text(path.read_text(), str(path), f"fixtures/{path.stem}")

    def test_await_stands_in_any_expression(self):
        ir = compile_text(scenario_text('''
            async def f():
                return 1
            async def main():
                d = {}
                log(1, await f(), 2)
                x = 1 + await f()
                x += await f()
                d[await f()] = await f()
                if await f():
                    return (await f()).real
        '''), "t.py", "t/t")
        main = ir["functions"][1]["body"]
        self.assertEqual(main[1]["value"]["args"][1]["kind"], "await")
        self.assertEqual(main[2]["value"]["right"]["kind"], "await")
        self.assertEqual(main[3]["value"]["kind"], "await")
        self.assertEqual(main[4]["target"]["index"]["kind"], "await")
        self.assertEqual(main[5]["test"]["kind"], "await")
        self.assertEqual(main[5]["body"][0]["value"]["value"]["kind"], "await")

    def test_extensions(self):
        ir = compile_text(scenario_text('''
            N = 2
            D = {"a": (1, 2.0)}
            async def main():
                x = 1
                x += N // 2 % 3
                a, b = D["a"]
                y = a if x else b
                while x < 3:
                    x += 1
                D2 = {"k": x}
                D2["k"] = -x
                return not y
            '''))
        kinds = [s["kind"] for s in ir["functions"][0]["body"]]
        self.assertEqual(kinds, ["assign", "augassign", "assign", "assign", "while", "assign",
                                 "assign", "return"])
        self.assertEqual(ir["constants"][0], {"name": "N", "line": DOC_LINES + 1,
                                              "value": {"kind": "const", "type": "int", "value": 2}})
        body = ir["functions"][0]["body"]
        self.assertEqual(body[2]["target"]["kind"], "tuple")
        self.assertEqual(body[1]["value"]["op"], "%")
        self.assertEqual(body[3]["value"]["kind"], "ifexp")
        self.assertEqual(body[6]["target"]["kind"], "subscript")

    def test_slices_sets_and_bytes(self):
        # docs/ir.md: a slice stands only as a subscript's index, its missing parts null;
        # a bytes constant is its bytes as the code points 0-255.
        ir = compile_text(scenario_text('''
            B = b"\\x00\\xff"
            S = {1, "a"}
            async def main():
                xs = [1, 2, 3]
                log(xs[1:], xs[::-1], xs[:await asyncio.sleep(0, 2)], type(xs).__name__)
                xs[0:1] = {4}
                del xs[::2]
            '''))
        self.assertEqual(ir["constants"][0]["value"], {"kind": "const", "type": "bytes", "value": "\x00\xff"})
        self.assertEqual(ir["constants"][1]["value"]["kind"], "set")
        body = ir["functions"][0]["body"]
        args = body[1]["value"]["args"]
        self.assertEqual(args[0]["index"], {"kind": "slice", "lower": {"kind": "const", "type": "int", "value": 1},
                                            "upper": None, "step": None})
        self.assertEqual(args[1]["index"]["step"], {"kind": "unary", "op": "-",
                                                    "operand": {"kind": "const", "type": "int", "value": 1}})
        self.assertEqual(args[2]["index"]["upper"]["kind"], "await")
        self.assertEqual(args[3], {"kind": "attr", "attr": "__name__", "value": {
            "kind": "call", "line": DOC_LINES + 5, "func": {"kind": "name", "id": "type"},
            "args": [{"kind": "name", "id": "xs"}], "star": None, "kwargs": []}})
        self.assertEqual(body[2]["target"]["index"]["kind"], "slice")
        self.assertEqual(body[2]["value"]["kind"], "set")
        self.assertEqual(body[3]["targets"][0]["index"]["step"]["value"], 2)

    def test_builtins_are_names(self):
        ir = compile_text(scenario_text('''
            async def main():
                log(sorted([2, 1], key=len, reverse=True), isinstance(1, (int, bytes)), round(2.5))
            '''))
        call = ir["functions"][0]["body"][0]["value"]["args"][0]
        self.assertEqual(call["func"], {"kind": "name", "id": "sorted"})
        self.assertEqual([k["name"] for k in call["kwargs"]], ["key", "reverse"])

    def test_scenario_entry_and_runner(self):
        ir = compile_text(scenario_text('''
            async def job():
                return 1
            def scenario(loop):
                with asyncio.Runner() as runner:
                    r = runner.run(job())
                loop.call_soon(log, "a")
                loop.call_later(0.1, loop.stop)
                loop.run_forever()
                return r
            '''))
        self.assertEqual(ir["entry"], "scenario")
        self.assertEqual(ir["functions"][1]["params"], ["loop"])

    def test_executor_with_statement(self):
        ir = compile_text(scenario_text('''
            import concurrent.futures
            async def main():
                with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
                    log(await asyncio.to_thread(len, [executor]))
            '''))
        stmt = ir["functions"][0]["body"][0]
        self.assertEqual((stmt["kind"], stmt["name"]), ("with", "executor"))
        self.assertEqual(stmt["ctx"]["func"]["attr"], "ThreadPoolExecutor")

    def test_socket_surface(self):
        ir = compile_text(scenario_text('''
            import socket
            async def main():
                a, b = socket.socketpair()
                with a, b:
                    b.shutdown(socket.SHUT_WR)
                    try:
                        a.recv(1)
                    except (BlockingIOError, BrokenPipeError, ConnectionResetError, OSError) as e:
                        log(type(e).__name__)
            '''))
        outer = ir["functions"][0]["body"][1]
        self.assertEqual((outer["kind"], outer["ctx"], outer["name"]),
                         ("with", {"kind": "name", "id": "a"}, None))
        self.assertEqual(outer["body"][0]["ctx"], {"kind": "name", "id": "b"})

    def test_scenario_entry_without_loop(self):
        ir = compile_text(scenario_text('''
            def scenario():
                loop = asyncio.get_event_loop()
                return loop.is_closed()
            '''))
        self.assertEqual(ir["entry"], "scenario_no_loop")
        self.assertEqual(ir["functions"][0]["params"], [])

    def test_defaults_and_order_key(self):
        text = DOC.replace("features: tasks\n", "features: tasks\npython: 3.11.3\norder: timer-ties\n")
        ir = compile_text(text + "async def f(a, b=-1, c=(1, 'x')):\n    return a\n"
                          "async def main():\n    await f(1)\n")
        self.assertEqual(ir["meta"]["python"], "3.11.3")
        self.assertEqual(ir["meta"]["order"], ["timer-ties"])
        self.assertEqual(len(ir["functions"][0]["defaults"]), 2)

    def test_recursion_error_is_an_exception_class(self):
        ir = compile_text(scenario_text('''
            def f():
                return f()
            async def main():
                try:
                    f()
                except RecursionError as e:
                    log(e)
                raise RecursionError("x")
            '''))
        body = ir["functions"][1]["body"]
        self.assertEqual(body[0]["handlers"][0]["types"], [{"kind": "name", "id": "RecursionError"}])
        self.assertEqual(body[1]["exc"]["func"], {"kind": "name", "id": "RecursionError"})

    def test_exception_bases_are_cpythons(self):
        import asyncio
        import builtins
        from loopspec_traces import subset
        import concurrent.futures
        names = list(subset.BUILTIN_EXCEPTIONS) + ["asyncio." + n for n in subset.ASYNCIO_EXCEPTIONS] \
            + ["concurrent.futures." + n for n in subset.CONCURRENT_EXCEPTIONS]
        self.assertEqual(sorted(subset.EXCEPTION_BASES), sorted(names))
        modules = {"": builtins, "asyncio": asyncio, "concurrent.futures": concurrent.futures}
        for name in names:
            owner, _, attr = name.rpartition(".")
            cls = getattr(modules[owner], attr, None)
            if cls is None and name == "asyncio.QueueShutDown":
                continue  # added by 3.13; this interpreter is older
            with self.subTest(name=name):
                self.assertEqual(subset.EXCEPTION_BASES[name],
                                 tuple(c.__name__ for c in cls.__mro__[1:-1]))

    def test_contextvars(self):
        ir = compile_text(scenario_text('''
            import contextvars
            from contextvars import ContextVar, copy_context
            A = ContextVar("a", default=[1])
            B = contextvars.ContextVar("b")
            async def main():
                ctx = copy_context()
                ctx.run(A.set, contextvars.Context())
            '''))
        a = ir["constants"][0]["value"]
        self.assertEqual((a["kind"], a["func"], a["kwargs"][0]["name"]), ("call", {"kind": "name", "id": "ContextVar"}, "default"))
        self.assertEqual(ir["constants"][1]["value"]["func"]["kind"], "attr")

    def test_concurrent_futures(self):
        ir = compile_text(scenario_text('''
            import concurrent.futures
            async def main():
                try:
                    asyncio.wrap_future(concurrent.futures.Future())
                except concurrent.futures.CancelledError:
                    pass
            '''))
        handler = ir["functions"][0]["body"][0]["handlers"][0]["types"][0]
        self.assertEqual(handler, {"kind": "attr", "attr": "CancelledError", "value": {
            "kind": "attr", "attr": "futures", "value": {"kind": "name", "id": "concurrent"}}})

    def test_asyncio_exception_base(self):
        ir = compile_text(scenario_text('''
            class Stop(asyncio.CancelledError):
                pass
            async def main():
                pass
            '''))
        self.assertEqual(ir["classes"][0]["bases"], [{"kind": "attr", "value": {"kind": "name", "id": "asyncio"},
                                                      "attr": "CancelledError"}])

    def test_scenario_id_from_path(self):
        with TempScenario(scenario_text("async def main():\n    pass\n"), "area", "name") as sc:
            rc, out, err = cli("compile", sc.path)
            self.assertEqual(rc, 0, err)
            self.assertEqual(json.loads(out)["id"], "area/name")
            rc, out, err = cli("compile", sc.path, "--id", "x/y")
            self.assertEqual(json.loads(out)["id"], "x/y")


# (body after the header, line within the body, column, fragment of the message)
REJECTED = [
    ("async def main():\n    f = lambda: await asyncio.sleep(0)\n", 2, 17, "a lambda is a plain function"),
    ("async def main():\n    def inner(x=await asyncio.sleep(0)):\n        pass\n", 2, 17,
     "await in a parameter default"),
    ("async def main():\n    def inner(*a):\n        pass\n", 2, 5, "`*args`"),
    ("def f():\n    pass\nasync def main():\n    def f():\n        pass\n", 4, 5,
     "give the nested function another name"),
    ("async def main():\n    log(lambda: 1)\n", 2, 9, "logs a function"),
    ("async def main():\n    x = partial(log, 1)\n", 2, 9, "add `from functools import partial`"),
    ("async def main():\n    x = functools.partial(log, 1)\n", 2, 9, "add `import functools`"),
    ("async def main():\n    class A:\n        pass\n", 2, 5, "classes are defined at module level"),
    ("class A(metaclass=type):\n    pass\nasync def main():\n    pass\n", 1, 9, "class keywords"),
    ("class A:\n    @staticmethod\n    def f():\n        pass\nasync def main():\n    pass\n", 2, 6, "the one decorator"),
    ("class A:\n    def f():\n        pass\nasync def main():\n    pass\n", 2, 5, "first parameter"),
    ("class A(B):\n    pass\nclass B:\n    pass\nasync def main():\n    pass\n", 1, 9, "defined below"),
    ("class A(len):\n    pass\nasync def main():\n    pass\n", 1, 9, "a base class is"),
    ("class A:\n    pass\nclass B(A):\n    pass\nclass C(A, B):\n    pass\nasync def main():\n    pass\n", 5, 1,
     "method resolution order"),
    ("async def main():\n    super().f()\n", 2, 5, "super() stands only"),
    ("class A:\n    def f(self):\n        super(A, self).f()\nasync def main():\n    pass\n", 3, 9, "without arguments"),
    ("class A:\n    def f(self, o):\n        return o._x\nasync def main():\n    pass\n", 3, 16, "private attribute"),
    ("class A:\n    def __eq__(self, o):\n        return True\nasync def main():\n    pass\n", 2, 5, "special method __eq__"),
    ("class A:\n    if True:\n        pass\nasync def main():\n    pass\n", 2, 5, "a class body holds"),
    ("class A:\n    x = len([])\nasync def main():\n    pass\n", 2, 9, "literal"),
    ("class A:\n    def f(self):\n        return self.__init__\nasync def main():\n    pass\n", 3, 16, "super().__init__"),
    ("class A:\n    pass\nasync def main():\n    try:\n        pass\n    except A:\n        pass\n", 6, 12,
     "`except` names"),
    ("class A:\n    pass\nasync def main():\n    log(A)\n", 4, 9, "logs the class"),
    ("import functools\nasync def main():\n    x = functools.reduce\n", 3, 9,
     "functools.reduce is not in the scenario language"),
    ("async def main():\n    x = ContextVar('v')\n", 2, 9, "add `from contextvars import ContextVar`"),
    ("import contextvars\nasync def main():\n    x = contextvars.Token.MISSING\n", 3, 9,
     "contextvars.Token is not in the scenario language"),
    ("from contextvars import Context\nasync def main():\n    pass\n", 1, 1, "import"),
    ("from contextvars import ContextVar as CV\nasync def main():\n    pass\n", 1, 1, "import"),
    ("from contextvars import ContextVar\nV = ContextVar('v', default=len([]))\nasync def main():\n    pass\n",
     2, 5, "literal name and at most a literal `default=`"),
    ("import contextvars\nasync def main():\n    log(contextvars)\n", 3, 9, "not a loggable value"),
    ("async def main():\n    x = concurrent.futures.Future()\n", 2, 9, "add `import concurrent.futures`"),
    ("import concurrent.futures\nasync def main():\n    x = concurrent.futures.ProcessPoolExecutor\n", 3, 9,
     "concurrent.futures.ProcessPoolExecutor is not in the scenario language"),
    ("import concurrent.futures\nasync def main():\n    x = concurrent.thread\n", 3, 9,
     "concurrent.thread is not in the scenario language"),
    ("import concurrent.futures\nasync def main():\n    concurrent.futures.x = 1\n", 3, 5,
     "the module concurrent.futures cannot be changed"),
    ("import concurrent.futures\nasync def main():\n    try:\n        pass\n    except concurrent.futures.Error:\n"
     "        pass\n", 5, 12, "`except` names"),
    ("from concurrent.futures import Future\nasync def main():\n    pass\n", 1, 1, "import"),
    ("import concurrent.futures\nclass E(concurrent.futures.CancelledError):\n    pass\nasync def main():\n    pass\n",
     2, 9, "a builtin or asyncio exception class"),
    ("async def main():\n    global X\n", 2, 5, "`global`"),
    ("async def main():\n    nonlocal X\n", 2, 5, "no binding for nonlocal 'X'"),
    ("async def main():\n    x = 1\n    def f():\n        def g():\n            nonlocal y\n", 5, 13,
     "no binding for nonlocal 'y'"),
    ("def scenario(loop):\n    await asyncio.sleep(0)\n", 2, 5, "await outside an async function"),
    ("async def main():\n    log(foo)\n", 2, 9, "unknown name 'foo'"),
    ("async def main():\n    print(1)\n", 2, 5, "print is not in the subset"),
    ("import sys\nasync def main():\n    pass\n", 1, 1, "import"),
    ("import asyncio as aio\nasync def main():\n    pass\n", 1, 1, "import"),
    ("from asyncio import sleep\nasync def main():\n    pass\n", 1, 1, "import"),
    ("async def main():\n    log(f\"{1!a}\")\n", 2, 9, "`!a`"),
    ("async def main():\n    w = 3\n    log(f\"{1:{w}}\")\n", 3, 9, "format spec with"),
    ("async def main():\n    log(f\"{1.5:g}\")\n", 2, 9, "type 'g'"),
    ("async def main():\n    log(f\"{1:#x}\")\n", 2, 9, "alternate form"),
    ("async def main():\n    x = [i async for i in y]\n", 2, 9, "async comprehension"),
    ("async def main():\n    x = [i for i in range(3) if await f(i)]\n", 2, 33, "`for` or `if` clause"),
    ("async def main():\n    x = (await f(i) for i in range(3))\n", 2, 10, "generator expression"),
    ("async def main():\n    x = 2 ** 3\n", 2, 9, "`**`"),
    ("async def main():\n    x = 2 ^ 3\n", 2, 9, "`^`"),
    ("async def main():\n    x = ~3\n", 2, 9, "`~`"),
    ("def scenario(loop):\n    with open('x') as f:\n        pass\n", 2, 10, "asyncio.Runner"),
    ("async def main():\n    with asyncio.Runner() as r:\n        pass\n", 2, 5, "plain `def`"),
    ("async def main():\n    with asyncio.Lock():\n        pass\n", 2, 10, "the only plain `with`"),
    ("import socket\nasync def main():\n    socket.getaddrinfo()\n", 3, 5, "socket.getaddrinfo is not in"),
    ("def helper(y):\n    async for x in y:\n        pass\nasync def main():\n    pass\n", 2, 5,
     "`async for` is allowed only inside `async def`"),
    ("async def main():\n    log(*[1])\n", 2, 9, "`*list` is allowed only"),
    ("async def main():\n    x = [1, 2][0:1, 1]\n", 2, 16, "a slice stands only directly inside"),
    ("async def main():\n    asyncio.get_child_watcher()\n", 2, 5,
     "asyncio.get_child_watcher is not in the scenario surface"),
    ("async def main():\n    x = asyncio.subprocess.Popen\n", 2, 9,
     "asyncio.subprocess.Popen is not in the scenario language"),
    ("def scenario(loop):\n    x = loop._ready\n", 2, 9, "private attribute"),
    ("async def main():\n    raise\n", 2, 5, "bare `raise`"),
    ("async def main():\n    raise len([])\n", 2, 11, "raise wants"),
    ("X = len([1])\nasync def main():\n    pass\n", 1, 5, "literal"),
    ("X = 1\nX = 2\nasync def main():\n    pass\n", 2, 1, "twice"),
    ("async def main():\n    x = {*[1]}\n", 2, 10, "`*` here"),
    ("async def main():\n    x = type(1)\n", 2, 9, "type(x) stands only as `type(x).__name__`"),
    ("async def main():\n    x = type(1).__qualname__\n", 2, 9, "special attribute '__qualname__'"),
    ("async def main():\n    x = frozenset()\n", 2, 9, "frozenset is not in the subset"),
    ("async def main():\n    x = zip([1], strict=True)\n", 2, 9, "zip(strict=...)"),
    ("async def main():\n    x = int('10', 2)\n", 2, 9, "int(x, base)"),
    ("async def main():\n    x = b'a'.decode('utf-8', 'backslashreplace')\n", 2, 30, "error handler"),
    ("async def main():\n    x = 'a'.encode(errors='xmlcharrefreplace')\n", 2, 27, "error handler"),
    ("def helper():\n    yield 1\nasync def main():\n    pass\n", 2, 5, "plain generators are not"),
    ("async def main():\n    yield 1\n", 1, 1, "not an async generator"),
    ("async def helper():\n    yield from [1]\nasync def main():\n    pass\n", 2, 5, "`yield from`"),
    ("async def main():\n    log = 1\n", 2, 5, "module-level or builtin name"),
    ("async def main():\n    range = 1\n", 2, 5, "module-level or builtin name"),
    ("async def main():\n    try:\n        pass\n    except PermissionError:\n        pass\n", 4, 12,
     "`except` names exception classes"),
    ("async def main():\n    try:\n        pass\n    except* ValueError:\n        return\n", 5, 9,
     "cannot appear in an except* block"),
    ("async def main():\n    async with asyncio.sleep(1):\n        pass\n", 2, 16,
     "`async with` takes"),
    ("async def main():\n    if (x := 1):\n        pass\n", 2, 9, "`:=`"),
    ("def deco(f):\n    return f\n@deco\nasync def helper():\n    pass\nasync def main():\n    pass\n",
     3, 2, "decorators"),
    ("async def main():\n    x = [1]\n    del x._y\n", 3, 9, "private attribute"),
    ("async def main():\n    pass\nif __name__ == '__main__':\n    pass\n", 3, 1, "__name__"),
    ("async def main():\n    y += 1\n", 2, 5, "not a local"),
    ("async def main():\n    break\n", 2, 5, "outside a loop"),
    ("async def helper():\n    return 1\nasync def main():\n    log(helper())\n", 4, 9,
     "coroutine object"),
    ("async def main():\n    log('a', sep=1)\n", 2, 5, "positional values only"),
    ("async def main():\n    x = 99999999999999999999\n", 2, 9, "64 bits"),
    ("async def main():\n    x = 1j\n", 2, 9, "complex literals"),
    ("async def main():\n    asyncio.x = 1\n", 2, 5, "cannot be changed"),
    ("async def main():\n    a = b = 1\n", 2, 5, "chained assignment"),
    ("async def main():\n    x: int = 1\n", 2, 5, "annotated"),
    ("async def helper(*args):\n    pass\nasync def main():\n    pass\n", 1, 1, "*args"),
    ("async def helper(x: int):\n    pass\nasync def main():\n    pass\n", 1, 21, "annotations"),
    ("async def main():\n    match 1:\n        case 1:\n            pass\n", 2, 5, "`match`"),
    ("async def main():\n    x = (\n", 2, 9, "syntax error"),
]


class Rejects(unittest.TestCase):
    def assert_rejected(self, text, line, col, fragment, path="t.py"):
        with self.assertRaises(ScenarioErrors) as cm:
            compile_text(text, path)
        first = cm.exception.errors[0]
        self.assertEqual((first.line, first.col), (line, col), str(cm.exception))
        self.assertIn(fragment, first.message)
        self.assertTrue(str(first).startswith(f"{path}:{line}:{col}: "), str(first))

    def test_forbidden_constructs(self):
        for body, line, col, fragment in REJECTED:
            with self.subTest(fragment=fragment, body=body):
                self.assert_rejected(scenario_text(body), DOC_LINES + line, col, fragment)

    def test_nesting_past_the_limit(self):
        # Python itself accepts about 3,000 nested operators; the language stops at
        # 200, where nothing on either side can recurse out of its stack.
        def program(depth):
            return scenario_text(f"""
                async def main():
                    log({"-" * (depth - 2)}1)
                """)
        compile_text(program(200))
        # The 201st level is the constant, after `log(` and 199 minus signs.
        self.assert_rejected(program(201), DOC_LINES + 2, 4 + 4 + 200, "expressions nested more than 200 deep")
        with self.assertRaises(ScenarioErrors):
            compile_text(program(1500))  # an error, not the tool's own RecursionError

    def test_builtin_names_may_not_be_rebound(self):
        for name in ("sorted", "set", "bytes", "type", "isinstance", "UnicodeDecodeError"):
            with self.subTest(name=name):
                self.assert_rejected(scenario_text(f"async def main():\n    {name} = 1\n"), DOC_LINES + 2, 5,
                                     "module-level or builtin name")

    def test_entry_points(self):
        cases = [
            ("async def main():\n    pass\ndef scenario(loop):\n    pass\n", 3, "exactly one entry"),
            ("async def helper():\n    pass\n", None, "no entry point"),
            ("def main():\n    pass\n", 1, "async def main"),
            ("async def main(x):\n    pass\n", 1, "no parameters"),
            ("def scenario(loop, other):\n    pass\n", 1, "exactly one"),
            ("async def scenario(loop):\n    pass\n", 1, "not async"),
            ("async def scenario():\n    pass\n", 1, "not async"),
            ("def scenario(loop=None):\n    pass\n", 1, "exactly one"),
        ]
        for body, line, fragment in cases:
            with self.subTest(fragment=fragment):
                with self.assertRaises(ScenarioErrors) as cm:
                    compile_text(scenario_text(body))
                first = cm.exception.errors[0]
                self.assertIn(fragment, first.message)
                self.assertEqual(first.line, 1 if line is None else DOC_LINES + line)

    def test_docstring(self):
        body = "import asyncio\nasync def main():\n    pass\n"
        cases = [
            (body, 1, 1, "docstring is required"),
            ('"""Summary only."""\n' + body, 1, 0, "no `key: value` lines"),
            ('"""Summary.\nspec: x\n"""\n' + body, 2, 0, "followed by a blank line"),
            ('"""Summary.\n\nfeatures: tasks\n"""\n' + body, 3, 0, "`spec: <documentation url>` is required"),
            ('"""Summary.\n\nspec: x\nauthor: me\n"""\n' + body, 4, 1, "unknown docstring key 'author'"),
            ('"""Summary.\n\nspec: x\nfeatures: tasks, gathr\n"""\n' + body, 4, 18,
             "unknown feature tag 'gathr'"),
            ('"""Summary.\n\nspec: x\npython: 3.10\n"""\n' + body, 4, 9, "3.11 or newer"),
            ('"""Summary.\n\nspec: x\norder: random\n"""\n' + body, 4, 8, "unknown order"),
            ('"""Summary.\n\nspec: x\nspec: y\n"""\n' + body, 4, 1, "twice"),
            ('"""Summary.\n\nSome prose\nspec: x\n"""\n' + body, 3, 1, "must end with `key: value`"),
        ]
        for text, line, col, fragment in cases:
            with self.subTest(fragment=fragment):
                with self.assertRaises(ScenarioErrors) as cm:
                    compile_text(text)
                first = cm.exception.errors[0]
                self.assertIn(fragment, first.message)
                self.assertEqual((first.line, first.col), (line, col), str(first))

    def test_unknown_feature_names_registry_and_suggests(self):
        text = DOC.replace("features: tasks", "features: gathr")
        with self.assertRaises(ScenarioErrors) as cm:
            compile_text(text + "async def main():\n    pass\n", "s.py")
        msg = str(cm.exception.errors[0])
        self.assertTrue(msg.startswith("s.py:4:"), msg)
        self.assertIn("features.txt", msg)
        self.assertIn("did you mean 'gather'", msg)

    def test_all_errors_reported(self):
        text = scenario_text("async def main():\n    print(1)\n    x = 2 ** 3\n")
        with self.assertRaises(ScenarioErrors) as cm:
            compile_text(text)
        self.assertEqual([e.line for e in cm.exception.errors], [DOC_LINES + 2, DOC_LINES + 3])

    def test_cli_reports_without_traceback(self):
        with TempScenario(scenario_text("async def main():\n    f = 2 ** 3\n")) as sc:
            rc, out, err = cli("compile", sc.path)
        self.assertEqual(rc, 1)
        self.assertEqual(out, "")
        self.assertIn(f"{sc.path}:{DOC_LINES + 2}:9: ", err)
        self.assertNotIn("Traceback", err)

    def test_cli_missing_file(self):
        rc, out, err = cli("compile", "/nonexistent/x.py")
        self.assertNotEqual(rc, 0)
        self.assertIn("/nonexistent/x.py", err)
        self.assertNotIn("Traceback", err)


if __name__ == "__main__":
    unittest.main()
