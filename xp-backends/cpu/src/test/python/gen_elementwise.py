"""Reference values for every elementwise function of the array API standard on every dtype it accepts.

Writes three fixtures under src/test/resources/fixtures/elementwise/:

unary.npz   x__<dtype> (inputs: special values, integer extremes, uint64 above 2**63, random values from fixed
            seeds; complex inputs are the cross product of special real and imaginary parts, plus large parts
            and points near the branch cuts), and the expected output of every (op, dtype) the cpu backend
            defines, stacked per output dtype (see stack_outputs).
binary.npz  x1__<dtype>, x2__<dtype> (paired inputs: the cross product of special values plus random pairs) and
            their stacked outputs; ops that need inputs of their own (non-negative integer exponents for pow,
            shift counts) have <op>__<dtype>__x1 / __x2 and <op>__<dtype>.
layout.npz  broadcasting, 0-d and empty inputs, strided and transposed views, mixed-dtype promotion.
clip.npz    clip with array, scalar and missing bounds, NaN, and bounds of other dtypes.

The cpu backend's policy (mirrored from ElementwiseOp and ElementwiseFunctions.computeType):
- a function takes the dtype category the standard gives it; integer and bool input to a floating-point
  function is computed in float64 (NumPy would pick float16/float32 for small integers), so the reference is
  NumPy's function of the input cast to float64;
- bool is accepted where NumPy gives the function a bool meaning the standard allows (comparisons, logical and
  bitwise functions, maximum/minimum, abs, positive, ceil/floor/trunc, isnan/isinf/isfinite, real/imag) and
  refused for arithmetic (add, subtract, multiply, negative, square, sign, round, conj, pow, floor_divide, ...);
  (op, dtype) pairs absent from the fixtures are those the backend must refuse, which the test checks.
Where NumPy 2.4 departs from a special case the standard lists, the fixture holds the standard's value (see
STANDARD_CASES below); elsewhere it holds NumPy's output.
"""
import math

import numpy as np

import fixturelib

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]

# op -> (arity, category, result rule), as in org.xpsci.xp.ElementwiseOp
OPS = {
    "abs": (1, "numeric", "real"), "acos": (1, "floating", "same"), "acosh": (1, "floating", "same"),
    "add": (2, "numeric", "same"), "asin": (1, "floating", "same"), "asinh": (1, "floating", "same"),
    "atan": (1, "floating", "same"), "atan2": (2, "real floating", "same"),
    "atanh": (1, "floating", "same"), "bitwise_and": (2, "integer or bool", "same"),
    "bitwise_left_shift": (2, "integer", "same"), "bitwise_invert": (1, "integer or bool", "same"),
    "bitwise_or": (2, "integer or bool", "same"), "bitwise_right_shift": (2, "integer", "same"),
    "bitwise_xor": (2, "integer or bool", "same"), "ceil": (1, "real numeric", "same"),
    "conj": (1, "numeric", "same"), "copysign": (2, "real floating", "same"), "cos": (1, "floating", "same"),
    "cosh": (1, "floating", "same"), "divide": (2, "floating", "same"), "equal": (2, "any", "bool"),
    "exp": (1, "floating", "same"), "expm1": (1, "floating", "same"), "floor": (1, "real numeric", "same"),
    "floor_divide": (2, "real numeric", "same"), "greater": (2, "real numeric", "bool"),
    "greater_equal": (2, "real numeric", "bool"), "hypot": (2, "real floating", "same"),
    "imag": (1, "numeric", "real"), "isfinite": (1, "numeric", "bool"), "isinf": (1, "numeric", "bool"),
    "isnan": (1, "numeric", "bool"), "less": (2, "real numeric", "bool"),
    "less_equal": (2, "real numeric", "bool"), "log": (1, "floating", "same"),
    "log1p": (1, "floating", "same"), "log2": (1, "floating", "same"), "log10": (1, "floating", "same"),
    "logaddexp": (2, "real floating", "same"), "logical_and": (2, "bool", "bool"),
    "logical_not": (1, "bool", "bool"), "logical_or": (2, "bool", "bool"), "logical_xor": (2, "bool", "bool"),
    "maximum": (2, "real numeric", "same"), "minimum": (2, "real numeric", "same"),
    "multiply": (2, "numeric", "same"), "negative": (1, "numeric", "same"),
    "nextafter": (2, "real floating", "same"), "not_equal": (2, "any", "bool"),
    "positive": (1, "numeric", "same"), "pow": (2, "numeric", "same"), "real": (1, "numeric", "real"),
    "reciprocal": (1, "floating", "same"), "remainder": (2, "real numeric", "same"),
    "round": (1, "numeric", "same"), "sign": (1, "numeric", "same"), "signbit": (1, "real floating", "bool"),
    "sin": (1, "floating", "same"), "sinh": (1, "floating", "same"), "square": (1, "numeric", "same"),
    "sqrt": (1, "floating", "same"), "subtract": (2, "numeric", "same"), "tan": (1, "floating", "same"),
    "tanh": (1, "floating", "same"), "trunc": (1, "real numeric", "same"),
}
assert len(OPS) == 66  # the standard's 67 elementwise functions but clip (its own fixture)

