"""Reference values for the cpu backend's reductions, cumulative, searching and utility functions (NumPy 2.x).

Writes two fixtures.

reductions.npz
    Inputs ``x__<dtype>_<base>`` (C-contiguous). The cases of one function on one input dtype are packed into
    ``<func>__<dtype>``, the expected results flattened and concatenated; ``cases`` holds ASCII text with one
    line ``<func>__<dtype>=<case>;<case>;...`` per such array, naming its cases in order. A case reads
    ``<base>_<layout>|<axes>|<keep>|<shape>``: layout c (as stored), t (axes reversed, x.T) or s (the strided
    view of ``view()``); axes ``all`` (None), ``none`` (()) or axes joined by '.'; keep ``k`` (keepdims, or
    include_initial for the cumulative functions) or ``n``; shape the result's, dims joined by '.'.
    Function names may carry a parameter: ``var_c1`` (correction 1), ``sum_dtint8`` (dtype int8),
    ``diff_n2`` (n = 2). The Java tests rebuild each call and compare.

reductions_large.npz
    Results over inputs that both languages compute exactly from the element index (``formula(n)``), so that
    10^7-element sums are checked without storing the inputs. Bases named long, col and narrow in
    reductions.npz come from the same formula and are not stored either.

Deliberate differences from NumPy, written into the expected values here:
- var/std where the count minus the correction is <= 0 are NaN, as the array API standard requires
  (NumPy gives inf when the sum of squares is non-zero).
"""
import numpy as np

import fixturelib

rng = fixturelib.rng()

REAL = ["bool", "int8", "uint8", "int32", "int64", "uint64", "float32", "float64"]
ALL = REAL + ["complex64", "complex128"]
# dtypes that get every layout and axes combination (one per compute path); the others get a lighter set
FULL = ["bool", "int32", "uint64", "float32", "float64", "complex128"]
AXES_3D = [None, (0,), (-1,), (1,), (0, 2), (-2, -1)]

out = {}
groups = {}
bases = {}


def sample(dtype, shape, zeros=False):
    """Random values of a dtype: floats in [0.5, 2) (no cancellation) unless zeros are asked for."""
    if dtype == "bool":
        a = rng.random(shape) < 0.5
    elif dtype == "int8":
        a = rng.integers(-5, 6, shape).astype(np.int8)
    elif dtype == "uint8":
        a = rng.integers(0, 11, shape).astype(np.uint8)
    elif dtype == "int32":
        a = rng.integers(-1000, 1001, shape).astype(np.int32)
    elif dtype == "int64":
        a = rng.integers(-10**6, 10**6, shape).astype(np.int64)
    elif dtype == "uint64":
        a = rng.integers(0, 2**62, shape, dtype=np.uint64) * np.uint64(3)  # values above 2**63 too
    elif dtype in ("float32", "float64"):
        a = rng.uniform(0.5, 2.0, shape).astype(dtype)
    else:
        a = (rng.uniform(0.5, 2.0, shape) + 1j * rng.uniform(-2.0, 2.0, shape)).astype(dtype)
    if zeros and a.size:
        a = np.where(rng.random(shape) < 0.3, np.zeros((), a.dtype), a)
    return np.asarray(a, dtype=dtype)


def view(a, layout):
    if layout == "c":
        return a
    if layout == "t":
        return a.T
    if layout == "s":
        return {1: lambda v: v[::-3], 2: lambda v: v[::2, ::-1], 3: lambda v: v[::-1, 1:, ::2]}[a.ndim](a)
    raise ValueError(layout)


def tag(axes):
    if axes is None:
        return "all"
    if axes == ():
        return "none"
    return ".".join(str(a) for a in axes)


def put(name, value):
    if name in out:
        raise KeyError(name)
    out[name] = np.array(value, order="C")  # (ascontiguousarray would make 0-d arrays 1-d)


