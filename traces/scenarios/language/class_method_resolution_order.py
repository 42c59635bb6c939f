"""super() follows the instance's C3 method resolution order, not the class's own bases: in a diamond each class's method runs once, in MRO order.

`Child(Left, Right)` with `Left(Base)` and `Right(Base)`: the MRO is
Child, Left, Right, Base, so super() in Left reaches Right. A method a
subclass does not define is found on the first class of the MRO that
does; isinstance sees every class of the MRO.

spec: https://docs.python.org/3.11/library/functions.html#super
features: tasks
"""
from loopspec import log


class Base:
    def __init__(self):
        self.trail = ["Base"]

    def describe(self):
        return "base"

    def greet(self, out):
        out.append("Base.greet")
        return out


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def greet(self, out):
        out.append("Left.greet")
        return super().greet(out)


class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def greet(self, out):
        out.append("Right.greet")
        return super().greet(out)

    def describe(self):
        return "right, then " + super().describe()


class Child(Left, Right):
    def greet(self, out):
        out.append("Child.greet")
        return super().greet(out)


async def main():
    c = Child()
    log(c.trail)
    log(c.greet([]))
    log(c.describe())
    log(Left().greet([]), Left().describe())
    log(isinstance(c, Right), isinstance(c, Base), isinstance(Left(), Right))
    log(type(c).__name__, type(Child).__name__)
