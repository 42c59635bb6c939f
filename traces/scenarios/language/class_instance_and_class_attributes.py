"""An instance's own attribute hides the class attribute of the same name; a class attribute changed on the class is seen by every instance that has no own one.

`__init__` runs when the class is called and sets instance attributes;
`del` of an instance attribute uncovers the class attribute again; a
list held as a class attribute is one object shared by all instances.

spec: https://docs.python.org/3.11/tutorial/classes.html#class-and-instance-variables
features: tasks
"""
from loopspec import log


class Account:
    """A bank account with a shared interest rate."""
    rate = 2
    history = []

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history.append(owner)

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def interest(self):
        return self.balance * self.rate // 100


async def main():
    a = Account("ann", 100)
    b = Account("bob")
    log(a.owner, a.balance, b.balance, a.deposit(50), b.deposit(10))
    log(a.interest(), b.interest(), a.rate, Account.rate)
    Account.rate = 10
    a.rate = 50
    log(a.interest(), b.interest(), a.rate, b.rate)
    del a.rate
    log(a.rate, a.interest())
    log(Account.history, a.history is b.history)
    a.balance -= 30
    b.note = "extra"
    log(a.balance, b.note)
    try:
        log(a.note)
    except AttributeError as e:
        log("AttributeError", e)
    try:
        del a.note
    except AttributeError as e:
        log("del AttributeError", e)
