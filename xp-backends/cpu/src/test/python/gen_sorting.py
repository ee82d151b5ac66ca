"""Reference values for sort/argsort and the unique_* functions (NumPy 2).

Each case stores its input x_<case> and axis_<case>; sort_/argsort_ are NumPy's stable ascending results and
sortd_/argsortd_ the standard's stable descending ones, computed as array-api-strict does (flip, stable
argsort, flip back), which keeps equal elements in input order and puts NaNs first.
"""
import numpy as np

import fixturelib

rng = fixturelib.rng()
nan, inf = np.nan, np.inf


def ties(shape, k, dtype):
    return rng.integers(0, k, size=shape).astype(dtype)


def descending_argsort(x, axis):
    res = np.flip(np.argsort(np.flip(x, axis=axis), axis=axis, kind="stable"), axis=axis)
    return x.shape[axis] - 1 - res


cases = {
    "f64": (np.array([3.0, -0.0, nan, 1.5, 0.0, -inf, 1.5, inf, -2.0, nan, 0.0, -0.0, 3.0, -1e300, 5e-324]), 0),
    "f32_ax0": (np.where(rng.random((6, 5)) < 0.15, np.float32(nan),
                         ties((6, 5), 4, np.float32) - np.float32(1.5)).astype(np.float32), 0),
    "f32_ax1": (np.where(rng.random((4, 7)) < 0.15, np.float32(nan),
                         ties((4, 7), 3, np.float32) * np.float32(-0.5)).astype(np.float32), 1),
    "f64_3d": (ties((3, 6, 4), 4, np.float64) - 1.0, 1),
    "f64_3d_first": (ties((5, 2, 3), 3, np.float64), 0),
    "i8": (np.array([5, -128, 127, 0, -1, 5, 3, -128], dtype=np.int8), 0),
    "i16": (ties((3, 9), 5, np.int16) * np.int16(-7000), 1),
    "i32": (np.array([[2**31 - 1, -2**31, 0], [7, 7, -7]], dtype=np.int32), 0),
    "i64": (np.array([2**62, -2**63, 2**63 - 1, -1, 0, 2**62, 12, -2**40], dtype=np.int64), 0),
    "u8": (np.array([200, 0, 255, 128, 127, 200, 1], dtype=np.uint8), 0),
    "u16": (np.array([65535, 32768, 32767, 0, 65535], dtype=np.uint16), 0),
    "u32": (np.array([[4294967295, 2147483648], [2147483647, 0], [5, 4294967295]], dtype=np.uint32), 0),
    "u64": (np.array([2**64 - 1, 2**63, 2**63 - 1, 0, 2**64 - 2**20, 2**63, 1], dtype=np.uint64), 0),
    "bool": (np.array([[True, False, True, True, False], [False, False, True, False, True]]), 1),
    "c128": (np.array([1 + 2j, complex(nan, 1), 1 + 1j, complex(0, nan), -1 + 5j, 1 + 2j, complex(nan, nan),
                       complex(nan, -3), complex(2, nan), 0j, complex(-0.0, 0), 1 - 1j, complex(nan, 1)]), 0),
    "c64": ((ties((3, 5), 3, np.float32) + 1j * ties((3, 5), 2, np.float32)).astype(np.complex64), 1),
    "empty": (np.zeros((0,), dtype=np.float64), 0),
    "empty_lanes": (np.zeros((2, 0), dtype=np.int32), 1),
    "no_lanes": (np.zeros((0, 3), dtype=np.float32), 1),
    "single": (np.array([[4.0], [-1.0]]), 1),
}

out = {}
for name, (x, axis) in cases.items():
    out["x_" + name] = x
    out["axis_" + name] = np.int64(axis)
    out["sort_" + name] = np.sort(x, axis=axis, kind="stable")
    out["argsort_" + name] = np.argsort(x, axis=axis, kind="stable")
    d = descending_argsort(x, axis)
    out["argsortd_" + name] = d
    out["sortd_" + name] = np.take_along_axis(x, d, axis=axis)

fixturelib.save(__file__, "sorting", **out)

# unique_*: NumPy 2's unique_all/unique_counts/unique_inverse/unique_values (NaNs distinct, sorted values)
ucases = {
    "f64": np.array([[2.0, nan, -0.0, 1.0], [0.0, 2.0, nan, -inf], [1.0, 1.0, inf, -0.0]]),
    "f32": (ties((20,), 6, np.float32) / np.float32(4)).astype(np.float32),
    "i64": np.array([5, -3, 5, 2**62, -3, 0, 5], dtype=np.int64),
    "u64": np.array([2**64 - 1, 3, 2**63, 3, 2**64 - 1], dtype=np.uint64),
    "i8_3d": ties((2, 3, 4), 5, np.int8) - np.int8(2),
    "u16": np.array([65535, 1, 1, 0], dtype=np.uint16),
    "bool": np.array([True, False, False, True, True]),
    "c128": np.array([1 + 1j, complex(nan, 0), 1 + 1j, 1 - 1j, complex(0, nan), -2j, 1 - 1j, complex(nan, 0)]),
    "scalar": np.array(7.5),
    "empty": np.zeros((0, 3), dtype=np.int32),
}
uout = {}
for name, x in ucases.items():
    a = np.unique_all(x)
    uout["x_" + name] = x
    uout["values_" + name] = a.values
    uout["indices_" + name] = a.indices.astype(np.int64)
    uout["inverse_" + name] = a.inverse_indices.astype(np.int64)
    uout["counts_" + name] = a.counts.astype(np.int64)
fixturelib.save(__file__, "unique", **uout)
