#!/usr/bin/env python3
"""Times the xpsci benchmark workloads with NumPy/SciPy, printing one JSON object per workload.

Same data sizes and operations as the Java workloads (org.xpsci.bench); inputs are generated untimed, one
untimed warm-up run, then --repeat timed runs; the median and minimum are reported.

    python3 benchmarks/python/bench_scipy.py add-f64 sum-f64 --repeat 10
"""
import argparse
import json
import statistics
import sys
import time

import numpy as np
import scipy.cluster.hierarchy
import scipy.cluster.vq
import scipy.fft
import scipy.linalg
import scipy.stats


def _rand(n, dtype=np.float64):
    return np.random.default_rng(42).random(n).astype(dtype, copy=False)


def core(name, n):
    """(default size, setup returning a zero-argument callable) for the array-core workloads."""
    def binary(op, dtype):
        def setup(n):
            x, y = _rand(n, dtype), _rand(n, dtype) + dtype(0.5)
            return lambda: op(x, y)
        return 10_000_000, setup

    def unary(op, dtype):
        def setup(n):
            x = _rand(n, dtype)
            return lambda: op(x)
        return 10_000_000, setup

    def matmul(n):
        a = _rand(n * n).reshape(n, n)
        b = _rand(n * n).reshape(n, n)
        return lambda: a @ b

    def fft(n):
        z = _rand(n) + 1j * _rand(n)
        return lambda: scipy.fft.fft(z)

    def rfft(n):
        x = _rand(n)
        return lambda: scipy.fft.rfft(x)

    def fftn(n):
        z = (_rand(n * n) + 1j * _rand(n * n)).reshape(n, n)
        return lambda: scipy.fft.fftn(z)

    table = {
        "add-f64": binary(np.add, np.float64), "add-f32": binary(np.add, np.float32),
        "multiply-f64": binary(np.multiply, np.float64), "multiply-f32": binary(np.multiply, np.float32),
        "exp-f64": unary(np.exp, np.float64), "exp-f32": unary(np.exp, np.float32),
        "sum-f64": unary(np.sum, np.float64), "mean-f64": unary(np.mean, np.float64),
        "matmul": (1000, matmul), "fft": (1 << 22, fft), "rfft": (1 << 22, rfft),
        "fftn": (2048, fftn),
    }
    return table.get(name)


def sorting(name, n):
    """The twins of org.xpsci.bench.SortWorkloads (stable sorts, as the array API's default)."""
    def sort(n):
        x = _rand(n)
        return lambda: np.sort(x, kind="stable")

    def argsort(n):
        x = _rand(n)
        return lambda: np.argsort(x, kind="stable")

    def sort_rows(n):
        x = _rand(n).reshape(-1, 1000)
        return lambda: np.sort(x, axis=-1, kind="stable")

    def unique(n):
        x = (_rand(n) * 6000).astype(np.int32)
        return lambda: np.unique_values(x)

    def unique_all(n):
        x = _rand(n)
        return lambda: np.unique_all(x).counts

    def mask_get(n):
        x = _rand(n)
        m = x < 0.5
        return lambda: x[m]

    table = {
        "sort-f64": (2_000_000, sort), "argsort-f64": (2_000_000, argsort), "sort-rows-f64": (2_000_000, sort_rows),
        "unique-i32": (2_000_000, unique), "unique-all-f64": (1_000_000, unique_all),
        "mask-get-f64": (10_000_000, mask_get),
    }
    return table.get(name)


def linalg(name, n):
    """The twins of org.xpsci.bench.LinalgWorkloads (scipy.linalg, float64; the size is the matrix side)."""
    def solve(n):
        a = _rand(n * n).reshape(n, n) + n * np.eye(n)
        b = _rand(n).reshape(n, 1)
        return lambda: scipy.linalg.solve(a, b)

    def svd(n):
        a = _rand(n * n).reshape(n, n)
        return lambda: scipy.linalg.svd(a)

    def eigh(n):
        r = _rand(n * n).reshape(n, n)
        a = (r + r.T) * 0.5
        return lambda: scipy.linalg.eigh(a)

    table = {"solve": (2000, solve), "svd": (1000, svd), "eigh": (1000, eigh)}
    return table.get(name)


def fft_extra(name, n):
    """The twins of org.xpsci.bench.FftWorkloads: scipy.fft beyond the array API's fft extension."""
    def dct2(n):
        x = _rand(n)
        return lambda: scipy.fft.dct(x)

    table = {"dct2": (1 << 20, dct2)}
    return table.get(name)


