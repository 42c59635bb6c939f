"""asyncio.run(coro, loop_factory=f) runs the coroutine on the loop f makes, so a program can choose eager tasks for all of it.

From 3.12 asyncio.run takes loop_factory, as Runner does: the factory's
loop runs the coroutine, and asyncio.run closes it after. A factory that
sets eager_task_factory makes every task of the run start eagerly, except
the coroutine's own task, made before the loop runs.

spec: https://docs.python.org/3.12/library/asyncio-runner.html#asyncio.run
features: asyncio_run, eager_tasks, task_factory, event_loop_policy, close
python: 3.12
"""
import asyncio
from loopspec import log

made = []


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    made.append(loop)
    return loop


async def child():
    log("child runs")
    return 1


async def program():
    loop = asyncio.get_running_loop()
    log("factory's loop", loop is made[0])
    t = asyncio.create_task(child())
    log("child done at once", t.done())
    return await t


def scenario(loop):
    log("result", asyncio.run(program(), loop_factory=eager_loop))
    log("closed", made[0].is_closed())
