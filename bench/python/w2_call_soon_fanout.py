"""W2: 1M callbacks scheduled with call_soon up front, run in one iteration."""
import common

CALLBACKS = 1_000_000


def call_soon_fanout(loop):
    ran = 0

    def bump():
        nonlocal ran
        ran += 1

    for _ in range(CALLBACKS):
        loop.call_soon(bump)
    loop.call_soon(loop.stop)
    loop.run_forever()
    assert ran == CALLBACKS
    return ran


WORKLOADS = [("W2_call_soon_fanout", call_soon_fanout)]

if __name__ == "__main__":
    common.main(WORKLOADS)
