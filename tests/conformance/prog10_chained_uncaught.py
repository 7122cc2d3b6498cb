"""An uncaught exception with a cause, raised inside a context manager's exit path."""
import contextlib


class ConfigError(Exception):
    pass


@contextlib.contextmanager
def opened(name):
    print("open", name)
    try:
        yield {"name": name}
    finally:
        print("close", name)


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e


def main():
    with opened("settings") as cfg:
        print("port:", load(cfg, "name"))
        print("port:", load(cfg, "port"))


main()
