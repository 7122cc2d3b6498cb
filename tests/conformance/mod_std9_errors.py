"""Exception classes of a module beside the scenario (std9_main_exception_names)."""


class ModError(Exception):
    pass


def fail(msg):
    raise ModError(msg)
