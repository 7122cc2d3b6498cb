"""_io for gclab: Modules/_io's classes and functions, which io.py writes
(and re-exports under their public names, as CPython's io.py does _io's).
"""

from io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, open_code, text_encoding,
                FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRandom,
                TextIOWrapper, _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase)

BlockingIOError = BlockingIOError
