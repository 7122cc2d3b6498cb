"""A config loader that fails: chained exceptions to stderr, exit 1."""
import json

class ConfigError(Exception):
    pass

class Loader:
    def __init__(self, sources):
        self.sources = sources

    def parse(self, name):
        text = self.sources[name]
        try:
            return json.loads(text)
        except json.JSONDecodeError as e:
            raise ConfigError(f"cannot parse {name}") from e

    def port(self, name):
        cfg = self.parse(name)
        try:
            return int(cfg["port"])
        except KeyError:
            raise ConfigError(f"{name} has no port")
        except ValueError as exc:
            raise ConfigError(f"bad port in {name}: {cfg['port']!r}") from None

loader = Loader({
    "good.json": '{"port": "8080"}',
    "noport.json": '{"host": "x"}',
    "badport.json": '{"port": "eighty"}',
    "broken.json": '{"port": 80,,}',
})
for name in ["good.json", "noport.json", "badport.json"]:
    try:
        print(name, loader.port(name))
    except ConfigError as e:
        print(name, "error:", e, "| cause:", repr(e.__cause__), "| context:", type(e.__context__).__name__, e.__suppress_context__)

def cleanup():
    try:
        raise RuntimeError("during cleanup")
    finally:
        print("cleanup finally ran")

def main():
    try:
        loader.port("broken.json")
    finally:
        print("main finally")

print("starting")
try:
    cleanup()
except RuntimeError as e:
    print("got", e)
main()
print("never printed")
