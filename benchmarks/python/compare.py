#!/usr/bin/env python3
"""Prints xpsci's and SciPy's medians side by side, with the ratio xpsci/SciPy (below 1: xpsci is faster).

Inputs are JSON lines as printed by `xpsci bench ... --json` and by bench_scipy.py, or a JMH JSON result file
(`-rf json`), whose per-iteration samples give the median.

    python3 benchmarks/python/compare.py --java jmh.json --python scipy.jsonl
"""
import argparse
import json
import statistics


def read_java(path):
    out = {}
    with open(path) as f:
        text = f.read().strip()
    if text.startswith("["):  # JMH result file
        for r in json.loads(text):
            p = r.get("params", {})
            key = p.get("workload")
            if p.get("fastPaths") == "false":
                key += " (portable)"
            if p.get("backend", "cpu") != "cpu":
                key += f" [{p['backend']}]"
            raw = [v for fork in r["primaryMetric"]["rawData"] for v in fork]
            scale = {"ms/op": 1e-3, "s/op": 1.0, "us/op": 1e-6, "ns/op": 1e-9}[r["primaryMetric"]["scoreUnit"]]
            out[key] = (statistics.median(raw) * scale, min(raw) * scale)
    else:
        for line in text.splitlines():
            r = json.loads(line)
            key = r["workload"] + ("" if r.get("fast_paths", True) else " (portable)")
            if r.get("backend", "cpu") != "cpu":
                key += f" [{r['backend']}]"
            out[key] = (r["median_s"], r["min_s"])
    return out


def read_python(path):
    out = {}
    with open(path) as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[r["workload"]] = (r["median_s"], r["min_s"])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--java", required=True)
    ap.add_argument("--python", required=True)
    a = ap.parse_args()
    j, p = read_java(a.java), read_python(a.python)
    print(f"{'workload':34s} {'xpsci median':>13s} {'scipy median':>13s} {'ratio':>7s}")
    for k, (jm, _) in j.items():
        base = k.split(" ")[0]
        pm = p.get(base, (float("nan"), 0))[0]
        print(f"{k:34s} {jm * 1e3:10.2f} ms {pm * 1e3:10.2f} ms {jm / pm:7.2f}")
    matched = {k.split(" ")[0] for k in j}
    for k, (pm, _) in p.items():  # Python-only references (e.g. welch-numpy, the vectorised NumPy algorithm)
        if k not in matched:
            print(f"{k:34s} {'':>13s} {pm * 1e3:10.2f} ms")


if __name__ == "__main__":
    main()
