"""A module whose lines std12_linecache_lazy reads through linecache."""
VALUE = 42


def helper():
    return VALUE
