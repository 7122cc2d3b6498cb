# String literals: single/double quotes, escapes (\n \t \\ \' \"), triple-quoted
# strings spanning lines, concatenation, repetition, comparison, `in` for
# substrings, indexing with negative indices, len of escapes; if/elif/else.
# CPython: Parser/string_parser.c (escapes), unicodeobject.c unicode_repr.
a = 'single'
b = "double"
c = 'it\'s'
d = "say \"hi\""
e = "tab\tand\\backslash"
f = """first line
second line"""
g = '''triple 'single' quotes'''
print(a, b, c, d)
print(e)
print(f)
print(g)
print("len of escapes:", len("\n"), len("\\"), len(e))
print("concat and repeat:", a + "-" + b, "ab" * 3, 2 * "x")
print("compare:", "abc" < "abd", "Z" < "a", "" < "a", "a" == 'a')
print("in:", "ell" in "hello", "xyz" not in "hello", "" in "abc")
word = "python"
print("index:", word[0], word[-1], word[len(word) - 2])
print("repr:", repr(f), repr(c), repr(d))
for s in ["", "a", "ab", "abc"]:
    if len(s) == 0:
        print(repr(s), "is empty")
    elif len(s) == 1:
        print(repr(s), "is one character")
    elif s == "ab":
        pass
    else:
        print(repr(s), "is longer")