def formula(shape, dtype="float64"):
    """Inputs both languages compute from the element index i (C order), so they need not be stored:
    k = (i*7919 mod 10007) - 5003; integers take k, floats k * 0.001 (one correctly rounded product, then
    the dtype's rounding), complex the floats of 2n indices, real parts first."""
    n = int(np.prod(shape))
    i = np.arange(2 * n if dtype.startswith("complex") else n, dtype=np.int64)
    k = (i * 7919) % 10007 - 5003
    if dtype.startswith("int") or dtype.startswith("uint"):
        return k.astype(dtype).reshape(shape)
    v = k.astype(np.float64) * 1e-3
    if dtype.startswith("complex"):
        v = v[:n] + 1j * v[n:]
    return v.astype(dtype).reshape(shape)


def base(name, a):
    bases[name] = a
    put("x__" + name, a)


def case(func, fn, dtype, inp, axes, keep=False):
    """Records fn(view, axes, keep) as a case of (func, dtype); inp is <base>_<layout>."""
    bname, layout = inp.rsplit("_", 1)
    r = np.asarray(fn(view(bases[f"{dtype}_{bname}"], layout), axes, keep))
    cases = groups.setdefault((func, dtype), [])
    text = f"{inp}|{tag(axes)}|{'k' if keep else 'n'}|{'.'.join(str(d) for d in r.shape)}"
    if cases and cases[0][1].dtype != r.dtype:
        raise TypeError(f"{func} {dtype} {text}: {r.dtype} after {cases[0][1].dtype}")
    if all(text != t for t, _ in cases):
        cases.append((text, r))


def flush_groups():
    lines = []
    for (func, dtype), cases in groups.items():
        lines.append(f"{func}__{dtype}=" + ";".join(t for t, _ in cases))
        put(f"{func}__{dtype}", np.concatenate([r.ravel() for _, r in cases]))
    put("cases", np.frombuffer("\n".join(lines).encode("ascii"), dtype=np.uint8))


for d in ALL:
    base(d + "_3d", sample(d, (3, 4, 5)))
    base(d + "_3dz", sample(d, (3, 4, 5), zeros=True))
    base(d + "_0d", sample(d, ()))
    base(d + "_e", sample(d, (2, 0, 3)))
    base(d + "_1d", sample(d, (7,), zeros=True))
for d in ["float32", "float64", "complex128"]:
    bases[d + "_long"] = formula((1000,), d)
bases["float64_col"] = formula((64, 33), "float64")
bases["int32_col"] = formula((64, 33), "int32")
bases["float64_narrow"] = formula((300, 3), "float64")
for d in ["float32", "float64"]:
    a = sample(d, (3, 4, 5))
    a[0, 1, 2] = a[2, 3, 4] = a[1, 0, 0] = a[1, 0, 3] = np.nan
    base(d + "_nan", a)
base("float64_signed", sample("float64", (3, 4, 5)) - 1.25)  # cancellation in sums and variances
for d in ["float32", "float64"]:  # signed zeros (ties), infinities and NaNs
    base(d + "_sz", np.array([-0.0, 0.0, -1.0, 0.0, -0.0, 1.0, 1.0], dtype=d))
    base(d + "_sp", np.array([0.0, -0.0, -np.inf, 3.0, np.inf, -0.0, np.nan, 2.0, np.nan, -5.0], dtype=d))


def numpy_var(x, axes, keep, ddof):
    with np.errstate(all="ignore"):
        v = np.var(x, axis=axes, ddof=ddof, keepdims=keep)
    n = x.size if axes is None else int(np.prod([x.shape[a] for a in axes]))
    if n - ddof <= 0:
        v = np.full_like(v, np.nan)  # the standard: NaN when the count minus the correction is not positive
    return v


