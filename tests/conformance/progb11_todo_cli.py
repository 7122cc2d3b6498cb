import argparse
import json
import os
import sys

DB = "todos.json"

def load():
    if not os.path.exists(DB):
        return []
    with open(DB) as f:
        return json.load(f)

def save(items):
    with open(DB, "w") as f:
        json.dump(items, f, indent=2, sort_keys=True)

def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="A tiny todo manager")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add a task")
    a.add_argument("title")
    a.add_argument("-p", "--priority", type=int, default=3, choices=range(1, 6))
    a.add_argument("--tag", action="append", default=[])
    sub.add_parser("list", help="list tasks")
    d = sub.add_parser("done", help="complete a task")
    d.add_argument("id", type=int)
    r = sub.add_parser("rm")
    r.add_argument("ids", nargs="+", type=int)
    return p

def run(argv):
    args = build_parser().parse_args(argv)
    items = load()
    if args.cmd == "add":
        nid = max((i["id"] for i in items), default=0) + 1
        items.append({"id": nid, "title": args.title, "priority": args.priority,
                      "tags": args.tag, "done": False})
        print(f"added #{nid}: {args.title}")
    elif args.cmd == "list":
        for it in sorted(items, key=lambda i: (i["done"], i["priority"], i["id"])):
            mark = "x" if it["done"] else " "
            tags = ",".join(it["tags"]) or "-"
            print(f"[{mark}] {it['id']:>3} P{it['priority']} {it['title']:<20} {tags}")
    elif args.cmd == "done":
        for it in items:
            if it["id"] == args.id:
                it["done"] = True
                print("completed", it["title"])
                break
        else:
            print(f"no task {args.id}", file=sys.stderr)
            return 1
    elif args.cmd == "rm":
        before = len(items)
        items = [i for i in items if i["id"] not in args.ids]
        print(f"removed {before - len(items)}")
    save(items)
    return 0

cmds = [
    ["add", "buy milk", "-p", "2", "--tag", "home"],
    ["add", "write report", "--tag", "work", "--tag", "urgent", "-p", "1"],
    ["add", "call mom"],
    ["list"],
    ["done", "2"],
    ["done", "9"],
    ["rm", "1", "7"],
    ["list"],
]
for c in cmds:
    print("$ todo", " ".join(c))
    print("rc", run(c))
with open(DB) as f:
    print(f.read())
for bad in (["add", "x", "-p", "9"], ["frobnicate"], []):
    try:
        run(bad)
    except SystemExit as e:
        print("exit", e.code)
os.remove(DB)
print(os.path.exists(DB))
