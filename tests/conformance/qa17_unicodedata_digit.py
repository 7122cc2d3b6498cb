# unicodedata.digit: decimal digits of every script plus the digits that are
# not decimal (superscripts, subscripts, circled, parenthesized, dingbats);
# default argument and CPython's errors. A receipt parser reads footnote marks.
import unicodedata

def footnote_number(mark):
    """'¹²' -> 12: superscript footnote marks read with unicodedata.digit."""
    n = 0
    for ch in mark:
        n = n * 10 + unicodedata.digit(ch)
    return n

lines = ["Coffee¹ 3.50", "Bagel² 2.25", "Juice¹⁰ 4.00"]
for line in lines:
    item, price = line.split()
    name = item.rstrip('⁰¹²³⁴⁵⁶⁷⁸⁹')
    print(f"{name:<8}{price:>6}  note {footnote_number(item[len(name):])}")

for ch in "7٣१²₉①⑸⒌⓪❸➒⓿\U0001F101":
    print(f"U+{ord(ch):04X} digit={unicodedata.digit(ch)} decimal={unicodedata.decimal(ch, None)}")
print(unicodedata.digit('x', -1), unicodedata.digit('½', None), unicodedata.digit('Ⅳ', 'roman'))
for args in [('a',), ('ab',), (5,), (), ('1', 2, 3)]:
    try:
        unicodedata.digit(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