REDUCTIONS = {
    "sum": lambda x, a, k: np.sum(x, axis=a, keepdims=k),
    "prod": lambda x, a, k: np.prod(x, axis=a, keepdims=k),
    "max": lambda x, a, k: np.max(x, axis=a, keepdims=k),
    "min": lambda x, a, k: np.min(x, axis=a, keepdims=k),
    "mean": lambda x, a, k: np.mean(x, axis=a, keepdims=k),
    "var": lambda x, a, k: numpy_var(x, a, k, 0),
    "std": lambda x, a, k: np.sqrt(numpy_var(x, a, k, 0)),
    "var_c1": lambda x, a, k: numpy_var(x, a, k, 1),
    "std_c1.5": lambda x, a, k: np.sqrt(numpy_var(x, a, k, 1.5)),
    "all": lambda x, a, k: np.all(x, axis=a, keepdims=k),
    "any": lambda x, a, k: np.any(x, axis=a, keepdims=k),
    "count_nonzero": lambda x, a, k: np.asarray(np.count_nonzero(x, axis=a, keepdims=k), dtype=np.int64),
}
ORDERED = {"max", "min"}  # not defined for complex; empty reductions are errors
TRUTH = {"all", "any", "count_nonzero"}  # read inputs with zeros

with np.errstate(all="ignore"):
    for func, fn in REDUCTIONS.items():
        for d in ALL:
            if d.startswith("complex") and func in ORDERED:
                continue
            b = "3dz" if func in TRUTH else "3d"
            case(func, fn, d, b + "_c", None)
            case(func, fn, d, b + "_c", (1,))
            case(func, fn, d, b + "_t", (0, 2), keep=True)
            case(func, fn, d, b + "_s", (-1,))
            case(func, fn, d, "0d_c", None)
            case(func, fn, d, "1d_s", (0,))
            case(func, fn, d, "e_c", (0, 2))  # nothing reduced into an empty output: an empty result
            if func not in ORDERED:
                case(func, fn, d, "e_c", None)
                case(func, fn, d, "e_c", (1,), keep=True)
            if d not in FULL:
                continue
            for layout in "cts":
                for axes in AXES_3D:
                    case(func, fn, d, f"{b}_{layout}", axes)
            case(func, fn, d, b + "_c", ())
            case(func, fn, d, b + "_t", None, keep=True)
            case(func, fn, d, "1d_c", (-1,), keep=True)
            case(func, fn, d, "0d_c", ())

    for func in ["sum", "mean", "var", "std", "var_c1"]:
        for d in ["float32", "float64", "complex128"]:
            case(func, REDUCTIONS[func], d, "long_c", None)
            case(func, REDUCTIONS[func], d, "long_s", None)
        case(func, REDUCTIONS[func], "float64", "signed_c", None)
        case(func, REDUCTIONS[func], "float64", "signed_t", (0, 1))
    for func in ["sum", "prod", "max", "min", "mean", "var"]:
        for d, b in [("float64", "col"), ("int32", "col"), ("float64", "narrow")]:
            if func == "var" and d == "int32":
                continue
            for axes in [(0,), (1,)]:
                case(func, REDUCTIONS[func], d, b + "_c", axes)
        case(func, REDUCTIONS[func], "float64", "col_t", (1,))
    for func in ["sum", "max", "min", "mean", "var"]:
        for d in ["float32", "float64"]:
            for axes in [None, (0,), (-1,), (0, 2)]:
                case(func, REDUCTIONS[func], d, "nan_c", axes)

with np.errstate(all="ignore"):
    for func in ["sum", "prod", "max", "min", "mean", "all", "any", "count_nonzero"]:
        for d in ["float32", "float64"]:
            for inp in ["sz_c", "sp_c", "sp_s"]:
                case(func, REDUCTIONS[func], d, inp, None)

# explicit dtypes: the input is cast to the dtype, which also accumulates and is returned
for func, d, dt in [("sum", "int8", "int8"), ("sum", "int64", "int32"), ("sum", "float32", "float64"),
                    ("sum", "int32", "float32"), ("sum", "float64", "complex128"), ("sum", "uint8", "uint8"),
                    ("sum", "float64", "int64"), ("sum", "int8", "bool"), ("prod", "uint8", "uint8"),
                    ("prod", "int32", "float64"), ("prod", "complex64", "complex128"), ("prod", "int8", "bool")]:
    f = getattr(np, func)
    for axes in [None, (1,)]:
        case(f"{func}_dt{dt}", lambda x, a, k, f=f, dt=dt: f(x, axis=a, dtype=dt, keepdims=k), d, "3dz_c", axes)

