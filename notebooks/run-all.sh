#!/usr/bin/env bash
# Executes every notebook of notebooks/ headless with Debian's Jupyter on /usr/bin/python3 and
# fails (exit 1) when a cell raises, or when a committed notebook carries outputs.
#
#   notebooks/run-all.sh [--out DIR] [NOTEBOOK.ipynb...]
#   notebooks/run-all.sh --strip      # remove outputs, counts and timings from notebooks/*.ipynb
#
# --out DIR   keep the executed notebooks (and the results folders they produced, in DIR/results)
#             in DIR; without it they go to a temporary folder that is removed at the end.
# NOTEBOOK    run only these (default: every notebooks/*.ipynb). The output check always covers
#             every committed notebook.
#
# Each notebook produces its own small results folder through ./communitysim unless told where
# one is (CSIM_RUN_RESULTS, CSIM_SWEEP_RESULTS, CSIM_SENSITIVITY_RESULTS, CSIM_COMPARE_RESULTS). Exit 0 all ran, 1 a
# notebook failed or carries outputs, 2 bad usage or Jupyter missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
py=/usr/bin/python3

out=""
strip=0
notebooks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) [ $# -ge 2 ] || { echo "run-all.sh: --out needs a folder" >&2; exit 2; }; out="$2"; shift 2 ;;
    --out=*) out="${1#--out=}"; shift ;;
    --strip) strip=1; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run-all.sh: unknown option $1" >&2; exit 2 ;;
    *) [ -f "$1" ] || { echo "run-all.sh: no notebook $1" >&2; exit 2; }
       notebooks+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"); shift ;;
  esac
done
[ ${#notebooks[@]} -gt 0 ] || notebooks=("$here"/*.ipynb)

if ! [ -x "$py" ] || ! "$py" -c "import nbconvert, nbformat, ipykernel, pandas, matplotlib, scipy" 2>/dev/null; then
  echo "run-all.sh: needs Debian's Jupyter on $py: apt-get install -y jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib python3-scipy" >&2
  exit 2
fi

if [ "$strip" = 1 ]; then
  "$py" - "$here"/*.ipynb <<'EOF'
import sys, nbformat
for path in sys.argv[1:]:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        for key in ("execution", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)
    nb.metadata["language_info"] = {"name": nb.metadata.get("language_info", {}).get("name", "python")}
    nbformat.write(nb, path)
    print(f"stripped {path}")
EOF
  exit 0
fi

# 1. Committed notebooks carry no outputs: CI regenerates them, a stale figure is never shipped.
"$py" - "$here"/*.ipynb <<'EOF'
import sys, nbformat
bad = []
for path in sys.argv[1:]:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
            bad.append(f"{path}: cell {i} has outputs or an execution count")
if bad:
    print("\n".join(bad), file=sys.stderr)
    print("strip them with: notebooks/run-all.sh --strip", file=sys.stderr)
    sys.exit(1)
EOF

# 2. A private Jupyter set-up: the python3 kernel is /usr/bin/python3 whatever python3 is on PATH
#    (pyenv, a venv) and whatever kernels or config the user has installed.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/csim-notebooks.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/jupyter/kernels/python3" "$tmp/config" "$tmp/runtime" "$tmp/ipython"
cat > "$tmp/jupyter/kernels/python3/kernel.json" <<EOF
{"argv": ["$py", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "Python 3 (Debian)", "language": "python",
 "env": {"PYDEVD_DISABLE_FILE_VALIDATION": "1"}}
EOF
export JUPYTER_PATH="$tmp/jupyter" JUPYTER_CONFIG_DIR="$tmp/config" JUPYTER_RUNTIME_DIR="$tmp/runtime"
export IPYTHONDIR="$tmp/ipython" PYDEVD_DISABLE_FILE_VALIDATION=1 PYTHONDONTWRITEBYTECODE=1
export CSIM_REPO="$repo"
export COMMUNITYSIM_JAVA_OPTS="${COMMUNITYSIM_JAVA_OPTS:--Xmx2g}"
if [ -n "$out" ]; then
  mkdir -p "$out"; out="$(cd "$out" && pwd)"
else
  out="$tmp/executed"; mkdir -p "$out"
fi
export CSIM_WORK="${CSIM_WORK:-$out/results}"

# 3. Execute each notebook; nbconvert exits non-zero when a cell raises.
failed=()
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb")"
  start=$(date +%s)
  if "$py" -m jupyter nbconvert --to notebook --execute \
       --ExecutePreprocessor.timeout=900 --ExecutePreprocessor.kernel_name=python3 \
       --ExecutePreprocessor.allow_errors=False \
       --output-dir "$out" "$nb" >"$tmp/$name.log" 2>&1 \
     && "$py" - "$out/$name" <<'EOF'
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
if errors:
    print(f"{sys.argv[1]}: {len(errors)} error output(s): {errors[0].get('ename')}: {errors[0].get('evalue')}")
    sys.exit(1)
EOF
  then
    echo "ok      $name  $(( $(date +%s) - start )) s"
  else
    echo "FAILED  $name  $(( $(date +%s) - start )) s" >&2
    tail -n 40 "$tmp/$name.log" | sed 's/\x1b\[[0-9;]*m//g' >&2   # the traceback, without colour codes
    failed+=("$name")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-all.sh: ${#failed[@]} notebook(s) failed: ${failed[*]}" >&2
  exit 1
fi
if [ "$out" = "$tmp/executed" ]; then
  echo "run-all.sh: ${#notebooks[@]} notebook(s) executed (keep them with --out DIR)"
else
  echo "run-all.sh: ${#notebooks[@]} notebook(s) executed; executed copies in $out"
fi
