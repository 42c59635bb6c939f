"""round() rounds halves to even, and round(x, n) rounds the float's exact binary value: round(2.675, 2) is 2.67.

round(x) of a float is an int; round(x, n) a float, also for n = 0 or
n < 0; round of an int with n < 0 rounds to tens, hundreds, ... with
ties to even. Prices averaged across tasks are rounded for display.

spec: https://docs.python.org/3.11/library/functions.html#round
features: gather, tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def price(v):
    await asyncio.sleep(0.1)
    return v


async def main():
    log(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3), round(True), round(7.4999))
    log(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0))
    log(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(5e-324, 400), round(1e300, -400))
    log(round(15, -1), round(25, -1), round(-25, -1), round(149, -2), round(150, -2), round(7, 3), round(5, -5))
    log(round(0.1 + 0.2, 10), round(-0.4), round(-0.4, 0), round(123.456, 1), round(1e16 + 1, 2), round(2.5, None))
    prices = await asyncio.gather(price(1.10), price(2.20), price(3.35))
    average = sum(prices) / len(prices)
    log(average, round(average, 2), f"{round(average, 1)}")
    try:
        round("1.5")
    except TypeError as e:
        log("str", e)
    try:
        round(1.5, 1.0)
    except TypeError as e:
        log("ndigits", e)
    try:
        round(1e300 * 1e10)
    except OverflowError as e:
        log("inf", e)