# functions with a bool meaning on the cpu backend beyond those whose category is bool/integer-or-bool/any
BOOL_OK = {"abs", "positive", "ceil", "floor", "trunc", "isnan", "isinf", "isfinite", "real", "imag",
           "less", "less_equal", "greater", "greater_equal", "maximum", "minimum"}


def accepts(category, d):
    d = np.dtype(d)
    return {
        "any": True,
        "bool": d.kind == "b",
        "integer": d.kind in "iu",
        "integer or bool": d.kind in "iub",
        "numeric": d.kind != "b",
        "real numeric": d.kind in "iuf",
        "floating": d.kind in "fc",
        "real floating": d.kind == "f",
    }[category]


def compute_dtype(op, d):
    """The dtype the cpu backend computes op in for (promoted) input dtype d, or None when it refuses."""
    _, cat, _ = OPS[op]
    kind = np.dtype(d).kind
    if accepts(cat, d):
        return np.dtype(d)
    if cat in ("floating", "real floating") and kind not in "fc":
        return np.dtype("float64")
    if cat == "bool":
        return np.dtype("bool")
    if cat in ("numeric", "real numeric") and kind == "b" and op in BOOL_OK:
        return np.dtype("bool")
    return None


def result_dtype(op, compute):
    rule = OPS[op][2]
    if rule == "bool":
        return np.dtype("bool")
    if rule == "real":
        return {np.dtype("complex64"): np.dtype("float32"), np.dtype("complex128"): np.dtype("float64")}.get(
            compute, compute)
    return compute


def numpy_function(op, compute):
    if op == "positive" and compute.kind == "b":
        return np.copy  # NumPy has no bool loop for positive; on bool it is the identity
    return getattr(np, op)


def reference(op, *args):
    """NumPy's op on the inputs cast to the compute dtype, in the result dtype; None when refused."""
    promoted = np.result_type(*args) if len(args) == 2 else args[0].dtype
    compute = compute_dtype(op, promoted)
    if compute is None:
        return None
    cast = [np.asarray(a).astype(compute) for a in args]
    # complex64 pow loses up to ~10 ulp in NumPy's float arithmetic; the cpu backend computes complex64 in
    # double and rounds once, so its reference is NumPy's complex128 result rounded to complex64
    wide = [c.astype(np.complex128) for c in cast] if op == "pow" and compute == np.complex64 else cast
    with np.errstate(all="ignore"):
        out = numpy_function(op, compute)(*wide)
    out = np.array(out, dtype=result_dtype(op, compute))
    return standard_cases(op, cast, out)


# ---- inputs ------------------------------------------------------------------------------------------------

def float_values(dt, rng):
    f = np.finfo(dt)
    special = [0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1.5, -2.5, 3.0,
               -7.0, math.pi, -math.pi / 2, 0.999, -0.999, 1e-8, -3e-5, 100.0, 1e20, -1e20,
               float(f.tiny), float(f.smallest_subnormal), -float(f.smallest_subnormal), float(f.max) / 2,
               -float(f.max), 80.0, 700.0, 710.0, -745.0, 89.0, -104.0]
    rand = np.concatenate([rng.uniform(-10, 10, 16), rng.uniform(-1, 1, 12), rng.standard_normal(6) * 1e3])
    return np.array(special + list(rand), dtype=dt)


def int_values(dt, rng):
    info = np.iinfo(dt)
    vals = [info.min, info.min + 1, -100, -7, -2, -1, 0, 1, 2, 3, 7, 100, info.max - 1, info.max]
    if dt == "uint64":
        vals += [2 ** 63 - 1, 2 ** 63, 2 ** 63 + 1, 2 ** 64 - 2 ** 32]
    vals = [v for v in vals if info.min <= v <= info.max]
    rand = rng.integers(info.min, info.max, size=10, dtype=dt, endpoint=True)
    return np.array(vals + [int(v) for v in rand], dtype=dt)


