"""Runner(debug=...) puts the loop it makes in debug mode or out of it; debug=None leaves the loop's own mode.

The Runner applies its debug= when it makes its loop, before the first
run(), so get_loop() already shows it. With a loop_factory the factory's
loop gets the same treatment; with debug=None the loop keeps the mode it
was made with, here switched on by the factory itself.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner
features: debug
"""
import asyncio
from loopspec import log


def debug_loop():
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    return loop


async def mode():
    return asyncio.get_running_loop().get_debug()


def scenario(loop):
    loop.close()
    with asyncio.Runner(debug=True) as runner:
        log("Runner(debug=True)", runner.get_loop().get_debug(), runner.run(mode()))
    with asyncio.Runner(debug=False, loop_factory=debug_loop) as runner:
        log("debug=False over a debug loop", runner.run(mode()))
    with asyncio.Runner(loop_factory=debug_loop) as runner:
        log("debug=None keeps the factory's", runner.run(mode()))
