"""argparse CLI with subcommands and --help output, sys.exit codes."""
import argparse
import sys
import io
import contextlib


def build_parser():
    p = argparse.ArgumentParser(prog="inv", description="Inventory tool.", epilog="See docs for more.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--version", action="version", version="%(prog)s 1.2")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    add = sub.add_parser("add", help="add an item")
    add.add_argument("name")
    add.add_argument("qty", type=int, nargs="?", default=1)
    add.add_argument("--tag", action="append", default=[], dest="tags")
    rm = sub.add_parser("rm", help="remove items", aliases=["del"])
    rm.add_argument("names", nargs="+")
    rm.add_argument("-f", "--force", action="store_true")
    ls = sub.add_parser("ls", help="list items")
    ls.add_argument("--sort", choices=["name", "qty"], default="name")
    g = ls.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    return p


INV = {"bolt": 10, "nut": 3}


def main(argv):
    p = build_parser()
    args = p.parse_args(argv)
    if args.cmd == "add":
        INV[args.name] = INV.get(args.name, 0) + args.qty
        print(f"added {args.qty} {args.name} tags={args.tags} verbose={args.verbose}")
    elif args.cmd in ("rm", "del"):
        for n in args.names:
            if n not in INV and not args.force:
                print(f"no such item: {n}", file=sys.stderr)
                return 2
            INV.pop(n, None)
        print("removed", args.names)
    elif args.cmd == "ls":
        items = sorted(INV.items(), key=(lambda kv: kv[1]) if args.sort == "qty" else None)
        if args.json:
            import json
            print(json.dumps(dict(items)))
        elif args.csv:
            print("\n".join(f"{k},{v}" for k, v in items))
        else:
            for k, v in items:
                print(f"{k:<8}{v:>4}")
    return 0


def run(argv):
    print(f"$ inv {' '.join(argv)}")
    try:
        code = main(argv)
    except SystemExit as e:
        code = e.code
    print(f"[exit {code}]")


for argv in (["add", "washer", "5", "--tag", "m4", "--tag", "zinc", "-vv"][::-1][::-1],
             ["-vv", "add", "washer", "5", "--tag", "m4"],
             ["ls", "--sort", "qty"],
             ["ls", "--json"],
             ["del", "nut"],
             ["rm", "ghost"],
             ["rm", "ghost", "-f"],
             ["--help"],
             ["add", "--help"],
             ["ls", "--json", "--csv"],
             ["add", "x", "many"],
             ["frob"],
             [],
             ["--version"]):
    with contextlib.redirect_stderr(sys.stdout):
        run(argv)
sys.exit(main(["rm", "nothing"]))
