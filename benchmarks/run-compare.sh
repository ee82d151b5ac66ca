#!/usr/bin/env bash
# One command: runs the JMH benchmarks and the NumPy/SciPy script on the same workloads in the same session,
# then prints both medians side by side. Usage: benchmarks/run-compare.sh [workload ...]
# (build first: mvn -B -ntp -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
workloads=("$@")
[ ${#workloads[@]} -eq 0 ] && workloads=(add-f64 add-f32 multiply-f64 multiply-f32 exp-f64 exp-f32 sum-f64 mean-f64 matmul fft rfft)
list=$(IFS=,; echo "${workloads[*]}")
out=$(mktemp -d)
java -jar benchmarks/target/benchmarks.jar -p workload="$list" -wi 5 -i 20 -rf json -rff "$out/jmh.json" >&2
python3 benchmarks/python/bench_scipy.py "${workloads[@]}" --repeat 10 > "$out/scipy.jsonl"
python3 benchmarks/python/compare.py --java "$out/jmh.json" --python "$out/scipy.jsonl"