# argmax / argmin: axes tag = the one axis, or all for the flattened array
for func in ["argmax", "argmin"]:
    f = getattr(np, func)

    def fn(x, a, k, f=f):
        return np.asarray(f(x, axis=None if a is None else a[0], keepdims=k), dtype=np.int64)
    for d in REAL:
        case(func, fn, d, "3dz_c", None)
        case(func, fn, d, "3dz_c", (1,))
        case(func, fn, d, "3dz_c", (-1,), keep=True)
        case(func, fn, d, "3dz_t", None, keep=True)
        case(func, fn, d, "0d_c", None)
        case(func, fn, d, "1d_s", (0,))
        case(func, fn, d, "e_c", (0,))  # an empty output: no error
        if d in FULL:
            for layout in "ts":
                for axes in [None, (0,), (1,), (-1,)]:
                    case(func, fn, d, f"3dz_{layout}", axes)
    for d in ["float32", "float64"]:
        for axes in [None, (0,), (1,), (2,)]:
            case(func, fn, d, "nan_c", axes)
        for inp in ["sz_c", "sp_c", "sp_s"]:
            case(func, fn, d, inp, None)
    for axes in [(0,), (1,)]:
        case(func, fn, "float64", "col_c", axes)
        case(func, fn, "float64", "narrow_c", axes)

# cumulative sums and products along one axis (axes tag: the axis or all; keep tag: include_initial)
for func, f in [("cumulative_sum", np.cumulative_sum), ("cumulative_prod", np.cumulative_prod)]:
    def fn(x, a, k, f=f):
        return f(x, axis=None if a is None else a[0], include_initial=k)
    for d in ALL:
        case(func, fn, d, "1d_c", None)
        case(func, fn, d, "1d_s", (0,), keep=True)
        case(func, fn, d, "0d_c", None)
        case(func, fn, d, "0d_c", (-1,), keep=True)
        case(func, fn, d, "3d_c", (1,))
        case(func, fn, d, "3d_t", (-1,), keep=True)
        case(func, fn, d, "e_c", (1,), keep=True)
        if d in FULL:
            for layout in "cts":  # lines along the axis and blocks of lines stepping together
                case(func, fn, d, f"3d_{layout}", (0,))
                case(func, fn, d, f"3d_{layout}", (-1,), keep=True)
    with np.errstate(all="ignore"):
        for d in ["float32", "float64"]:
            case(func, fn, d, "sp_c", None)
    for d, dt in [("int8", "int8"), ("int32", "float32"), ("float64", "int64"), ("uint8", "uint8"),
                  ("float64", "bool"), ("int8", "complex64")]:
        case(f"{func}_dt{dt}", lambda x, a, k, f=f, dt=dt: f(x, axis=a[0], dtype=dt, include_initial=k), d,
             "3dz_c", (-1,), keep=True)

# diff: axes tag = the axis; the function name carries n
for n in [0, 1, 2, 3, 10]:
    def fn(x, a, k, n=n):
        return np.diff(x, n=n, axis=a[0])
    for d in ALL:
        case(f"diff_n{n}", fn, d, "3d_c", (-1,))
        case(f"diff_n{n}", fn, d, "1d_s", (0,))
        if n == 1:
            case(f"diff_n{n}", fn, d, "e_c", (0,))
            case(f"diff_n{n}", fn, d, "e_c", (1,))
        if d in FULL and n == 1:
            for layout in "ts":
                for axes in [(0,), (1,), (-1,)]:
                    case(f"diff_n{n}", fn, d, f"3d_{layout}", axes)
        if d in FULL and n == 2:
            case(f"diff_n{n}", fn, d, "3d_t", (1,))

