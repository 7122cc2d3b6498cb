# A method call whose attribute name is on a later line than where the
# expression starts is located at the attribute (3.11's
# update_start_location_to_match_attr): tb_lineno is that line and the
# carets start at the name.
import sys
import traceback


class Builder:
    def __init__(self):
        self.parts = []

    def add(self, part):
        if part is None:
            raise ValueError('no part')
        self.parts.append(part)
        return self

    def build(self):
        return ''.join(self.parts)


def chain(bad):
    return (Builder()
            .add('a')
            .add(bad)
            .build())


def receiver_spans_lines():
    return dict(
        a=1,
        b=2).nope()


for f in (lambda: chain(None), receiver_spans_lines):
    try:
        f()
    except Exception:
        tb = sys.exc_info()[2]
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(tb.tb_lineno, traceback.format_exc().replace(__file__, 'SCENARIO'))
print(chain('b'))
