"""JSON round trips of an object graph with custom encoders and object hooks."""
import json
from dataclasses import dataclass, asdict, field
from datetime import date


@dataclass
class Task:
    title: str
    due: date
    tags: list = field(default_factory=list)
    done: bool = False


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Task):
            d = asdict(o)
            d["__task__"] = True
            return d
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if d.pop("__task__", False):
        return Task(**d)
    return d


tasks = [Task("write", date(2024, 1, 5), ["work"]), Task("relax", date(2024, 1, 6), done=True)]
text = json.dumps({"tasks": tasks, "owners": {"ann", "bob"}}, cls=Encoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back["tasks"] == [Task("write", date(2024, 1, 5), ["work"]), Task("relax", date(2024, 1, 6), done=True)])
print(back["tasks"][0].due.strftime("%d %b %Y"), back["owners"])
try:
    json.dumps({"x": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps([1.5, None, True, "é", {"k": [1, {"n": None}]}], ensure_ascii=False, separators=(",", ":")))
print(json.dumps(float("inf")), json.loads("NaN") != json.loads("NaN"))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('[1, 2.0, "3"]', parse_float=str, parse_int=lambda s: int(s) * 10))
