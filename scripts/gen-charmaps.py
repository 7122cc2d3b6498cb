"""Writes src/lang/stdlib/encodings/NAME.py for the 8-bit charmap codecs of
CPython 3.11's Lib/encodings (cp1252, iso8859_15, mac_roman, koi8_r,
cp850, ...): every encodings module with a 256-character decoding_table.

Each file is CPython's module verbatim down to its tables (the docstring,
the Codec classes, getregentry: the same lines, so tracebacks through
`codecs.charmap_decode(input,errors,decoding_table)` show the same file
and line), then the tables in a compact form with the same values: the
decoding table as string literals of 32 characters, a decoding map as its
entries that differ from the identity, and an encoding map made by
codecs.make_encoding_map where that gives CPython's. Run with python3 (the
oracle):

    python3 scripts/gen-charmaps.py
"""
import codecs
import encodings
import importlib
import os
import pkgutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'lang', 'stdlib', 'encodings')
# Implemented by codecs.py and the runtime (runtime/codecs.ts) already.
SKIP = {'latin_1', 'iso8859_1', 'cp437'}
HEADER = '# Tables generated from CPython 3.11\'s by scripts/gen-charmaps.py (same values).\n'


def table_lines(name, table):
    lines = ['%s = (' % name]
    for i in range(0, len(table), 32):
        lines.append('    %s' % ascii(table[i:i + 32]))
    lines.append(')')
    return lines


def dict_lines(d):
    items = ['0x%04x: %s' % (k, 'None' if v is None else '0x%04x' % v) for k, v in sorted(d.items())]
    return ['    ' + ', '.join(items[i:i + 6]) + ',' for i in range(0, len(items), 6)]


def main():
    for info in pkgutil.iter_modules(encodings.__path__):
        if info.name in SKIP:
            continue
        try:
            mod = importlib.import_module('encodings.' + info.name)
        except ImportError:
            continue
        table = getattr(mod, 'decoding_table', None)
        if not (isinstance(table, str) and len(table) == 256):
            continue
        with open(mod.__file__) as f:
            source = f.read().split('\n')
        end = next(i for i, line in enumerate(source)
                   if line.startswith('### Decoding Table') or line.startswith('### Decoding Map'))
        out = source[:end]
        out.append(HEADER.rstrip('\n'))
        if hasattr(mod, 'decoding_map'):
            out.append('')
            out.append('### Decoding Map')
            out.append('')
            out.append('decoding_map = codecs.make_identity_dict(range(256))')
            out.append('decoding_map.update({')
            out.extend(dict_lines({k: v for k, v in mod.decoding_map.items() if k != v}))
            out.append('})')
        out.append('')
        out.append('### Decoding Table')
        out.append('')
        out.extend(table_lines('decoding_table', table))
        out.append('')
        if hasattr(mod, 'encoding_map'):
            out.append('### Encoding Map')
            out.append('')
            if mod.encoding_map == codecs.make_encoding_map(mod.decoding_map):
                out.append('encoding_map = codecs.make_encoding_map(decoding_map)')
            else:
                out.append('encoding_map = {')
                out.extend(dict_lines(mod.encoding_map))
                out.append('}')
        else:
            out.append('### Encoding table')
            out.append('encoding_table=codecs.charmap_build(decoding_table)')
        with open(os.path.join(OUT, info.name + '.py'), 'w') as f:
            f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