COMPLEX_PARTS = [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.5, -2.0, 3.0]

# large parts (exp and cosh/sinh scaled past overflow, sin/cos of large imaginary parts), points on and near
# the branch cuts, above 1/eps and near the limits of the range
COMPLEX_HARD = [30 + 2j, -25 + 1j, 720 + 0.5j, 750 - 3j, 1000 + 1j, -800 + 2j, 1500 + 1j, 0.5 + 30j, 1 + 720j,
                -1 - 750j, 2 + 0j, complex(2, -0.0), -2 + 0j, complex(-2, -0.0), 2j, -2j, complex(0.0, -0.5),
                1e20 + 1j, 1 + 1e20j, -3e17 - 2e17j, 1e-200 + 1e-200j, 1 + 1e-20j, complex(1, -1e-20),
                complex(-1, 1e-20), 0.9 + 1e-300j, 1e300 + 1e300j, -1e308 + 1e308j, 5e-324 + 0j, 1e-310 + 3e-310j,
                0.6 + 0.8j, 1e-9 + 1j, 1 + 1e-9j]


def complex_values(dt, rng):
    re, im = np.meshgrid(COMPLEX_PARTS, COMPLEX_PARTS, indexing="ij")
    special = np.array([complex(a, b) for a, b in zip(re.ravel(), im.ravel())])
    rand = rng.uniform(-3, 3, 24) + 1j * rng.uniform(-3, 3, 24)
    small = (rng.uniform(-1, 1, 4) + 1j * rng.uniform(-1, 1, 4)) * 1e-9
    near_one = 1 + (rng.uniform(-1, 1, 4) + 1j * rng.uniform(-1, 1, 4)) * 1e-3
    with np.errstate(over="ignore"):  # the largest parts overflow to inf in complex64, which is wanted
        return np.concatenate([special, np.array(COMPLEX_HARD), rand, small, near_one]).astype(dt)


def unary_input(d, rng):
    kind = np.dtype(d).kind
    if kind == "b":
        return np.array([False, True])
    if kind in "iu":
        return int_values(d, rng)
    if kind == "f":
        return float_values(d, rng)
    return complex_values(d, rng)


def cross(values):
    a, b = np.meshgrid(values, values, indexing="ij")
    return a.ravel(), b.ravel()


def binary_inputs(d, rng):
    dt = np.dtype(d)
    if dt.kind == "b":
        a, b = cross(np.array([False, True]))
        return a, b
    if dt.kind in "iu":
        info = np.iinfo(dt)
        vals = [info.min, -7, -2, -1, 0, 1, 2, 3, 7, info.max]
        if dt == np.uint64:
            vals += [2 ** 63, 2 ** 63 + 5]
        vals = np.array([v for v in vals if info.min <= v <= info.max], dtype=dt)
        a, b = cross(vals)
        ra = rng.integers(info.min, info.max, size=20, dtype=dt, endpoint=True)
        rb = rng.integers(info.min, info.max, size=20, dtype=dt, endpoint=True)
        return np.concatenate([a, ra]), np.concatenate([b, rb])
    if dt.kind == "f":
        f = np.finfo(dt)
        vals = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 1.0, -1.0, 0.5, -0.5, 2.0, -3.0, 7.5,
                         float(f.smallest_subnormal), float(f.tiny), float(f.max) / 2, -float(f.max)], dtype=dt)
        a, b = cross(vals)
        ra = rng.uniform(-10, 10, 24).astype(dt)
        rb = rng.uniform(-10, 10, 24).astype(dt)
        return np.concatenate([a, ra]), np.concatenate([b, rb])
    # 2, 3, -3 and 7 take pow's repeated-multiplication path for small integer exponents
    vals = np.array([0, complex(-0.0, 0.0), 1, -1, 2, 3, -3, 7, 1j, 2 - 3j, complex(np.inf, 0), complex(0, np.inf),
                     complex(np.nan, 0), 0.5 + 0.5j, -2.5 + 1j, complex(np.inf, np.inf)], dtype=dt)
    a, b = cross(vals)
    ra = (rng.uniform(-3, 3, 16) + 1j * rng.uniform(-3, 3, 16)).astype(dt)
    rb = (rng.uniform(-3, 3, 16) + 1j * rng.uniform(-3, 3, 16)).astype(dt)
    return np.concatenate([a, ra]), np.concatenate([b, rb])


