"""A loop starts outside debug mode; set_debug switches it, and asyncio.run(debug=True) starts its loop in it.

get_debug() reports the mode. A fresh loop is not in debug mode (unless the
environment asks for it, which the runner does not); set_debug(True) and
set_debug(False) switch it at any time, also while it runs. asyncio.run's
debug= is handed to its Runner, which sets the mode on the loop it makes;
debug=False does the same the other way.

spec: https://docs.python.org/3.11/library/asyncio-dev.html#debug-mode
features: debug
"""
import asyncio
from loopspec import log


async def report(tag):
    log(tag, asyncio.get_running_loop().get_debug())


def scenario(loop):
    log("fresh loop", loop.get_debug())
    loop.set_debug(True)
    log("after set_debug(True)", loop.get_debug())
    loop.run_until_complete(report("while running"))
    loop.set_debug(False)
    log("after set_debug(False)", loop.get_debug())
    loop.close()
    asyncio.run(report("run(debug=True)"), debug=True)
    asyncio.run(report("run(debug=False)"), debug=False)
    asyncio.run(report("run()"))
