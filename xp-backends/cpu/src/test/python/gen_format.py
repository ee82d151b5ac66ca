"""repr() of a representative set of arrays (NumPy 2 default print options), for FormatTest.

x_<k> is an array and repr_<k> its repr() as UTF-8 bytes; view_repr and view_t_repr are the reprs of
view_src[::-1, ::2] and view_src.T.
"""
import numpy as np

import fixturelib

rng = fixturelib.rng()
f32 = np.float32
cases = [
    np.array([1.0, 2.5]), np.array([0.1 + 0.2, 1.0]), np.array([1e-5, 1.0, 1000.0]), np.array([0.1, 0.25, 100.5]),
    np.array([1e8, 1.0]), np.array([123456789.0]), np.array([-0.0, 0.0]), np.array([np.nan, np.inf, -np.inf, 1.5]),
    np.array([1e-300, 1e300]), np.array([1e-100, 1.0]), np.array([1.5e-5, 1e10]), np.array([0.9999999999]),
    np.array([-1e-5, 1e-5]), np.array([np.nan, np.nan]), np.array([np.inf]), np.array([0.0, 0.0]),
    np.array([1 / 3, 2 / 3, 10.0]), np.linspace(0, 1, 30), rng.standard_normal((4, 5)),
    rng.standard_normal((3, 4)) * 1e-3, np.array([5e-324, 1.0]), np.array([1.0, 2.0, 3.0]) * 1e7,
    np.array([1, -2, 300]), np.array([7, 8], dtype=np.int32), np.array([200, 0, 255], dtype=np.uint8),
    np.array([2**64 - 1, 0], dtype=np.uint64), np.array([[1, -2], [100, 4]], dtype=np.int8),
    np.array([-2**63, 2**63 - 1]), np.array([3], dtype=np.uint16),
    np.array([True, False]), np.array([True, True]), np.array([[False], [True]]),
    np.array([1.5, 2], dtype=f32), np.array([0.1, 0.2, 0.3], dtype=f32), np.array([1234567.0, 2], dtype=f32),
    np.array([1e-5], dtype=f32), np.array([0.1, 1.2345678e-5], dtype=f32), np.array([999999.9], dtype=f32),
    np.array([1e6], dtype=f32), np.array([0.5, 123456.7], dtype=f32), rng.standard_normal(7).astype(f32),
    np.array([1 + 2j, 3 - 4.5j]), np.array([1 + 2j, 3 - 4.5j], dtype=np.complex64), np.array([np.nan + 0j, complex(np.nan, np.inf)]),
    np.array([-1.5 - 2j]), np.array([1e-5 + 1j, 2e10j]), np.array([0.1 + 0.2j, -0.0 - 0.0j]),
    (rng.standard_normal((2, 3)) + 1j * rng.standard_normal((2, 3))),
    np.array(0.1 + 0.2), np.array(1e-5), np.array(7), np.array(7, dtype=np.int16), np.array(True), np.array(False),
    np.array(np.float32(0.1)), np.array(1 - 1j), np.array(np.nan), np.array(-0.0), np.array(2**64 - 1, dtype=np.uint64),
    np.zeros((0,)), np.zeros((0, 3)), np.zeros((0,), dtype=np.int32), np.zeros((2, 0), dtype=bool),
    np.zeros((0,), dtype=np.complex64),
    np.arange(6.0).reshape(2, 3), np.arange(30.0).reshape(2, 3, 5), np.arange(24).reshape(2, 3, 4),
    np.arange(100.0) * 1.5, np.arange(40) * 12345, np.arange(2 * 2 * 2 * 2).reshape(2, 2, 2, 2),
    np.arange(2000), np.arange(2000.0).reshape(40, 50), np.arange(2000, dtype=np.int8).reshape(20, 10, 10),
    rng.standard_normal(1500), np.arange(1001) * 0.5, np.ones((3, 1000), dtype=bool),
    (np.arange(1200) * (1 + 1j)).astype(np.complex64), np.arange(1001, dtype=np.float32) / 7,
    np.array([1e-20, 1.0], dtype=f32), np.array([3.0e38, -3.0e38], dtype=f32),
]
out = {}
for k, a in enumerate(cases):
    out[f"x_{k}"] = a
    out[f"repr_{k}"] = np.frombuffer(repr(a).encode(), dtype=np.uint8)
# strided views: the repr of x[::-1, ::2] and of a summarised transposed view
v = np.arange(2000.0).reshape(40, 50)
out["view_src"] = v
out["view_repr"] = np.frombuffer(repr(v[::-1, ::2]).encode(), dtype=np.uint8)
out["view_t_repr"] = np.frombuffer(repr(v.T).encode(), dtype=np.uint8)
fixturelib.save(__file__, "format", **out)
