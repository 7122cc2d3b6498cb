# str methods with their optional arguments, and str.format.
# CPython: unicodeobject.c (split, replace, find, tailmatch), Objects/stringlib.
print("a,b,c".split(",", 1), "hello".replace("l", "L", 1), "a b  c ".split(), " a b c ".rsplit(None, 1), "a,b,c".rsplit(",", 1))
print("hello".startswith("l", 2), "abcabc".find("c", 3), "hello".endswith(("lo", "x")), "abc".rfind("c"), "aaa".count("a"), "abc".index("b"))
try: "abc".split("")
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
print("hello world".title(), "hELLO".capitalize(), "AbC".swapcase(), "ab".center(7, '*'), "ab".ljust(4, '-') + "|", "ab".rjust(4), "42".zfill(5), "-42".zfill(5))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "x".partition("="), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("{} and {}".format(1, 2), "{0}{1}{0}".format('a', 'b'), "{x}-{y!r}".format(x=1, y='s'), "{:>6}|{:<4}|{:^5}|".format('r', 'l', 'c'), "{{}}".format())
print("abc".isalpha(), "a1".isalnum(), "  ".isspace(), "AB".isupper(), "ab".islower(), "l1\nl2\n".splitlines(), "ab c".center(8))
try: "{} {}".format(1)
except IndexError as e: print(e)