# nonzero: axes tag = which index array
for d in ALL:
    for inp in ["3dz_c", "3dz_t", "1d_s", "e_c"]:
        bname, layout = inp.rsplit("_", 1)
        for i, idx in enumerate(np.nonzero(view(bases[f"{d}_{bname}"], layout))):
            case("nonzero", lambda x, a, k, idx=idx: idx.astype(np.int64), d, inp, (i,))

flush_groups()
put("diff_pre", np.diff(bases["int32_3d"], axis=1, prepend=bases["int8_3d"][:, :2],
                        append=bases["float32_3d"][:, :1]))
put("diff_pre0d", np.diff(bases["uint8_1d"], prepend=bases["int64_0d"], append=bases["uint8_0d"]))

# searchsorted: keys sorted (NaN last), values with ties, NaN and out-of-range values
sorted_keys = {
    "float64": np.array([-3.5, -1.0, 0.0, 0.0, 2.25, 2.25, 2.25, 7.0, np.inf, np.nan, np.nan]),
    "float32": np.array([-1.0, 0.5, 0.5, np.nan], dtype=np.float32),
    "int32": np.array([-7, -2, 0, 0, 3, 3, 9, 100], dtype=np.int32),
    "uint64": np.array([0, 5, 5, 2**63, 2**63 + 7, 2**64 - 1], dtype=np.uint64),
    "complex128": np.array([-1 - 1j, -1 + 2j, 0j, 0 + 1j, complex(1, np.nan), np.nan + 0j, complex(np.nan, np.nan)]),
    "bool": np.array([False, False, True]),
}
search_values = {
    "float64": np.array([[-10.0, -1.0, 0.0, 1.0], [2.25, 7.0, np.inf, np.nan]]),
    "float32": np.array([0.5, np.nan, -2.0, 1.0], dtype=np.float32),
    "int32": np.array([-100, -7, 0, 3, 4, 100, 101], dtype=np.int32),
    "uint64": np.array([0, 5, 2**63, 2**64 - 1, 6], dtype=np.uint64),
    "complex128": np.array([-1 + 0j, 0j, 0 + 1j, 5 + 0j, np.nan + 0j, 1 + 0j, complex(0, np.nan)]),
    "bool": np.array([True, False]),
}
for d, keys in sorted_keys.items():
    put(f"ss_keys__{d}", keys)
    put(f"ss_values__{d}", search_values[d])
    perm = rng.permutation(keys.size)
    put(f"ss_shuffled__{d}", keys[perm])
    put(f"ss_sorter__{d}", np.argsort(perm).astype(np.int64))  # shuffled[sorter] == keys
    for side in ["left", "right"]:
        put(f"searchsorted__{d}__{side}", np.searchsorted(keys, search_values[d], side=side))
        put(f"searchsorted_sorter__{d}__{side}",
            np.searchsorted(keys[perm], search_values[d], side=side, sorter=np.argsort(perm)))
put("searchsorted_mixed", np.searchsorted(sorted_keys["int32"], search_values["float64"]))
put("searchsorted_scalar", np.asarray(np.searchsorted(sorted_keys["float64"], np.float64(2.25), side="right"),
                                      dtype=np.int64))

# where: condition of any dtype, broadcasting, promotion
cond = rng.random((3, 1, 5)) < 0.5
put("where_cond", cond)
for d1, d2 in [("float64", "float64"), ("int8", "uint8"), ("int32", "float32"), ("bool", "bool"),
               ("complex64", "float64"), ("uint64", "int64"), ("float32", "float32"), ("int64", "complex128")]:
    put(f"where__{d1}__{d2}", np.where(cond, bases[d1 + "_3d"], bases[d2 + "_3d"][0, :, :1]))
put("where_strided", np.where(cond.T, view(bases["float64_3d"], "t"), bases["int32_0d"]))
put("where_nonbool", np.where(np.where(cond, 0.0, 2.5), bases["int8_3d"], bases["int8_0d"]))