def op_inputs(op, d, default, rng):
    """Inputs of their own for ops whose defaults would not exercise them (or would be errors)."""
    dt = np.dtype(d)
    if dt.kind not in "iu":
        return None
    info = np.iinfo(dt)
    base = np.array([v for v in [info.min, -7, -3, -2, -1, 0, 1, 2, 3, 7, 11, info.max] if info.min <= v], dtype=dt)
    if op == "pow":
        exps = [0, 1, 2, 3, 5, 7, 10, 31, 63, 64, 100]
        exps = np.array([e for e in exps if e <= info.max], dtype=dt)
        return cross_pair(base, exps)
    if op in ("bitwise_left_shift", "bitwise_right_shift"):
        counts = [0, 1, 3, 7, 8, 15, 16, 31, 32, 63, 64, 65, 100, info.max]
        if dt.kind == "i":
            counts.append(-1)
        if dt == np.uint64:
            counts.append(2 ** 63)
        counts = np.array([c for c in counts if info.min <= c <= info.max], dtype=dt)
        return cross_pair(base, counts)
    return None


def cross_pair(xs, ys):
    a, b = np.meshgrid(xs, ys, indexing="ij")
    return a.ravel(), b.ravel()


# ---- where NumPy departs from the standard's special cases -------------------------------------------------

def accurate_log1p(z):
    """log(1 + z) for complex z, with the real part as log1p(2x + x² + y²)/2 in extended precision: NumPy's
    nc_log1p takes log(hypot(1 + x, y)), which loses all accuracy near z = 0."""
    x = z.real.astype(np.longdouble)
    y = z.imag.astype(np.longdouble)
    with np.errstate(all="ignore"):
        re = np.log1p(x * (2 + x) + y * y) / 2
    return re, np.arctan2(z.imag, z.real + 1)


def textbook_product(x, y):
    """(ac - bd) + (ad + bc)j in float64, the standard's formula for complex multiplication. NumPy's AVX-512
    loops use fused multiply-adds instead, which differ by an ulp and, where a product overflows, give an
    infinity where the formula gives NaN (NumPy's own result depends on the machine's SIMD extensions)."""
    a, b = x.real.astype(np.float64), x.imag.astype(np.float64)
    c, d = y.real.astype(np.float64), y.imag.astype(np.float64)
    with np.errstate(all="ignore"):
        re = a * c - b * d
        im = a * d + b * c
    z = np.empty(re.shape, dtype=np.complex128)
    z.real = re
    z.imag = im
    return z


def standard_cases(op, args, out):
    """The standard's value where NumPy 2.4's differs (complex expm1 of infinite or large real parts, complex
    products by the textbook formula), and accurate values where NumPy's are not (complex log1p near 0)."""
    if op in ("multiply", "square") and out.dtype.kind == "c":
        x = args[0]
        y = args[1] if op == "multiply" else args[0]
        with np.errstate(over="ignore"):
            return textbook_product(x, y).astype(out.dtype)
    if op == "log1p" and out.dtype.kind == "c":
        z = args[0]
        small = np.isfinite(z) & (np.abs(z.real) < 0.5) & (np.abs(z.imag) < 0.5)
        re, im = accurate_log1p(z)
        out = out.copy()
        out.real[small] = re[small].astype(out.real.dtype)
        out.imag[small] = im[small]
        return out
    if op == "expm1" and out.dtype.kind == "c":
        z = args[0]
        with np.errstate(all="ignore"):
            e = np.exp(z) - 1
        fix = ~np.isfinite(z.real) | ~np.isfinite(z.imag)
        out = out.copy()
        out[fix] = e[fix]
    return out


# ---- fixtures ----------------------------------------------------------------------------------------------

# org.xpsci.xp.DTypeCategory in declaration order; with OPS (in ElementwiseOp's order) it makes the signature
# the test checks, so that op ordinals in the fixtures cannot silently refer to other functions
CATEGORIES = ["any", "bool", "integer", "integer or bool", "numeric", "real numeric", "floating", "real floating",
              "complex floating"]


def signature():
    return np.array([arity * 16 + CATEGORIES.index(cat) for arity, cat, _ in OPS.values()], dtype=np.int16)


