"""Closures capture variables, not values: lambdas made in a loop all see the loop variable's last value unless a default binds it.

Each callback runs after the loop has finished, so the ones that read `i`
see its final value; the ones made with `i=i` keep the value it had when
they were made. A nested def behaves the same way as a lambda.

spec: https://docs.python.org/3.11/reference/executionmodel.html#resolution-of-names
features: call_soon, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(lambda: log("shared", i))
        loop.call_soon(lambda i=i: log("own", i))

        def nested():
            log("nested", i)
        loop.call_soon(nested)
    i = 10
    await asyncio.sleep(0)
    makers = []
    for word in ["a", "b"]:
        def make(w=word):
            return lambda suffix: w + suffix
        makers.append(make())
    log(makers[0]("1"), makers[1]("2"))
