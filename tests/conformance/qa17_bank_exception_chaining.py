class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")
        self.account = account
        self.amount = amount

class AccountFrozen(RuntimeError):
    pass

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def __str__(self):
        return f"#{self.id} {self.owner:<8} {self.balance:>10,.2f}"

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        a = Account(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            raise RuntimeError("transfer failed") from e
        else:
            try:
                dst.deposit(amount)
            except Exception:
                src.deposit(amount)
                raise
        finally:
            print(f"  transfer attempt {src.id}->{dst.id} {amount}")

bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob", 50.5)
carol = bank.open("carol")
bank.transfer(alice, bob, 30)
try:
    bank.transfer(carol, bob, 10)
except RuntimeError as e:
    print("error:", e, "| cause:", repr(e.__cause__), "| ctx is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
bob.frozen = True
try:
    bank.transfer(alice, bob, 20)
except AccountFrozen as e:
    print("frozen:", e, type(e).__mro__[1].__name__)
print(alice.balance)
for acc in bank.accounts.values():
    print(acc)
try:
    alice.deposit(-5)
except ValueError as e:
    print(e.args)
errs = []
for amt in [10, 1000, "x"]:
    try:
        alice.withdraw(amt)
    except (InsufficientFunds, TypeError) as e:
        errs.append(type(e).__name__ + ": " + str(e))
print(*errs, sep="\n")
print(alice.history)
total = sum(a.balance for a in bank.accounts.values())
print(f"total={total:.3f} {total=}")
e = InsufficientFunds(alice, 5)
print(e.amount, e.account is alice, len(e.args))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("missing")
except KeyError as k:
    print(repr(k), type(k.__context__).__name__, k.__cause__)