def stack_outputs(arrays, d, results):
    """Expected outputs of one input dtype, one 2-D array per output dtype (a row per op) plus the ops'
    ordinals: out__<dtype>__<output dtype> and out__<dtype>__<output dtype>__ops. Few large arrays keep the
    .npz small (each entry costs a few hundred bytes of headers)."""
    by_dtype = {}
    for op, out in results:
        by_dtype.setdefault(out.dtype.name, []).append((op, out))
    for out_dtype, rows in by_dtype.items():
        arrays[f"out__{d}__{out_dtype}"] = np.stack([out for _, out in rows])
        arrays[f"out__{d}__{out_dtype}__ops"] = np.array([list(OPS).index(op) for op, _ in rows], dtype=np.int16)


def unary_fixture(rng):
    arrays = {"ops": signature()}
    for d in DTYPES:
        x = unary_input(d, rng)
        arrays[f"x__{d}"] = x
        results = [(op, reference(op, x)) for op, (arity, _, _) in OPS.items() if arity == 1]
        stack_outputs(arrays, d, [(op, out) for op, out in results if out is not None])
    return arrays


def binary_fixture(rng):
    arrays = {"ops": signature()}
    for d in DTYPES:
        x1, x2 = binary_inputs(d, rng)
        arrays[f"x1__{d}"] = x1
        arrays[f"x2__{d}"] = x2
        results = []
        for op, (arity, _, _) in OPS.items():
            if arity != 2:
                continue
            own = op_inputs(op, d, (x1, x2), rng)
            if own is None:
                out = reference(op, x1, x2)
                if out is not None:
                    results.append((op, out))
                continue
            arrays[f"{op}__{d}__x1"], arrays[f"{op}__{d}__x2"] = own
            out = reference(op, *own)
            if out is not None:
                arrays[f"{op}__{d}"] = out
        stack_outputs(arrays, d, results)
    return arrays


MIXED = [("int32", "float32"), ("int8", "float32"), ("int16", "float32"), ("uint8", "int8"), ("uint64", "int64"),
         ("bool", "int8"), ("int16", "uint32"), ("float32", "complex128"), ("float64", "complex64"),
         ("uint32", "float32"), ("int8", "uint64"), ("bool", "float32"), ("uint16", "int32")]
MIXED_OPS = ["add", "multiply", "divide", "less", "maximum", "floor_divide", "equal", "atan2"]


def layout_fixture(rng):
    arrays = {}
    a = rng.uniform(-3, 3, (3, 1))
    b = rng.uniform(-3, 3, (4,))
    arrays["bcast__a"] = a
    arrays["bcast__b"] = b
    for op in ["add", "atan2", "less", "maximum", "pow", "floor_divide", "hypot", "copysign"]:
        arrays[f"bcast__{op}"] = reference(op, a, b)
    ia = rng.integers(-50, 50, (3, 1)).astype(np.int32)
    ib = rng.integers(0, 200, (4,)).astype(np.uint8)
    arrays["bcast_int__a"] = ia
    arrays["bcast_int__b"] = ib
    for op in ["add", "multiply", "remainder", "greater_equal"]:
        arrays[f"bcast_int__{op}"] = reference(op, ia, ib)
    x0 = np.array(1.5)
    v = rng.uniform(-2, 2, 3)
    arrays["zero_d__x"] = x0
    arrays["zero_d__v"] = v
    arrays["zero_d__exp"] = reference("exp", x0)
    arrays["zero_d__add"] = reference("add", x0, v)
    arrays["zero_d__less"] = reference("less", v, x0)
    i0 = np.array(-7, dtype=np.int16)
    arrays["zero_d__i"] = i0
    arrays["zero_d__negative_i"] = reference("negative", i0)
    arrays["zero_d__sqrt_i"] = reference("sqrt", np.abs(i0))
    e = np.zeros((0, 3))
    arrays["empty__x"] = e
    arrays["empty__v"] = v
    arrays["empty__add"] = reference("add", e, v)
    arrays["empty__exp"] = reference("exp", e)
    arrays["empty__isnan"] = reference("isnan", e)
    base = rng.uniform(-2, 2, (5, 6))
    arrays["strided__base"] = base
    arrays["strided__exp_T"] = reference("exp", base.T)
    s1 = base[::2, ::-2]
    s2 = base.T[1:4, ::2]
    arrays["strided__add"] = reference("add", s1, s2)
    arrays["strided__hypot"] = reference("hypot", s1, s2)
    arrays["strided__less"] = reference("less", s1, s2)
    ibase = rng.integers(-1000, 1000, (5, 6)).astype(np.int16)
    arrays["strided__ibase"] = ibase
    arrays["strided__negative_T"] = reference("negative", ibase.T)
    arrays["strided__floor_divide"] = reference("floor_divide", ibase[::2, ::-2], ibase.T[1:4, ::2])
    cbase = (rng.uniform(-2, 2, (5, 6)) + 1j * rng.uniform(-2, 2, (5, 6))).astype(np.complex64)
    arrays["strided__cbase"] = cbase
    arrays["strided__exp_c"] = reference("exp", cbase[::-1, 1::2])
    arrays["strided__multiply_c"] = reference("multiply", cbase[::2, ::-2], cbase.T[1:4, ::2])
    for d1, d2 in MIXED:
        ma = unary_input(d1, rng)[:8] if np.dtype(d1).kind != "b" else np.array([True, False] * 4)
        mb = unary_input(d2, rng)[:8] if np.dtype(d2).kind != "b" else np.array([False, True] * 4)
        if np.dtype(d1).kind in "iu" or np.dtype(d2).kind in "iu":
            ma = np.array([1, 2, 3, 7, 0, 5, 100, 9])[:len(ma)].astype(d1)
            mb = np.array([3, 2, 1, 2, 5, 0, 9, 100])[:len(mb)].astype(d2)
            if np.dtype(d1).kind in "fc":
                ma = unary_input(d1, rng)[:8]
            if np.dtype(d2).kind in "fc":
                mb = unary_input(d2, rng)[:8]
        arrays[f"mixed__a__{d1}__{d2}"] = ma
        arrays[f"mixed__b__{d1}__{d2}"] = mb
        for op in MIXED_OPS:
            out = reference(op, ma, mb)
            if out is not None:
                arrays[f"mixed__{op}__{d1}__{d2}"] = out
    return arrays


