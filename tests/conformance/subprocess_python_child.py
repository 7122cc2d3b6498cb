# subprocess runs Python children: run() with capture_output, text mode,
# check=True (CalledProcessError), stderr=STDOUT, check_output, the exit
# status of SystemExit and of an uncaught exception, and a program that is
# not there (FileNotFoundError).
import subprocess
import sys

r = subprocess.run([sys.executable, "-c", "print('hello'); import sys; print('err', file=sys.stderr)"],
                   capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run([sys.executable, "-c", "print('text mode')"], capture_output=True, text=True)
print(repr(r.stdout), r.stderr)
print(subprocess.check_output([sys.executable, "-c", "print(6 * 7)"]))
r = subprocess.run([sys.executable, "-c", "raise SystemExit(5)"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run([sys.executable, "-c", "1/0"], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
try:
    subprocess.run([sys.executable, "-c", "import sys; sys.exit(3)"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.output)
p = subprocess.Popen([sys.executable, "-c", "print('out'); import sys; sys.stdout.flush(); print('err', file=sys.stderr)"],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out, err = p.communicate()
print(p.returncode, out, err)
try:
    subprocess.run(["gclab-no-such-program-here", "x"])
except FileNotFoundError as e:
    print("FileNotFoundError", e)