fixturelib.save(__file__, "reductions", **out)


# ---- large inputs computed from the index ------------------------------------------------------------

large = {}
big = formula((10**7,))
large["big_sum"] = np.sum(big)
large["big_mean"] = np.mean(big)
large["big_var"] = np.var(big)
big32 = formula((10**7,), "float32")
# the sum cancels (|sum| ~ 8 of terms ~ 2.5): NumPy's float32 pairwise sum is off in the third digit, so the
# reference is the float64 sum of the float32 values, rounded to float32
large["big32_sum_exact"] = np.float32(np.sum(big32.astype(np.float64)))
big32p = (formula((10**7,)) + 6.0).astype(np.float32)  # positive terms: NumPy's float32 sum is accurate
large["big32p_sum"] = np.sum(big32p)
large["big32p_mean"] = np.mean(big32p)
large["bigc_sum"] = np.sum(formula((5 * 10**6,), "complex128"))
m = formula((512, 300))
large["m_sum0"] = np.sum(m, axis=0)
large["m_sum1"] = np.sum(m, axis=1)
large["m_max0"] = np.max(m, axis=0)
large["m_argmax1"] = np.argmax(m, axis=1)
large["m_argmin0"] = np.argmin(m, axis=0)
large["m_var1"] = np.var(m, axis=1)
large["m_cumsum0_last"] = np.cumulative_sum(m, axis=0)[-1]
large["m_cumsum1_last"] = np.cumulative_sum(m, axis=1)[:, -1]
t = formula((2, 1000, 400))[:, ::2, ::2]  # rows not contiguous: many runs per output
large["t_sum12"] = np.sum(t, axis=(1, 2))
large["t_prod12"] = np.prod((1.0 + formula((2, 1000, 400)) * 1e-4)[:, ::2, ::2], axis=(1, 2))
large["t_max12"] = np.max(t, axis=(1, 2))
w = formula((4, 300000))  # too many outputs for private accumulators: blocks of columns are shared out
large["w_sum0"] = np.sum(w, axis=0)[::1000]
large["w_min0"] = np.min(w, axis=0)[::1000]
c = formula((20000, 10))
large["c_sum0"] = np.sum(c, axis=0)
large["c_mean0"] = np.mean(c, axis=0)
large["c_min0"] = np.min(c, axis=0)
r = formula((2, 140000))
large["r_sum1"] = np.sum(r, axis=1)
large["r_max1"] = np.max(r, axis=1)
large["r_prod1"] = np.prod(1.0 + r * 1e-5, axis=1)
large["r_argmax"] = np.asarray(np.argmax(r), dtype=np.int64)
large["r_argmin1"] = np.argmin(r, axis=1)
large["r_var1"] = np.var(r, axis=1)
# broadcast inputs (stride-0 axes) of more than one block
large["bc_sum0"] = np.sum(np.broadcast_to(formula((3,)), (5000, 3)), axis=0)
large["bc_sum_scalar"] = np.sum(np.broadcast_to(np.float64(0.1), (5000,)))
large["bc_mean1"] = np.mean(np.broadcast_to(formula((1, 3000)), (4, 3000)), axis=1)
large["bc_cumsum_last"] = np.cumulative_sum(np.broadcast_to(formula((3, 1)), (3, 5000)), axis=1)[:, -1]
large["bc_argmax"] = np.asarray(np.argmax(np.broadcast_to(formula((700,)), (400, 700))), dtype=np.int64)
sel = np.where(formula((2, 1000, 400))[:, ::2, ::2] > 0, t, 7.0)  # broadcast scalar, strided condition
large["where_sample"] = sel.ravel()[::997]
ints = formula((300000,), "int64")
large["ints_sum"] = np.sum(ints)
large["ints_count"] = np.asarray(np.count_nonzero(ints), dtype=np.int64)
fixturelib.save(__file__, "reductions_large", **large)
