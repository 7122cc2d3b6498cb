# except*: catching an exception-group type is a TypeError, so is a class
# that is not an exception; break/continue/return inside except* are
# SyntaxErrors, as is mixing except and except* (compile()).
import sys
for t in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int]:
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* t:
            print("never")
    except TypeError as e:
        print("TypeError:", e, "| context:", repr(e.__context__))

sources = [
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "try:\n    pass\nexcept* E:\n    for i in x:\n        break\n",
    "try:\n    pass\nexcept* E:\n    def g():\n        return 1\n",
    "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n",
    "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* (A, B) as e:\n    pass\n",
    "try:\n    pass\nexcept* E:\n    break\n",
]
for src in sources:
    try:
        compile(src, "<star>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno)
