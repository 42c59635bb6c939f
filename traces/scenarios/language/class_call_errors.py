"""Calling a class or a method with the wrong arguments raises CPython's TypeError messages, naming the method by its qualified name.

A class without `__init__` takes no arguments; `__init__` must return
None; a method called through the class needs the instance passed
explicitly; reading a missing attribute names the class.

spec: https://docs.python.org/3.11/reference/datamodel.html#object.__init__
features: exceptions
"""
from loopspec import log


class Empty:
    pass


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


class Weird:
    def __init__(self):
        return 1


def attempt(label, fn):
    try:
        log(label, fn())
    except (TypeError, AttributeError) as e:
        log(label, type(e).__name__, e)


async def main():
    p = Point(1)
    attempt("no args", lambda: Empty(1))
    attempt("missing", lambda: Point())
    attempt("too many", lambda: Point(1, 2, 3))
    attempt("keyword", lambda: Point(1, z=2))
    attempt("method", lambda: p.moved())
    attempt("via class", lambda: Point.moved(p, 2).x)
    attempt("unbound", lambda: Point.moved(5))
    attempt("init returns", lambda: Weird())
    attempt("attribute", lambda: p.z)
    attempt("class attribute", lambda: Point.z)
    attempt("fine", lambda: Point(y=5, x=2).moved(1).y)
