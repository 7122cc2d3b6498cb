# A named expression inside an annotation is a SyntaxError under
# `from __future__ import annotations` (the annotation is a separate block).
from __future__ import annotations


def f(x: (y := int)) -> None:
    pass
