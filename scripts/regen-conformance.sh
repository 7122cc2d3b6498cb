#!/usr/bin/env bash
# Regenerate the expected outputs of the project's conformance scenarios
# (tests/conformance/NAME.py -> NAME.out, plus NAME.exit when the exit status
# is non-zero) from CPython 3.11, the oracle, and check that every scenario is
# deterministic: it is run again with other PYTHONHASHSEED values and its
# stdout and exit status must not change.
#
# Usage: scripts/regen-conformance.sh [--check] [NAME ...]
#   --check   do not write anything; only report scenarios whose stdout or
#             exit status differ from the stored .out/.exit or between runs
#   NAME      only these scenarios (file name with or without .py)
# Files named mod_*.py (and package folders) are modules the scenarios import.
# Environment: PYTHON (default python3), TIMEOUT seconds per run (default 30).
# Exit status: 0 if every scenario is deterministic (and, with --check,
# matches its stored files), 1 otherwise, 2 on a usage or environment error.
set -u

PYTHON="${PYTHON:-python3}"
TIMEOUT="${TIMEOUT:-30}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$(cd "$here/../tests/conformance" && pwd)" || { echo "no tests/conformance folder" >&2; exit 2; }

version="$("$PYTHON" --version 2>&1)"
case "$version" in
  "Python 3.11."*) ;;
  *) echo "refusing to run: need CPython 3.11.x as the oracle, '$PYTHON --version' says: $version" >&2; exit 2 ;;
esac

check_only=0
names=()
for arg in "$@"; do
  case "$arg" in
    --check) check_only=1 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) names+=("${arg%.py}") ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then
  for f in "$dir"/*.py; do
    [ -e "$f" ] || continue
    b="$(basename "$f")"
    # mod_*.py are modules that scenarios import, not scenarios.
    case "$b" in mod_*) continue ;; esac
    names+=("${b%.py}")
  done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# run NAME SEED OUTFILE -> prints the exit status
run() {
  (cd "$dir" && PYTHONHASHSEED="$2" timeout "$TIMEOUT" "$PYTHON" "$1.py" >"$3" 2>/dev/null)
  echo $?
}

seeds=(0 1 random)
bad=0
count=0
for name in "${names[@]}"; do
  if [ ! -f "$dir/$name.py" ]; then
    echo "MISSING  $name.py" >&2; bad=1; continue
  fi
  count=$((count + 1))
  first_rc=""
  differs=""
  for i in "${!seeds[@]}"; do
    rc="$(run "$name" "${seeds[$i]}" "$tmp/out.$i")"
    if [ "$i" -eq 0 ]; then
      first_rc="$rc"
    elif [ "$rc" != "$first_rc" ] || ! cmp -s "$tmp/out.0" "$tmp/out.$i"; then
      differs="PYTHONHASHSEED=${seeds[0]} vs PYTHONHASHSEED=${seeds[$i]}"
    fi
  done
  if [ "$first_rc" = "124" ]; then
    echo "TIMEOUT  $name" >&2; bad=1; continue
  fi
  if [ -n "$differs" ]; then
    echo "NONDETERMINISTIC  $name ($differs)" >&2; bad=1; continue
  fi
  if [ "$check_only" -eq 1 ]; then
    want_rc=0
    [ -f "$dir/$name.exit" ] && want_rc="$(tr -d '[:space:]' <"$dir/$name.exit")"
    if ! cmp -s "$tmp/out.0" "$dir/$name.out" 2>/dev/null || [ "$want_rc" != "$first_rc" ]; then
      echo "STALE  $name (stored .out/.exit differ from python3)" >&2; bad=1
    fi
  else
    cp "$tmp/out.0" "$dir/$name.out"
    if [ "$first_rc" -ne 0 ]; then
      echo "$first_rc" >"$dir/$name.exit"
    else
      rm -f "$dir/$name.exit"
    fi
  fi
done

if [ "$bad" -ne 0 ]; then
  echo "$count scenario(s) checked with $version: problems reported above" >&2
  exit 1
fi
if [ "$check_only" -eq 1 ]; then
  echo "$count scenario(s) checked with $version: all deterministic and up to date"
else
  echo "$count scenario(s) regenerated with $version: all deterministic (PYTHONHASHSEED ${seeds[*]})"
fi
