# An ordinary program (qa14 sweep): bank accounts with a subclass, a custom
# exception carrying data, chaining with from, and an uncaught
# InsufficientFunds at the end (exit 1).
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.owner!r} has {account.balance:.2f}, needs {amount:.2f}")
        self.account = account
        self.amount = amount

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise LookupError(f"no account {src}") from e
        self.accounts[dst].deposit(amount)

bank = Bank()
a = bank.open(Account, "alice", 100)
b = bank.open(SavingsAccount, "bob", 250.5, rate=0.05)
print(a, b)
bank.transfer(a.id, b.id, 40)
print(a.balance, b.balance)
print("interest", b.add_interest())
try:
    bank.transfer(a.id, b.id, 1000)
except InsufficientFunds as e:
    print("error:", e, e.amount)
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bank.transfer(42, a.id, 1)
except LookupError as e:
    print(repr(e), repr(e.__cause__))
for acct in sorted(bank.accounts.values(), key=lambda x: -x.balance):
    print(f"{acct.id} {acct.owner:>8} {acct.balance:>10,.2f} {type(acct).__name__}")
print(b.history)
bank.transfer(b.id, a.id, 10_000)