def cluster(name, n):
    """The twins of org.xpsci.bench.cluster.ClusterWorkloads (n observations of 16 features, uniform)."""
    def data(n):
        return np.random.default_rng(42).random((n, 16))

    def kmeans2(n):
        x = data(n)
        init = x[:16].copy()
        return lambda: scipy.cluster.vq.kmeans2(x, init, iter=10, minit="matrix")

    def vq(n):
        x = data(n)
        codes = np.random.default_rng(7).random((64, 16))
        return lambda: scipy.cluster.vq.vq(x, codes)

    def linkage_ward(n):
        x = data(n)
        return lambda: scipy.cluster.hierarchy.linkage(x, "ward")

    table = {"kmeans2": (200_000, kmeans2), "vq": (1_000_000, vq), "linkage-ward": (5_000, linkage_ward)}
    return table.get(name)


def stats(name, n):
    """The twins of org.xpsci.bench.StatsWorkloads."""
    def welch(n):
        a, b = _rand(n), _rand(n) * 1.1 + 0.001
        return lambda: scipy.stats.ttest_ind(a, b, equal_var=False).pvalue

    def rows(n):
        a, b = _rand(n).reshape(-1, 10_000), (_rand(n) + 0.01).reshape(-1, 10_000)
        return lambda: scipy.stats.ttest_ind(a, b, axis=1).pvalue

    def normal(n):
        a = np.random.default_rng(42).normal(size=n)
        b = np.random.default_rng(43).normal(size=n) * 1.5 + 0.01
        return lambda: scipy.stats.ttest_ind(a, b, equal_var=False).pvalue

    table = {"ttest-ind": (10_000_000, normal), "ttest-ind-welch-f64": (10_000_000, welch),
             "ttest-ind-rows-f64": (10_000_000, rows)}
    return table.get(name)


def paper_signal(n, dtype=np.float64):
    """The seed paper's signal (SciPy's welch example): fs = 10 kHz, 2 Vrms sine at 1234 Hz, white noise of
    0.001 V**2/Hz."""
    fs = 10e3
    rng = np.random.default_rng(42)
    x = 2 * np.sqrt(2) * np.sin(2 * np.pi * 1234.0 * (np.arange(n) / fs))
    x += rng.normal(scale=np.sqrt(0.001 * fs / 2), size=n)
    return x.astype(dtype, copy=False)


def welch_vectorised(x, fs, nperseg):
    """The vectorised algorithm of SciPy before 1.12 (_spectral_helper/_fft_helper): a strided view of the
    segments, constant detrend, window, rfft and the mean of |X|**2 (the frame matrix is materialised)."""
    import scipy.signal as sg
    win = sg.get_window("hann", nperseg).astype(x.dtype)
    scale = 1.0 / (fs * (win * win).sum())
    step = nperseg - nperseg // 2
    seg = np.lib.stride_tricks.sliding_window_view(x, nperseg)[::step]
    seg = seg - seg.mean(axis=-1, keepdims=True)
    spec = np.fft.rfft(win * seg, n=nperseg)
    p = (spec.real ** 2 + spec.imag ** 2) * scale
    p[..., 1:-1] *= 2
    return p.mean(axis=0)


def signal(name, n):
    """The twins of org.xpsci.bench.signal.SignalWorkloads: scipy.signal.welch and SciPy's old vectorised
    NumPy algorithm on the paper's signal, nperseg = 1024, float64 and float32."""
    import scipy.signal as sg

    def welch(dtype):
        def setup(n):
            x = paper_signal(n, dtype)
            return lambda: sg.welch(x, fs=10e3, nperseg=1024)
        return 50_000_000, setup

    def vectorised(dtype):
        def setup(n):
            x = paper_signal(n, dtype)
            return lambda: welch_vectorised(x, 10e3, 1024)
        return 50_000_000, setup

    table = {
        "welch": welch(np.float64), "welch-f32": welch(np.float32),
        "welch-numpy": vectorised(np.float64), "welch-f32-numpy": vectorised(np.float32),
    }
    return table.get(name)


PROVIDERS = [core, sorting, fft_extra, linalg, cluster, stats, signal]


def find(name):
    for p in PROVIDERS:
        w = p(name, None)
        if w is not None:
            return w
    raise SystemExit(f"unknown workload {name!r}")


def run(name, n, repeat):
    default, setup = find(name)
    n = n or default
    fn = setup(n)
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return {"workload": name, "backend": "scipy", "n": n, "median_s": statistics.median(times),
            "min_s": min(times), "repeat": repeat,
            "versions": {"numpy": np.__version__, "scipy": __import__("scipy").__version__}}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("workloads", nargs="+")
    ap.add_argument("--n", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=10)
    a = ap.parse_args(argv)
    for w in a.workloads:
        print(json.dumps(run(w, a.n, a.repeat)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
