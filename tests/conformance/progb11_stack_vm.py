class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__(msg)
        self.pc = pc
    def __str__(self):
        return f"{self.args[0]} at pc={self.pc}"

def assemble(src):
    code, labels = [], {}
    for line in src.splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if isinstance(a, str) else a for a in args]) for op, args in code]

class VM:
    def __init__(self, code, trace=False):
        self.code, self.stack, self.vars, self.pc, self.out = code, [], {}, 0, []
        self.calls = []
        self.trace = trace
        self.steps = 0
    def pop(self):
        if not self.stack:
            raise VMError("stack underflow", self.pc)
        return self.stack.pop()
    def run(self, limit=10000):
        binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
                  "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
                  "EQ": lambda a, b: int(a == b)}
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit", self.pc)
            op, args = self.code[self.pc]
            if self.trace:
                print(f"{self.pc:3} {op:<5} {args} {self.stack}")
            self.pc += 1
            match op:
                case "PUSH": self.stack.append(args[0])
                case "POP": self.pop()
                case "DUP":
                    v = self.pop(); self.stack += [v, v]
                case "SWAP":
                    b, a = self.pop(), self.pop(); self.stack += [b, a]
                case "LOAD": self.stack.append(self.vars[args[0]])
                case "STORE": self.vars[args[0]] = self.pop()
                case "JMP": self.pc = args[0]
                case "JZ":
                    if self.pop() == 0: self.pc = args[0]
                case "CALL":
                    self.calls.append(self.pc); self.pc = args[0]
                case "RET": self.pc = self.calls.pop()
                case "PRINT": self.out.append(str(self.pop()))
                case "HALT": break
                case _ if op in binops:
                    b, a = self.pop(), self.pop()
                    try:
                        self.stack.append(binops[op](a, b))
                    except ZeroDivisionError:
                        raise VMError("division by zero", self.pc - 1) from None
                case _:
                    raise VMError(f"unknown opcode {op}", self.pc - 1)
        return self.out

FACT = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz end
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    push 7
    call square
    print
    halt
square:            ; x -> x*x
    dup
    mul
    ret
"""
code = assemble(FACT)
print(code[:6])
vm = VM(code)
print(vm.run(), vm.steps, vm.vars)
print(VM(assemble("push 2\npush 3\nadd\npush 4\nswap\nsub\nprint"), trace=True).run())
for bad in ["push 1\npush 0\ndiv", "add", "frob", "l:\njmp l"]:
    try:
        VM(assemble(bad)).run(limit=50)
    except VMError as e:
        print(type(e).__name__, e, e.pc, repr(e))
