"""Promotion tables, can_cast, finfo and iinfo for the 13 dtypes.

Codes index DTYPES (the order of org.xpsci.xp.DType); -1 marks a pair the rules leave undefined.
standard_*: the array API standard's promotion table, written out as the standard publishes it.
numpy_*: numpy.result_type / numpy.can_cast (NumPy 2, NEP 50 weak scalars).
"""
import numpy as np

import fixturelib

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]
code = {d: i for i, d in enumerate(DTYPES)}
n = len(DTYPES)

# The standard's tables (https://data-apis.org/array-api/2024.12/API_specification/type_promotion.html),
# abbreviated as there: i1..i8 signed, u1..u8 unsigned, f4/f8 real, c8/c16 complex, b bool.
abbrev = {"b": "bool", "i1": "int8", "i2": "int16", "i4": "int32", "i8": "int64", "u1": "uint8", "u2": "uint16",
          "u4": "uint32", "u8": "uint64", "f4": "float32", "f8": "float64", "c8": "complex64", "c16": "complex128"}
ints = """
     i1  i2  i4  i8  u1  u2  u4  u8
i1   i1  i2  i4  i8  i2  i4  i8  -
i2   i2  i2  i4  i8  i2  i4  i8  -
i4   i4  i4  i4  i8  i4  i4  i8  -
i8   i8  i8  i8  i8  i8  i8  i8  -
u1   i2  i2  i4  i8  u1  u2  u4  u8
u2   i4  i4  i4  i8  u2  u2  u4  u8
u4   i8  i8  i8  i8  u4  u4  u4  u8
u8   -   -   -   -   u8  u8  u8  u8
"""
floats = """
     f4  f8  c8  c16
f4   f4  f8  c8  c16
f8   f8  f8  c16 c16
c8   c8  c16 c8  c16
c16  c16 c16 c16 c16
"""
standard = -np.ones((n, n), dtype=np.int64)
standard[code["bool"], code["bool"]] = code["bool"]
for table in (ints, floats):
    rows = [r.split() for r in table.strip().splitlines()]
    cols = rows[0]
    for r in rows[1:]:
        for c, v in zip(cols, r[1:]):
            if v != "-":
                standard[code[abbrev[r[0]]], code[abbrev[c]]] = code[abbrev[v]]

numpy_table = np.array([[code[np.result_type(a, b).name] for b in DTYPES] for a in DTYPES], dtype=np.int64)
standard_can_cast = np.array([[a == b or standard[code[a], code[b]] == code[b] for b in DTYPES] for a in DTYPES])
numpy_can_cast = np.array([[np.can_cast(a, b) for b in DTYPES] for a in DTYPES])

# Python scalars (bool, int, float, complex) beside an array of each dtype
scalars = [True, 1, 1.0, 1j]
numpy_scalar = np.array([[code[np.result_type(np.empty(0, d), s).name] for s in scalars] for d in DTYPES],
                        dtype=np.int64)
# the standard: a scalar adopts the array's dtype when its kind is allowed with it (int with any numeric
# dtype, float and complex with floating ones; complex turns a real float dtype complex); else undefined
standard_scalar = -np.ones((n, 4), dtype=np.int64)
for d in DTYPES:
    i = code[d]
    if d == "bool":
        standard_scalar[i, 0] = i
        continue
    standard_scalar[i, 1] = i
    if d.startswith("float") or d.startswith("complex"):
        standard_scalar[i, 2] = i
        standard_scalar[i, 3] = code[{"float32": "complex64", "float64": "complex128"}.get(d, d)]

fl = ["float32", "float64", "complex64", "complex128"]
finfo = np.array([[np.finfo(d).bits, np.finfo(d).eps, np.finfo(d).max, np.finfo(d).min,
                   np.finfo(d).smallest_normal, code[np.finfo(d).dtype.name]] for d in fl], dtype=np.float64)
it = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
fixturelib.save(__file__, "dtypes",
                standard=standard, numpy=numpy_table, standard_can_cast=standard_can_cast,
                numpy_can_cast=numpy_can_cast, numpy_scalar=numpy_scalar, standard_scalar=standard_scalar,
                finfo=finfo, finfo_codes=np.array([code[d] for d in fl], dtype=np.int64),
                iinfo_codes=np.array([code[d] for d in it], dtype=np.int64),
                iinfo_bits=np.array([np.iinfo(d).bits for d in it], dtype=np.int64),
                iinfo_min=np.array([np.iinfo(d).min for d in it], dtype=np.int64),
                iinfo_max=np.array([np.iinfo(d).max for d in it], dtype=np.uint64))
