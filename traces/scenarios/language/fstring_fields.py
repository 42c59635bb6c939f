"""An f-string evaluates its fields left to right, applying each conversion and format spec as format() does; a field may await.

spec: https://docs.python.org/3.11/reference/lexical_analysis.html#f-strings
features: sleep
"""
import asyncio
from loopspec import log


def field(name, v):
    log("eval", name)
    return v


async def later(v):
    await asyncio.sleep(0)
    return v


async def main():
    name = "it's"
    log(f"{field('a', 1)} then {field('b', 2)} then {await later(3)}")
    log(f"{name!r} {name!s} {name} {{literal braces}}")
    log(f"[{3.14159:.2f}] [{2.5:e}] [{0.25:%}] [{-1234567.891:,.1f}] [{1.0}] [{-0.0:.1f}]")
    log(f"[{42:5}] [{42:<5}] [{42:^6}] [{-42:=+6}] [{42:+}] [{42: }] [{7:03d}]")
    log(f"[{255:x}] [{255:X}] [{8:o}] [{5:b}] [{1000000:,}] [{1000000:_}] [{65535:_x}]")
    log(f"[{'ab':>5}] [{'ab':*^6}] [{'abcdef':.3}] [{'ab':05}] [{True}] [{True:>5}] [{None}]")
    log(f"[{[1, 'x']}] [{(1,)!r}] [{ {'k': 1} }] [{3:f}] [{2:.1%}] [{1.5:08.2f}]")
    for bad in [1.5, "s", None]:
        try:
            log(f"{bad:d}")
        except (ValueError, TypeError) as e:
            log("rejected", e)
    try:
        log(f"{1:.2d}")
    except ValueError as e:
        log("precision", e)
