"""A small Lisp with environments as cycles and gc.collect reports."""
import gc
import math
import operator as op


class Symbol(str):
    pass


class Env(dict):
    count = 0

    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
        Env.count += 1
        self.id = Env.count

    def find(self, var):
        env = self
        while env is not None:
            if var in env:
                return env
            env = env.outer
        raise NameError(f"unbound symbol: {var}")

    def __del__(self):
        Env.count -= 1


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()


def parse(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


def standard_env():
    env = Env()
    env.update({
        "+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv,
        "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le,
        "abs": abs, "list": lambda *x: list(x), "car": lambda x: x[0],
        "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y,
        "null?": lambda x: x == [], "sqrt": math.sqrt, "pi": math.pi,
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        head, *rest = x
        if head == "quote":
            return rest[0]
        if head == "if":
            test, conseq, alt = rest
            x = conseq if evaluate(test, env) else alt
            continue
        if head == "define":
            name, expr = rest
            env[name] = evaluate(expr, env)
            return None
        if head == "lambda":
            params, body = rest
            return Procedure(params, body, env)
        if head == "begin":
            for e in rest[:-1]:
                evaluate(e, env)
            x = rest[-1]
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in rest]
        return proc(*args)


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    return str(v)


genv = standard_env()
programs = [
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 10)",
    "(define make-counter (lambda () (begin (define n 0) (lambda () (begin (define n (+ n 1)) n)))))",
    "(define c (make-counter))",
    "(c)",
    "(define compose (lambda (f g) (lambda (x) (f (g x)))))",
    "((compose car cdr) (quote (1 2 3)))",
    "(define map (lambda (f xs) (if (null? xs) (quote ()) (cons (f (car xs)) (map f (cdr xs))))))",
    "(map (lambda (x) (* x x)) (list 1 2 3 4))",
    "(sqrt (* pi 4))",
    "(undefined 1)",
    "(1 2",
]
for src in programs:
    try:
        result = evaluate(parse(tokenize(src)), genv)
        if result is not None:
            print(f"{src} => {to_str(result)}")
    except (NameError, SyntaxError, TypeError, IndexError) as e:
        print(f"{src} !! {type(e).__name__}: {e}")
print("live envs before:", Env.count)
print("collected:", gc.collect())
print("live envs after:", Env.count)
genv["fact"] = None
genv["make-counter"] = None
genv["c"] = None
genv.pop("compose")
genv.pop("map")
print("collected:", gc.collect())
print("live envs now:", Env.count)
