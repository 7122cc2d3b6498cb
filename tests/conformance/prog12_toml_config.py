"""Load a TOML config with defaults, validate it, and report with pprint."""
import tomllib
import pprint
from dataclasses import dataclass, field, fields
from datetime import datetime, date, time
from collections import ChainMap

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000, "debug": False}, "workers": 2}

TEXT = '''
title = "gclab service"
workers = 4
started = 2024-03-01T08:30:00
release = 2024-04-01
backup_at = 03:15:00

[server]
port = 9090
allowed = ["10.0.0.0/8", "192.168.0.0/16"]

[limits]
max_body = 1_048_576
ratio = 0.75
hex = 0xff
inf_ok = inf

[[users]]
name = "ada"
roles = ["admin"]

[[users]]
name = "bob"
roles = []
meta = { shell = "zsh", uid = 1001 }

[logging."file.handler"]
path = '/var/log/app.log'
multi = """
line one
line two"""
'''


@dataclass
class User:
    name: str
    roles: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


@dataclass
class Config:
    title: str
    workers: int
    host: str
    port: int
    debug: bool
    users: list


def load(text):
    raw = tomllib.loads(text)
    server = ChainMap(raw.get("server", {}), DEFAULTS["server"])
    cfg = Config(
        title=raw["title"],
        workers=raw.get("workers", DEFAULTS["workers"]),
        host=server["host"],
        port=server["port"],
        debug=server["debug"],
        users=[User(**u) for u in raw.get("users", [])],
    )
    return raw, cfg


raw, cfg = load(TEXT)
pprint.pprint(raw, width=70, sort_dicts=True)
print(cfg)
print([f.name for f in fields(cfg)])
print(type(raw["started"]).__name__, type(raw["release"]).__name__, type(raw["backup_at"]).__name__)
print(raw["started"] + (datetime(2024, 3, 2) - datetime(2024, 3, 1)), raw["limits"]["inf_ok"])
for bad in ['x = 1\nx = 2', 'a = "unterminated', '[t]\n[t]', 'k = 1979-13-01', 'arr = [1, 2,, 3]']:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print(f"{bad!r:30} -> {e}")
print(tomllib.loads("v = 0.1", parse_float=str), tomllib.loads("n = -0o17"))
try:
    tomllib.loads(b"x=1")
except TypeError as e:
    print(e)
