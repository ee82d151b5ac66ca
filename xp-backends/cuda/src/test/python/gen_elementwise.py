"""Reference values of every elementwise function for the cuda backend's table-driven test: for each function
and each dtype the standard's category admits (ints and bool only where the function keeps them), inputs
inside the function's domain and NumPy's output. Keys: <op>.<dtype>.x1, .x2 (binary), .out."""
import numpy as np

import fixturelib

REAL = [-2.5, -1.0, -0.25, 0.0, 0.3, 0.75, 1.5, 3.0]
UNIT = [-0.9, -0.5, -0.1, 0.0, 0.2, 0.45, 0.7, 0.95]
POS = [0.1, 0.3, 0.5, 0.9, 1.0, 1.7, 2.5, 4.0]
CPLX = [complex(r, i) for r, i in zip(REAL, [0.5, -1.25, 2.0, -0.75, 1.0, -0.3, 0.8, -2.0])]
CUNIT = [complex(r, i) for r, i in zip(UNIT, [0.3, -0.2, 0.5, -0.6, 0.1, -0.4, 0.25, 0.05])]
INTS = [-7, -3, -1, 0, 1, 2, 5, 9]
BOOLS = [True, False, True, True, False, False, True, False]

FLOATING_UNARY = {
    "acos": UNIT, "acosh": [1 + p for p in POS], "asin": UNIT, "asinh": REAL, "atan": REAL, "atanh": UNIT,
    "cos": REAL, "cosh": REAL, "exp": REAL, "expm1": REAL, "log": POS, "log1p": POS, "log2": POS,
    "log10": POS, "sin": REAL, "sinh": REAL, "sqrt": POS, "tan": REAL, "tanh": REAL, "reciprocal": POS,
}
COMPLEX_INPUT = {"acos": CUNIT, "asin": CUNIT, "atanh": CUNIT, "acosh": CPLX}
NUMERIC_UNARY = ["abs", "negative", "positive", "square", "sign", "isfinite", "isinf", "isnan", "conj", "real",
                 "imag", "round"]
REAL_UNARY = ["ceil", "floor", "trunc"]
BINARY_NUMERIC = ["add", "subtract", "multiply", "equal", "not_equal"]
BINARY_REAL = ["greater", "greater_equal", "less", "less_equal", "maximum", "minimum", "floor_divide", "remainder"]
BINARY_FLOAT = ["atan2", "copysign", "hypot", "logaddexp", "nextafter", "divide"]
BITWISE = ["bitwise_and", "bitwise_or", "bitwise_xor"]

FLOATS = ["float32", "float64"]
COMPLEXES = ["complex64", "complex128"]
INTEGERS = ["int8", "int32", "int64", "uint8", "uint64"]

arrays = {}


def fn(op):
    return {"conj": np.conj, "real": np.real, "imag": np.imag, "round": np.round,
            "bitwise_invert": np.invert, "bitwise_left_shift": np.left_shift,
            "bitwise_right_shift": np.right_shift, "pow": np.power}.get(op) or getattr(np, op)


def put(op, dt, out, x1, x2=None):
    arrays[f"{op}.{dt}.x1"] = np.asarray(x1)
    if x2 is not None:
        arrays[f"{op}.{dt}.x2"] = np.asarray(x2)
    arrays[f"{op}.{dt}.out"] = np.asarray(out)


def ints(dt):
    v = np.array(INTS)
    if dt.startswith("u"):
        v = np.abs(v)
    return v.astype(dt)


for op, vals in FLOATING_UNARY.items():
    for dt in FLOATS:
        x = np.array(vals, dtype=dt)
        put(op, dt, fn(op)(x), x)
    for dt in COMPLEXES:
        x = np.array(COMPLEX_INPUT.get(op, CPLX), dtype=dt)
        put(op, dt, fn(op)(x), x)
for op in NUMERIC_UNARY:
    for dt in FLOATS + COMPLEXES + INTEGERS:
        x = np.array(REAL, dtype=dt) if dt in FLOATS else np.array(CPLX, dtype=dt) if dt in COMPLEXES else ints(dt)
        if op in ("negative", "abs", "sign", "square") and dt.startswith("u"):
            continue
        put(op, dt, fn(op)(x), x)
