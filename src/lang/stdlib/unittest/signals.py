"""unittest's Ctrl-C handling (-c/--catch). gclab delivers no signals, so
installing the handler changes nothing; results are still registered so that
removeResult behaves as in CPython."""

__unittest = True

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    for i in range(len(_results)):
        if _results[i] is result:
            del _results[i]
            return True
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None
