#!/usr/bin/env bash
# One command: times workloads with `./xpsci bench` and with NumPy/SciPy (bench_scipy.py) on the same sizes in
# the same session, then prints both medians side by side with the ratio xpsci/SciPy (compare.py).
#
#   benchmarks/bench-vs-scipy.sh [--repeat R] [--n N] [--backend NAME] [--portable] [workload ...]
#
# Default workloads: the contract's welch fft rfft fftn ttest-ind kmeans2 vq solve svd eigh. --portable also
# times xpsci with fast paths off. A workload that one side does not have is reported and skipped.
# The xpsci jar is built by ./xpsci when missing. The JVM gets a fixed, pre-touched heap (as the JMH forks do;
# JAVA_OPTS overrides it) so that fresh result arrays do not page-fault on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=10; n=(); backend=cpu; portable=0; workloads=()
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat=$2; shift 2 ;;
    --n) n=(--n "$2"); shift 2 ;;
    --backend) backend=$2; shift 2 ;;
    --portable) portable=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) workloads+=("$1"); shift ;;
  esac
done
[ ${#workloads[@]} -eq 0 ] && workloads=(welch fft rfft fftn ttest-ind kmeans2 vq solve svd eigh)
export JAVA_OPTS="${JAVA_OPTS:--Xms8g -Xmx8g -XX:+AlwaysPreTouch}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
: > "$out/xpsci.jsonl"; : > "$out/scipy.jsonl"
for w in "${workloads[@]}"; do
  echo "== $w" >&2
  if ! ./xpsci bench "$w" --json --repeat "$repeat" --backend "$backend" "${n[@]}" >> "$out/xpsci.jsonl"; then
    echo "   (xpsci has no workload $w here; skipped)" >&2
    continue
  fi
  if [ "$portable" = 1 ]; then
    ./xpsci bench "$w" --json --repeat "$repeat" --backend "$backend" --no-fast-paths "${n[@]}" >> "$out/xpsci.jsonl"
  fi
  if ! python3 benchmarks/python/bench_scipy.py "$w" --repeat "$repeat" "${n[@]}" >> "$out/scipy.jsonl"; then
    echo "   (bench_scipy.py has no workload $w; its SciPy column shows nan)" >&2
  fi
done
python3 benchmarks/python/compare.py --java "$out/xpsci.jsonl" --python "$out/scipy.jsonl"
