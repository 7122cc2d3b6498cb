# match: literal patterns (ints, floats, strings, negative numbers), None/True/False
# by identity (1 does not match True, 0.0 matches 0), or-patterns of literals.
def kind(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "a" | "b" | "c":
            return "abc letter"
        case "multi" "part":
            return "concatenated"
        case 2 | 3 | 4:
            return "two to four"
        case _:
            return "other"

for v in [True, False, None, 0, 0.0, 1, -1, -1.0, 1.5, "a", "c", "multipart", 3, 4.0, "zero", [], 10**30]:
    print(repr(v), kind(v))
