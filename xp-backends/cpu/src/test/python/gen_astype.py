"""astype over the full 13x13 casting matrix (NumPy semantics), for AstypeTest.

src_<d> holds representative values of dtype d; cast_<s>_<d> is src_<s>.astype(d); valid_<s>_<d> (present
only where some are not) marks the elements whose cast is defined. Like the standard, float (and complex,
through the real part) to integer casts of NaN, infinity or a value outside the target's range are
implementation-defined, and are left out.
"""
import warnings

import numpy as np

import fixturelib

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def int_values(d):
    i = np.iinfo(d)
    v = [i.min, i.max, 0, 1, 2, 100, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1,
         2**32, 2**53 + 1, 2**60 + 2**36 + 1, 2**63 - 1]
    v += [-1, -2, -100, -128, -129, -32768, -32769, -2**31, -2**31 - 1, -2**53 - 1, -2**60 - 2**36 - 1]
    v += [2**64 - 2**11 - 1, 2**63 + 2**39 + 1, 2**64 - 1]
    return np.array(sorted({x for x in v if i.min <= x <= i.max}), dtype=d)


floats = [-0.0, 0.0, 0.1, 1.5, -1.5, 2.5, -2.75, 127.9, 128.0, -128.5, -129.0, 255.9, 256.0, 65535.5, 65536.0,
          2**31 - 0.5, 2**31, -2**31, 2**32, 2**53 + 2, 2**63, 2**64, 1e10, -1e10, 3.4e38, 1e39, -1e39, 1e-40,
          1e-46, np.nan, np.inf, -np.inf, 2.0**60 + 2**37 + 2**36]
src = {"bool": np.array([False, True])}
for d in DTYPES[1:9]:
    src[d] = int_values(d)
src["float64"] = np.array(floats, dtype=np.float64)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    src["float32"] = np.array(floats, dtype=np.float32)
    im = np.array([0.0, -0.5, 3.0, np.nan, 1e39, -0.0] * 6)[:len(floats)]
    src["complex128"] = np.array(floats, dtype=np.float64) + 1j * im
    src["complex64"] = (np.array(floats, dtype=np.float64) + 1j * im).astype(np.complex64)

o = {}
for s in DTYPES:
    x = src[s]
    o["src_" + s] = x
    for d in DTYPES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            y = x.astype(d)
        valid = np.ones(x.shape, dtype=bool)
        if np.dtype(s).kind in "fc" and np.dtype(d).kind in "iu":
            r = np.real(x).astype(np.float64)
            with np.errstate(invalid="ignore"):
                t = np.trunc(r)
                info = np.iinfo(d)
                # the range test in exact integers: float64 cannot hold 2**63 - 1 or 2**64 - 1
                valid = np.isfinite(r) & (t >= float(info.min)) & (t < float(info.max) + 1)
        o[f"cast_{s}_{d}"] = y
        if not valid.all():
            o[f"valid_{s}_{d}"] = valid
fixturelib.save(__file__, "astype", **o)
