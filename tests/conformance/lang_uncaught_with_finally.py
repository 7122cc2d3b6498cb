# An uncaught exception ends the script with exit status 1 and a traceback on
# stderr; stdout keeps everything printed before, including what finally
# blocks print while the exception propagates through them.
# CPython: compile.c compiler_try_finally, pythonrun.c PyErr_Print.
class ConfigError(Exception):
    pass


def load(name):
    try:
        print("loading", name)
        raise ConfigError("missing key in " + name)
    finally:
        print("finally in load")


def main():
    try:
        load("settings")
    finally:
        print("finally in main")
    print("never printed")


print("start")
main()
print("never printed either")
