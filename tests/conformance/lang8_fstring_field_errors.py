# Syntax errors inside f-string fields, as CPython 3.11 reports them: it
# parses each field as the string `(expr)`, so SyntaxError.text is a line of
# that string (with its newline unless the tokenizer read past it; without
# for tokenizer errors), columns on the field's first line count from the
# added parenthesis, and on later lines they are the line's own column less
# starting_col_offset (fstring_find_expr_location), negative ones included.
cases = ["f'{a b}'", "f'{1 +}'", "f'{a.}'", "f'{not}'", "f'{1 if}'", "f'{0012}'", "f'{1_}'", "f'{€}'", "f'{*a}'", "f'{(1}'", "f'{a $ b}'", "f'{a!x}'", "f'{}'", "f'{ }'", "f'{a:{b c}}'", "x = f'''{\n1 +\n}'''", "x = f'''{a\nb}'''", "x = f'''\n{a b\n}'''", "x = f'''{1\n+}'''",
         "x = 1; y = f'{x b}'", "print(f'{x!r:>{w b}}')", "f'''\n  {  a b  }'''", "f'''{\n  a b}'''", "f'''{  \n  a b}'''", "f'a' f'{b c}'", "f'{lambda x:1}'", "f'{yield}'", "f'{a = }' f'{b c}'", "f'''{\na\n.\n}'''", "f'''x\n{a\nb\nc}'''",
         "x = f'''\n{\na\n+\n}'''", "x = f'''\n  {a\nb}'''", "x = f'''ab\n  {  \nb +\n}'''", "  y = f'''\n{a b\nc d}'''", "z = (1, f'''\nq {a\n b c}''')", "w = f'{x}' f'''\n{a\nb}'''", "v = f'''{a}\n{b\nc}'''"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
# A program that builds a report and mistypes a field.
template = 'total = f"{count items}"'
try:
    exec(template, {"count": 3})
except SyntaxError as e:
    print(e.msg, e.offset, e.text.strip(), e.lineno)