for op in REAL_UNARY:
    for dt in FLOATS + INTEGERS:
        x = np.array(REAL, dtype=dt) if dt in FLOATS else ints(dt)
        put(op, dt, fn(op)(x), x)
for op in BINARY_NUMERIC + ["pow"]:
    for dt in FLOATS + COMPLEXES + INTEGERS:
        if dt in FLOATS:
            a, b = np.array(REAL, dtype=dt), np.array(POS[::-1], dtype=dt)
            if op == "pow":
                a = np.array(POS, dtype=dt)
        elif dt in COMPLEXES:
            a, b = np.array(CPLX, dtype=dt), np.array(CUNIT[::-1], dtype=dt)
        else:
            a, b = ints(dt), np.array([1, 2, 3, 1, 2, 3, 1, 2], dtype=dt)
        if op == "pow" and dt in INTEGERS:
            b = np.array([0, 1, 2, 3, 2, 1, 0, 3], dtype=dt)
        if op == "subtract" and dt.startswith("u"):
            continue
        put(op, dt, fn(op)(a, b), a, b)
for op in BINARY_REAL:
    for dt in FLOATS + INTEGERS:
        if dt in FLOATS:
            a, b = np.array(REAL, dtype=dt), np.array([2.0, -1.5, 0.5, -3.0, 1.0, -0.25, 4.0, -2.0], dtype=dt)
        else:
            a = ints(dt)
            b = np.array([2, -3, 4, -2, 3, -1, 2, 5], dtype=np.int64)
            b = (np.abs(b) if dt.startswith("u") else b).astype(dt)
        put(op, dt, fn(op)(a, b), a, b)
for op in BINARY_FLOAT:
    for dt in FLOATS:
        a, b = np.array(REAL, dtype=dt), np.array([2.0, -1.5, 0.5, -3.0, 1.0, -0.25, 4.0, -2.0], dtype=dt)
        put(op, dt, fn(op)(a, b), a, b)
    if op == "divide":
        for dt in COMPLEXES:
            a, b = np.array(CPLX, dtype=dt), np.array(CUNIT[::-1], dtype=dt)
            put(op, dt, fn(op)(a, b), a, b)
for dt in FLOATS:
    x = np.array([-1.5, -0.0, 0.0, 2.0, -np.inf, np.inf, 1.0, -3.0], dtype=dt)
    put("signbit", dt, np.signbit(x), x)
for op in BITWISE:
    for dt in INTEGERS + ["bool"]:
        if dt == "bool":
            a, b = np.array(BOOLS), np.array(BOOLS[::-1])
        else:
            a, b = ints(dt), np.array([3, 6, 12, 5, 1, 7, 2, 8], dtype=dt)
        put(op, dt, fn(op)(a, b), a, b)
for dt in INTEGERS + ["bool"]:
    a = np.array(BOOLS) if dt == "bool" else ints(dt)
    put("bitwise_invert", dt, np.invert(a), a)
for op in ["bitwise_left_shift", "bitwise_right_shift"]:
    for dt in INTEGERS:
        a, b = ints(dt), np.array([0, 1, 2, 3, 1, 4, 2, 1], dtype=dt)
        put(op, dt, fn(op)(a, b), a, b)
for op in ["logical_and", "logical_or", "logical_xor"]:
    a, b = np.array(BOOLS), np.array(BOOLS[::-1])
    put(op, "bool", fn(op)(a, b), a, b)
put("logical_not", "bool", np.logical_not(np.array(BOOLS)), np.array(BOOLS))
for op in ["equal", "not_equal", "greater", "less", "maximum", "minimum", "add", "multiply"]:
    a, b = np.array(BOOLS), np.array(BOOLS[::-1])
    put(op, "bool", fn(op)(a, b), a, b)

fixturelib.save(__file__, "cuda_elementwise", **arrays)
