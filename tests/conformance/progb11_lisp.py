import math
import operator as op
from dataclasses import dataclass

Symbol = str
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        self.update(zip(params, args))
        self.outer = outer
    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise NameError(f"undefined symbol: {var}")
        return self.outer.find(var)

def standard_env():
    env = Env()
    env.update(vars(math))
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, ">": op.gt, "<": op.lt,
                ">=": op.ge, "<=": op.le, "=": op.eq, "abs": abs, "append": op.add,
                "apply": lambda proc, args: proc(*args), "begin": lambda *x: x[-1],
                "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y,
                "eq?": op.is_, "equal?": op.eq, "length": len, "list": lambda *x: list(x),
                "list?": lambda x: isinstance(x, list), "map": lambda f, xs: list(map(f, xs)),
                "max": max, "min": min, "not": op.not_, "null?": lambda x: x == [],
                "number?": lambda x: isinstance(x, (int, float)), "procedure?": callable,
                "round": round, "symbol?": lambda x: isinstance(x, Symbol)})
    return env

def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()

def read_from(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        L = []
        while tokens and tokens[0] != ")":
            L.append(read_from(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return L
    if tok == ")":
        raise SyntaxError("unexpected )")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

@dataclass
class Procedure:
    params: list
    body: object
    env: Env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"

GLOBAL = standard_env()

def evaluate(x, env=GLOBAL):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    match x:
        case ["quote", exp]:
            return exp
        case ["if", test, conseq, alt]:
            return evaluate(conseq if evaluate(test, env) else alt, env)
        case ["define", Symbol() as name, exp]:
            env[name] = evaluate(exp, env)
            return None
        case ["set!", name, exp]:
            env.find(name)[name] = evaluate(exp, env)
            return None
        case ["lambda", params, body]:
            return Procedure(params, body, env)
        case [proc_exp, *arg_exps]:
            proc = evaluate(proc_exp, env)
            args = [evaluate(a, env) for a in arg_exps]
            return proc(*args)

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)

program = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(map fib (list 1 2 3 4 5 6 7 8 9 10))
(define make-counter (lambda () (begin (define n 0) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (make-counter))
(c)
(c)
(quote (a b c))
(car (quote (1 2 3)))
(cdr (cons 1 (list 2 3)))
(pi)
(* pi 2)
(sqrt 2)
(length (list 1 2 3))
(equal? (list 1 2) (list 1 2))
(not (> 1 2))
fact
(undefined-thing 1)
(+ 1
)
(1 2)
"""
for line in program.strip().splitlines():
    try:
        val = evaluate(read_from(tokenize(line)))
        if val is not None:
            print(f"{line[:40]:<40} => {to_str(val)}")
    except Exception as e:
        print(f"{line[:40]:<40} !! {type(e).__name__}: {e}")
