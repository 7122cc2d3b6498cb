"""File-system chores with os.path, pathlib, tempfile, shutil."""
import os
import os.path
import pathlib
import tempfile
import shutil
import json
from pathlib import Path

base = Path(tempfile.mkdtemp(prefix="proj-"))
print("tmp is absolute:", base.is_absolute(), base.name.startswith("proj-"))
(base / "src").mkdir()
(base / "src" / "pkg").mkdir(parents=True, exist_ok=True)
(base / "docs").mkdir()
files = {
    "src/main.py": "print('hi')\n",
    "src/pkg/__init__.py": "",
    "src/pkg/util.py": "def f():\n    return 1\n",
    "docs/index.md": "# Title\n\nSome text.\n",
    "README.txt": "readme\n" * 3,
}
for rel, text in files.items():
    p = base / rel
    p.write_text(text)
print("tree:")
for root, dirs, fnames in os.walk(base):
    dirs.sort()
    rel = os.path.relpath(root, base)
    depth = 0 if rel == "." else rel.count(os.sep) + 1
    print("  " * depth + (os.path.basename(root) if rel != "." else "<base>") + "/")
    for f in sorted(fnames):
        size = os.path.getsize(os.path.join(root, f))
        print("  " * (depth + 1) + f"{f} ({size} bytes)")
print("py files:", sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
print("glob top:", sorted(p.name for p in base.glob("*")))
print("splitext:", os.path.splitext("archive.tar.gz"), Path("archive.tar.gz").suffixes)
print("join/norm:", os.path.normpath("a/b/../c/./d"), os.path.join("x", "/abs", "y"))
print("dirname/basename:", os.path.dirname("/a/b/c.txt"), os.path.basename("/a/b/c.txt"))
shutil.copytree(base / "src", base / "backup")
print("backup:", sorted(str(p.relative_to(base / "backup")) for p in (base / "backup").rglob("*")))
shutil.copy(base / "README.txt", base / "docs")
print("docs:", sorted(os.listdir(base / "docs")))
shutil.move(str(base / "docs" / "README.txt"), str(base / "docs" / "readme.md"))
print("docs after move:", sorted(os.listdir(base / "docs")))
manifest = {str(p.relative_to(base)): p.stat().st_size for p in sorted(base.rglob("*")) if p.is_file()}
(base / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
loaded = json.loads((base / "manifest.json").read_text())
print("manifest entries:", len(loaded), "total bytes:", sum(loaded.values()))
try:
    (base / "missing.txt").read_text()
except FileNotFoundError as e:
    print("missing:", e.errno, e.strerror, Path(e.filename).name)
try:
    (base / "src").rmdir()
except OSError as e:
    print("rmdir non-empty:", type(e).__name__, e.strerror)
with open(base / "log.txt", "a") as f:
    for i in range(3):
        print(f"line {i}", file=f)
with open(base / "log.txt") as f:
    print("log lines:", [l.rstrip() for l in f])
with tempfile.TemporaryDirectory() as td:
    tp = Path(td) / "scratch.bin"
    tp.write_bytes(bytes(range(8)))
    print("scratch:", tp.read_bytes().hex(), tp.exists())
print("scratch gone:", not os.path.exists(td))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=True) as nt:
    nt.write("hello")
    nt.seek(0)
    print("named temp:", nt.read(), nt.name.endswith(".txt"))
shutil.rmtree(base)
print("cleaned:", base.exists())
