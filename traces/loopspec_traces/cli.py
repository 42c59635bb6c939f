"""The command line: compile, run, regen, check, decompile, compare-loop, batch, record,
loop-info, version-changes, feature-table, coverage."""
import argparse
import json
import os
import sys
import traceback

from .diagnostics import ScenarioError, ScenarioErrors, ToolError

EXIT_OK = 0
EXIT_DIFFER = 1       # check: goldens differ; compile: scenario rejected
EXIT_RUNNER = 2       # the runner could not produce a trace
EXIT_SKIP = 77        # check: the local CPython cannot judge these goldens (ctest SKIP)


def _parser():
    p = argparse.ArgumentParser(
        prog="loopspec-traces",
        description="Compile loopspec scenarios to the IR and record golden traces on CPython.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    c = sub.add_parser("compile", help="check a scenario against the subset and print its IR")
    c.add_argument("file")
    c.add_argument("-o", "--output", help="write the IR here instead of stdout")
    c.add_argument("--id", help="scenario id (default: <area>/<name> from the path)")
    c.add_argument("--indent", type=int, default=None, help="pretty-print with this indent")

    r = sub.add_parser("run", help="run a scenario under CPython and print its trace (JSON Lines)")
    r.add_argument("file")
    r.add_argument("--loop", default="virtual", metavar="NAME",
                   help="virtual (or asyncio): CPython's selector loop on the virtual clock "
                        "(default); asyncio-pure, nest_asyncio: on the virtual clock too; "
                        "uvloop, gbulb, MODULE:FACTORY: that loop in real time")
    r.add_argument("--id", help="scenario id (default: <area>/<name> from the path)")
    r.add_argument("--idle-timeout", type=float, default=5.0, metavar="SECONDS",
                   help="real-time loops only: this long without an event ends the run as "
                        "blocked (default 5)")
    _time_limit_option(r)

    g = sub.add_parser("regen", help="rewrite traces/golden/ from traces/scenarios/")
    g.add_argument("--jobs", "-j", type=int, default=0, help="parallel runs (default: CPU count)")
    g.add_argument("--scenarios", help="scenario directory (default traces/scenarios)")
    g.add_argument("--golden", help="golden directory (default traces/golden)")
    _python_option(g, "record")
    _time_limit_option(g)

    k = sub.add_parser("check", help="regenerate into a temp dir and compare with the goldens")
    k.add_argument("--jobs", "-j", type=int, default=0)
    k.add_argument("--scenarios", help="scenario directory (default traces/scenarios)")
    k.add_argument("--golden", help="golden directory (default traces/golden)")
    _python_option(k, "check")
    _time_limit_option(k)

    d = sub.add_parser("decompile", help="print the scenario source of an IR (or golden) file")
    d.add_argument("file")
    d.add_argument("-o", "--output", help="write the source here instead of stdout")

    u = sub.add_parser("compare-loop",
                       help="run every scenario on a Python loop and compare with the goldens; "
                            "known divergences come from traces/loops/<loop>.txt")
    u.add_argument("--loop", required=True, metavar="NAME",
                   help="asyncio, asyncio-pure, nest_asyncio, uvloop, gbulb or MODULE:FACTORY")
    u.add_argument("--expected", metavar="FILE",
                   help="the loop's known divergences (default traces/loops/<loop>.txt)")
    u.add_argument("--jobs", "-j", type=int, default=0)
    u.add_argument("--scenarios", help="scenario directory (default traces/scenarios)")
    u.add_argument("--golden", help="golden directory (default traces/golden)")
    u.add_argument("--json", dest="json_out", help="also write the full results as JSON here")
    u.add_argument("--max-seconds", type=float, default=20.0,
                   help="skip scenarios whose virtual duration exceeds this (default 20)")
    u.add_argument("--permitted", metavar="FILE",
                   help="the traces the open orders of scenarios permit (JSON: id -> version -> "
                        "traces), as `loopspec check --python-loop` passes it (docs/orders.md)")
    u.add_argument("only", nargs="*", help="scenario ids, areas or files to compare (default: all)")
    b = sub.add_parser("batch",
                       help="run many IR programs (JSON Lines) on CPython in one process; "
                            "for the property tests")
    b.add_argument("input", help="JSON Lines: one IR document per line")
    b.add_argument("output", help="JSON Lines of results, in input order ('-': stdout)")
    b.add_argument("--jobs", "-j", type=int, default=0, help="programs run at once (default: CPU count)")
    b.add_argument("--keep", metavar="DIR", help="write the decompiled scenario files here")
    b.add_argument("--loop", default="asyncio", metavar="NAME",
                   help="the Python loop to run them on, as for `run --loop` (default asyncio); "
                        "exit 77 when no interpreter imports it")
    b.add_argument("--idle-timeout", type=float, default=5.0, metavar="SECONDS",
                   help="real-time loops only: this long without an event ends a program as "
                        "blocked (default 5)")
    b.add_argument("--python", metavar="X.Y",
                   help="run on that CPython version's stock asyncio (re-executed under its "
                        "interpreter; exit 77 when there is none)")
    b.add_argument("--baseline", action="store_true",
                   help="when the loop needs another interpreter, also run every program on that "
                        "interpreter's stock asyncio (the result's `baseline`)")
    rec = sub.add_parser("record", help="run the scenarios named on stdin (JSON Lines of id and "
                                        "path) on this CPython, one forked child each; for regen")
    rec.add_argument("--jobs", "-j", type=int, default=0, help="runs at once (default: CPU count)")
    _time_limit_option(rec)
    i = sub.add_parser("loop-info", help="print what the property tests need to know of a Python "
                                         "loop, as JSON")
    i.add_argument("loop", metavar="NAME")
    v = sub.add_parser("version-changes",
                       help="print docs/versions.md's table of the scenarios each CPython version "
                            "step changes, by cause")
    v.add_argument("--write", action="store_true", help="put the table into docs/versions.md")
    v.add_argument("--check", action="store_true",
                   help="exit 1 when traces/versions/*.txt or the table disagree with the goldens")
    f = sub.add_parser("feature-table",
                       help="print the README's table of APIs and the scenarios that pin them")
    f.add_argument("--write", metavar="README", help="replace the table between the markers in this file")
    f.add_argument("--check", metavar="README", help="exit 1 when this file's table is stale")
    cov = sub.add_parser("coverage",
                         help="run the corpus on CPython's pure-Python asyncio and print (or write "
                              "into docs/coverage.md) how many of asyncio's function-body lines "
                              "it executes, per version")
    _python_option(cov, "measure")
    cov.add_argument("--write", action="store_true",
                     help="put the table into docs/coverage.md (needs every supported version)")
    cov.add_argument("--check", action="store_true",
                     help="exit 1 when docs/coverage.md's table no longer matches the corpus, "
                          "the exclusions or the interpreters (no runs: compares a digest)")
    cov.add_argument("--verify", action="store_true",
                     help="also run every scenario untraced and exit 1 if any trace differs")
    cov.add_argument("--jobs", "-j", type=int, default=0, help="runs at once (default: CPU count)")
    cov.add_argument("--doc", help="the document holding the table (default docs/coverage.md)")
    cov.add_argument("--scenarios", help="scenario directory (default traces/scenarios)")
    cov.add_argument("--golden", help="golden directory for --check's digest (default traces/golden)")
    cov.add_argument("--exclusions", help="exclusions file (default traces/coverage-exclusions.txt)")
    _time_limit_option(cov)
    cr = sub.add_parser("coverage-record", help="for `coverage`: run the scenarios named on stdin "
                                                "on this CPython's pure-Python asyncio, tracing lines")
    cr.add_argument("--jobs", "-j", type=int, default=0)
    cr.add_argument("--verify", action="store_true")
    _time_limit_option(cr)
    return p


def _python_option(parser, verb):
    parser.add_argument("--python", action="append", metavar="X.Y",
                        help=f"{verb} this CPython version only (repeatable; default: 3.11, "
                             "3.12 and 3.13, each where an interpreter is found)")


def _time_limit_option(parser):
    parser.add_argument("--time-limit", metavar="SECONDS", default=None,
                        help="virtual loop: stop a run after this many seconds of wall time as "
                             "a runner error, naming the line it was stuck at (default: "
                             "$LOOPSPEC_TIME_LIMIT, else 10; 0: no limit)")


def _time_limit(args):
    """The --time-limit option as seconds, or None when not given (the run's default)."""
    if args.time_limit is None:
        return None
    from .runner import time_limit_from
    return time_limit_from(args.time_limit, "--time-limit")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args, argv)
    except ScenarioErrors as e:
        for err in e.errors:
            print(err, file=sys.stderr)
        return EXIT_DIFFER
    except ScenarioError as e:
        print(e, file=sys.stderr)
        return EXIT_DIFFER
    except ToolError as e:
        print(f"loopspec-traces: {e}", file=sys.stderr)
        return EXIT_RUNNER
    except KeyboardInterrupt:
        print("loopspec-traces: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug of the tool, not of the scenario
        print(f"loopspec-traces: internal error: {type(e).__name__}: {e}", file=sys.stderr)
        if os.environ.get("LOOPSPEC_DEBUG"):
            traceback.print_exc()
        else:
            print("(set LOOPSPEC_DEBUG=1 for the Python traceback)", file=sys.stderr)
        return EXIT_RUNNER


def _dispatch(args, argv):
    if args.command == "compile":
        return _compile(args)
    if args.command == "run":
        return _run(args, argv)
    if args.command in ("regen", "check"):
        from . import regen
        fn = regen.regen_command if args.command == "regen" else regen.check_command
        return fn(scenarios_dir=args.scenarios, golden_dir=args.golden, jobs=args.jobs,
                  time_limit=_time_limit(args), python=args.python)
    if args.command == "record":
        from . import record
        return record.record_command(jobs=args.jobs, time_limit=_time_limit(args))
    if args.command == "version-changes":
        from . import version_changes
        return version_changes.command(write=args.write, check=args.check)
    if args.command == "decompile":
        return _decompile(args)
    if args.command == "compare-loop":
        from . import compare
        return compare.compare_command(args.loop, scenarios_dir=args.scenarios,
                                       golden_dir=args.golden, jobs=args.jobs,
                                       json_out=args.json_out, max_seconds=args.max_seconds,
                                       only=args.only, expected=args.expected,
                                       permitted=args.permitted)
    if args.command == "batch":
        return _batch(args, argv)
    if args.command == "loop-info":
        from . import loops
        print(json.dumps(loops.lookup(args.loop).info()))
        return EXIT_OK
    if args.command == "feature-table":
        from . import coverage
        return coverage.feature_table_command(write=args.write, check=args.check)
    if args.command == "coverage":
        from . import asyncio_coverage
        return asyncio_coverage.coverage_command(
            python=args.python, write=args.write, check_only=args.check, jobs=args.jobs,
            time_limit=_time_limit(args), verify=args.verify, doc=args.doc,
            scenarios_dir=args.scenarios, golden_dir=args.golden, exclusions_path=args.exclusions)
    if args.command == "coverage-record":
        from . import asyncio_coverage
        return asyncio_coverage.record_command(jobs=args.jobs, time_limit=_time_limit(args),
                                               verify=args.verify)
    raise ToolError(f"unknown command {args.command}")


def _compile(args):
    from . import ir as irmod
    from .compiler import compile_file
    ir = compile_file(args.file, args.id)
    text = irmod.dumps(ir, args.indent) + "\n"
    _write(text, args.output)
    return EXIT_OK


def _run(args, argv):
    from . import loops
    from .interpreters import importable, reexec_for
    loop = loops.lookup(args.loop)
    if not importable(loop.module):
        reexec_for(loop, argv)  # does not return
    loop.prepare()
    from .runner import RunnerError, run_scenario
    from .trace import jsonl

    def on_blocked(head, events):  # real-time watchdog: print and the process exits
        sys.stdout.write(jsonl(head, events))
        sys.stdout.flush()

    if not os.path.isfile(args.file):
        raise ToolError(f"{args.file}: no such scenario file")
    time_limit = _time_limit(args)
    if time_limit is None and loop.clock == "virtual":
        from .runner import default_time_limit
        time_limit = default_time_limit()  # a bad $LOOPSPEC_TIME_LIMIT is reported before the run
    try:
        head, events = run_scenario(args.file, loop, args.id, args.idle_timeout, on_blocked,
                                    time_limit=time_limit)
    except RunnerError as e:
        print(e, file=sys.stderr)
        return EXIT_RUNNER
    sys.stdout.write(jsonl(head, events))
    sys.stdout.flush()
    return EXIT_OK


def _batch(args, argv):
    from . import loops
    from .interpreters import importable, reexec_for, reexecuted, python_for, missing_message
    loop = loops.lookup(args.loop)
    if args.python:
        return _batch_on_version(args, argv)
    if not importable(loop.module):
        if python_for(loop.module) is None:
            print(f"loopspec-traces: --loop {loop.name}: {missing_message(loop)}", file=sys.stderr)
            return EXIT_SKIP
        reexec_for(loop, argv)  # does not return
    loop.prepare()
    from . import batch
    return batch.batch_command(args.input, args.output, jobs=args.jobs, keep=args.keep, loop=loop,
                               idle_timeout=args.idle_timeout, baseline=args.baseline,
                               reexecuted=reexecuted())


def _batch_on_version(args, argv):
    """batch --python X.Y: the stock asyncio of that CPython version, re-executed under it."""
    import platform
    from . import batch, loops, versions
    from .interpreters import reexec_under, reexecuted
    minor = versions.parse_requested([args.python])[0]
    if args.loop not in ("asyncio", "virtual"):
        raise ToolError("batch --python runs the stock asyncio only; leave out --loop")
    if versions.minor_of(platform.python_version()) != minor:
        interp = versions.interpreter_for(minor)
        if interp is None or reexecuted():
            print(f"loopspec-traces: {versions.missing_message(minor)}", file=sys.stderr)
            return EXIT_SKIP
        reexec_under(interp.path, argv)  # does not return
    return batch.batch_command(args.input, args.output, jobs=args.jobs, keep=args.keep,
                               loop=loops.KNOWN["asyncio"])


def _decompile(args):
    from . import ir as irmod
    from .decompiler import decompile
    ir = irmod.load(args.file)
    source, warnings = decompile(ir)
    for w in warnings:
        print(f"{args.file}: warning: {w}", file=sys.stderr)
    _write(source, args.output)
    return EXIT_OK


def _write(text, output):
    if output:
        try:
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise ToolError(f"{output}: cannot write: {e.strerror or e}") from None
    else:
        sys.stdout.write(text)
