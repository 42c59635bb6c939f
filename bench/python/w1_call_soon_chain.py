"""W1: a callback that reschedules itself with call_soon, 1M hops (one loop
iteration per hop)."""
import common

HOPS = 1_000_000


def call_soon_chain(loop):
    left = HOPS

    def hop():
        nonlocal left
        left -= 1
        if left > 0:
            loop.call_soon(hop)
        else:
            loop.stop()

    loop.call_soon(hop)
    loop.run_forever()
    return HOPS


WORKLOADS = [("W1_call_soon_chain", call_soon_chain)]

if __name__ == "__main__":
    common.main(WORKLOADS)
