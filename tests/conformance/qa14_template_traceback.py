# A mail-merge with string.Template: a placeholder the data lacks raises
# KeyError through Template.substitute and its convert helper, whose frames
# (CPython 3.11's Lib/string.py lines) show in the traceback; safe_substitute
# keeps it; a bad placeholder is a ValueError with its line and column.
import string
import traceback


def report():
    print(traceback.format_exc().replace(__file__, "FILE"), end="")


letter = string.Template("Dear $title $name,\nyour balance is $$${amount}.\n")
people = [
    {"title": "Dr.", "name": "Who", "amount": "12.50"},
    {"title": "Ms.", "name": "Lee"},
]
for p in people:
    try:
        print(letter.substitute(p), end="")
    except KeyError:
        report()
        print(letter.safe_substitute(p), end="")

class Percent(string.Template):
    delimiter = "%"

print(Percent("%who owes 100%% of %what").substitute(who="Bo", what="rent"))
for bad in ["cost: $", "line one\nline $2"]:
    try:
        string.Template(bad).substitute()
    except ValueError:
        report()
print(string.Template("$a and ${b}").get_identifiers(), string.Template("$").is_valid())
try:
    string.Formatter().format("{0} {name}", 1)
except KeyError:
    report()