def clip_fixture(rng):
    arrays = {}
    x = rng.uniform(-3, 3, (3, 4))
    x[1, 2] = np.nan
    lo = np.array(-0.5)
    hi = rng.uniform(0, 2, (4,))
    hi[0] = np.nan
    arrays["x"] = x
    arrays["lo"] = lo
    arrays["hi"] = hi
    arrays["both"] = np.clip(x, lo, hi)
    arrays["min_only"] = np.clip(x, lo, None)
    arrays["max_only"] = np.clip(x, None, 0.25)
    lo_col = rng.uniform(-1, 0, (3, 1))
    arrays["lo_col"] = lo_col
    arrays["col_bound"] = np.clip(x, lo_col, None)
    x32 = x.astype(np.float32)
    arrays["x32"] = x32
    arrays["clip32"] = np.clip(x32, lo, hi).astype(np.float32)
    xi = np.array([-100, -3, -1, 0, 1, 2, 5, 40, 127], dtype=np.int8)
    arrays["xi"] = xi
    arrays["clip_int_float"] = np.array([min(max(v, 2), 7) for v in xi.tolist()], dtype=np.int8)  # clip(xi, 1.5, 7.9)
    loi = np.array([-5], dtype=np.int64)
    hii = np.array([300], dtype=np.int16)
    arrays["loi"] = loi
    arrays["hii"] = hii
    arrays["clip_int_int"] = np.clip(xi.astype(np.int64), -5, 127).astype(np.int8)
    xu = np.array([0, 5, 2 ** 63, 2 ** 64 - 1, 2 ** 53 + 1], dtype=np.uint64)
    arrays["xu"] = xu
    lou = np.array([-3, 7, -1, 9, 2 ** 53], dtype=np.int64)
    arrays["lou"] = lou
    exact = [max(int(v), int(m)) for v, m in zip(xu.tolist(), lou.tolist())]  # uint64 with int64: exact, no float64
    arrays["clip_uint64"] = np.array(exact, dtype=np.uint64)
    return arrays


def main():
    rng = fixturelib.rng(20240612)
    fixturelib.save(__file__, "elementwise/unary", **unary_fixture(rng))
    fixturelib.save(__file__, "elementwise/binary", **binary_fixture(rng))
    fixturelib.save(__file__, "elementwise/layout", **layout_fixture(rng))
    fixturelib.save(__file__, "elementwise/clip", **clip_fixture(rng))


if __name__ == "__main__":
    main()
