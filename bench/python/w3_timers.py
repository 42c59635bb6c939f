"""W3: 200k call_later with pseudo-random delays in [0, 1 ms), run until the
last fires; and the same with every other timer cancelled right away."""
import common

TIMERS = 200_000
DELAYS = common.timer_delays(TIMERS)


def _run(loop, cancel_half):
    left = TIMERS // 2 if cancel_half else TIMERS

    def fired():
        nonlocal left
        left -= 1
        if left == 0:
            loop.stop()

    cancel = False
    for d in DELAYS:
        h = loop.call_later(d, fired)
        if cancel_half and cancel:
            h.cancel()
        cancel = not cancel
    loop.run_forever()
    return TIMERS


def timers(loop):
    return _run(loop, False)


def timers_half_cancelled(loop):
    return _run(loop, True)


WORKLOADS = [("W3_timers", timers), ("W3_timers_half_cancelled", timers_half_cancelled)]

if __name__ == "__main__":
    common.main(WORKLOADS)
