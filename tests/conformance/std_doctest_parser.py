# doctest.DocTestParser().get_examples: each example's source (with its
# '...' continuation lines), expected output, expected exception message,
# line number and indentation, for ordinary docstrings.
import doctest

text = '''
Some prose.

>>> 1 + 1
2
>>> for i in range(2):
...     print(i)
0
1

    >>> x = [1,
    ...      2]
    >>> x
    [1, 2]

>>> 1/0
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ZeroDivisionError: division by zero
>>> raise ValueError("two\\nlines")
Traceback (most recent call last):
    ...
ValueError: two
lines
>>> print("a\\n\\nb")
a
<BLANKLINE>
b
>>>
'''

for ex in doctest.DocTestParser().get_examples(text):
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent)

print(len(doctest.DocTestParser().get_examples(">>> # just a comment\n>>> 2\n2\n")))
