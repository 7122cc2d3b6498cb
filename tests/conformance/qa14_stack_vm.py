# An ordinary program (qa14 sweep): a small stack-machine interpreter with
# labels and jumps (factorial, FizzBuzz), its errors chained from
# ZeroDivisionError, one uncaught.
# a tiny stack-based language interpreter
class VMError(Exception):
    pass

class VM:
    def __init__(self, out):
        self.stack = []
        self.vars = {}
        self.out = out
        self.ops = {
            "+": lambda a, b: a + b, "-": lambda a, b: a - b,
            "*": lambda a, b: a * b, "/": lambda a, b: a // b,
            "%": lambda a, b: a % b, "<": lambda a, b: int(a < b),
            "=": lambda a, b: int(a == b),
        }
    def pop(self):
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()
    def run(self, code):
        toks = code.split()
        labels = {t[:-1]: i for i, t in enumerate(toks) if t.endswith(":")}
        pc = 0
        steps = 0
        while pc < len(toks):
            steps += 1
            if steps > 10000:
                raise VMError("too many steps")
            t = toks[pc]
            pc += 1
            if t.endswith(":"):
                continue
            if t.lstrip("-").isdigit():
                self.stack.append(int(t))
            elif t in self.ops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(self.ops[t](a, b))
                except ZeroDivisionError as e:
                    raise VMError(f"at token {pc - 1}: {e}") from e
            elif t == "dup":
                v = self.pop(); self.stack += [v, v]
            elif t == "swap":
                b, a = self.pop(), self.pop(); self.stack += [b, a]
            elif t == "print":
                self.out.append(self.pop())
            elif t.startswith("!"):
                self.vars[t[1:]] = self.pop()
            elif t.startswith("@"):
                self.stack.append(self.vars[t[1:]])
            elif t.startswith("jz:"):
                if self.pop() == 0:
                    pc = labels[t[3:]]
            elif t.startswith("jmp:"):
                pc = labels[t[4:]]
            else:
                raise VMError(f"unknown word {t!r}")
        return self.stack

out = []
fact = "1 !acc 10 !n loop: @n jz:end @acc @n * !acc @n 1 - !n jmp:loop end: @acc print"
VM(out).run(fact)
print(out)
out.clear()
fizz = """1 !i top: @i 16 < jz:done
 @i 15 % jz:fb @i 3 % jz:f @i 5 % jz:b @i print jmp:next
 fb: -15 print jmp:next f: -3 print jmp:next b: -5 print
 next: @i 1 + !i jmp:top done:"""
VM(out).run(fizz)
print(" ".join({-15: "FizzBuzz", -3: "Fizz", -5: "Buzz"}.get(x, str(x)) for x in out))
for prog in ["1 +", "1 0 /", "foo", "loop: jmp:loop", "2 3 swap - dup *"]:
    try:
        print(prog, "=>", VM([]).run(prog))
    except VMError as e:
        print(prog, "=> error:", e, "| cause:", repr(e.__cause__))
VM([]).run("5 0 %")
