# exit and quit, as site.py adds them to builtins for scripts too (_sitebuiltins.Quitter):
# their repr, type, the SystemExit a call raises (code positional or keyword,
# SystemExit.code), the TypeErrors, and __main__'s __builtins__ being the module.
print(repr(exit), repr(quit), str(quit))
print(type(exit).__name__, type(exit).__module__, type(quit) is type(exit))
print(callable(exit), 'exit' in dir(__builtins__))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("SystemExit", repr(e.code), e.args)
for args, kwargs in [(("bye", 2), {}), ((), {"code": 5}), ((1,), {"code": 5}), ((), {"status": 1})]:
    try:
        exit(*args, **kwargs)
    except (TypeError, SystemExit) as e:
        print(type(e).__name__, e)
import builtins
print(builtins.exit is exit, type(__builtins__).__name__, __builtins__ is builtins)
print(SystemExit().code, SystemExit(1, 2).code, SystemExit("x").code)
print("before")
quit(4)
print("never")
