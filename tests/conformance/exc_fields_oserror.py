# OSError's errno, strerror, filename and filename2 (oserror_parse_args),
# its str ("[Errno N] text: 'name'"), args cut to (errno, strerror) when a
# filename is given, and OSError(errno, ...) making the errno's subclass.
def describe(e):
    print(type(e).__name__, e.errno, repr(e.strerror), repr(e.filename), repr(e.filename2), e.args)
    print("   str:", str(e), "| repr:", repr(e))

describe(OSError("just a message"))
describe(OSError(2, "No such file or directory"))
describe(OSError(2, "No such file or directory", "data.txt"))
describe(OSError(13, "Permission denied", "/root/x", None, "/tmp/y"))
describe(OSError(99, "Unknown", None))
describe(FileNotFoundError("missing"))
describe(PermissionError(1, "Operation not permitted"))
describe(OSError(1, 2, 3, 4, 5, 6))

for code in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 12345):
    print(code, type(OSError(code, "x")).__name__)

def open_config(name):
    raise FileNotFoundError(2, "No such file or directory", name)

try:
    open_config("settings.ini")
except OSError as e:
    print("handled:", e, "| errno", e.errno, "| file", e.filename)

try:
    raise OSError(17, "File exists", "out")
except FileExistsError as e:
    print("caught as FileExistsError:", e)

e = OSError(2, "gone", "f")
e.errno = 5
e.filename = "g"
print(e, vars(e))
class MyIOError(OSError):
    pass
print(type(MyIOError(2, "x")).__name__, MyIOError(2, "x", "f"))
