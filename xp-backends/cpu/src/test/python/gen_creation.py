"""Creation functions (NumPy 2), for CreationTest: arange, linspace, eye, meshgrid, tril/triu, full, asarray."""
import numpy as np

import fixturelib

o = {}
aranges = {
    "int_step3": (0, 10, 3, np.int64), "int_down": (10, 0, -3, np.int32), "f64_tenth": (0.1, 1, 0.1, np.float64),
    "f32_tenth": (0.1, 1, 0.1, np.float32), "f64_delta": (1e10, 1e10 + 1, 0.1, np.float64),
    "int_from_float": (0.5, 5, 1.5, np.int64), "f64_neg": (-1.5, 2, 0.5, np.float64),
    "empty": (5, 5, 1, np.float64), "backwards_empty": (0, 5, -1, np.float64), "u8": (250, 256, 2, np.uint16),
    "f32_long": (0, 3, 0.1, np.float32),
}
o["arange_bool"] = np.arange(0, 2, dtype=bool)
for k, (start, stop, step, dt) in aranges.items():
    o["arange_" + k] = np.arange(start, stop, step, dtype=dt)

o["linspace_5"] = np.linspace(0, 1, 5)
o["linspace_noend"] = np.linspace(0, 1, 5, endpoint=False)
o["linspace_0"] = np.linspace(2, 3, 0)
o["linspace_1"] = np.linspace(2, 3, 1)
o["linspace_1_noend"] = np.linspace(2, 3, 1, endpoint=False)
o["linspace_f32"] = np.linspace(2, 3, 7, dtype=np.float32)
o["linspace_complex"] = np.linspace(1 + 1j, 3 - 2j, 5)
o["linspace_complex_real"] = np.linspace(complex(1, 0), complex(2, 0), 3)
o["linspace_int"] = np.linspace(-1, 0, 3, dtype=np.int64)
o["linspace_down"] = np.linspace(10, -10, 9)

o["eye_3"] = np.eye(3)
o["eye_3_5_1"] = np.eye(3, 5, k=1)
o["eye_4_2_-1"] = np.eye(4, 2, k=-1)
o["eye_3_3_5"] = np.eye(3, 3, k=5)
o["eye_0"] = np.eye(0)
o["eye_3_4_-2_i32"] = np.eye(3, 4, k=-2, dtype=np.int32)
o["eye_2_bool"] = np.eye(2, dtype=bool)

mx, my, mz = np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0]), np.array([6.0, 7.0, 8.0, 9.0])
for ind in ("xy", "ij"):
    for i, g in enumerate(np.meshgrid(mx, my, mz, indexing=ind)):
        o[f"meshgrid_{ind}_{i}"] = g
    for i, g in enumerate(np.meshgrid(mx, my, indexing=ind)):
        o[f"meshgrid2_{ind}_{i}"] = g
o["meshgrid_one"] = np.meshgrid(mx)[0]

t = np.arange(1.0, 25.0).reshape(2, 3, 4)
o["tri_src"] = t
for k in (0, 1, -1, 5, -5):
    o[f"tril_{k}"] = np.tril(t, k)
    o[f"triu_{k}"] = np.triu(t, k)
o["tril_bool"] = np.tril(np.ones((3, 3), dtype=bool), -1)

o["full_i8"] = np.full((2, 3), -7, dtype=np.int8)
o["full_f"] = np.full((2,), 2.5)
o["full_int_default"] = np.full((2,), 3)
o["full_bool"] = np.full((1, 2), True)
o["full_c64"] = np.full((2,), 1 - 2j, dtype=np.complex64)
o["full_float_into_int"] = np.full((3,), 2.9, dtype=np.int32)
o["full_u64_max"] = np.full((1,), 2**64 - 1, dtype=np.uint64)
o["ones_u8"] = np.ones((2, 2), dtype=np.uint8)
o["zeros_c128"] = np.zeros((3,), dtype=np.complex128)
o["ones_bool"] = np.ones((2,), dtype=bool)

o["asarray_nested_f"] = np.asarray([[1.5, 2.0], [3.0, 4.0]])
o["asarray_nested_i"] = np.asarray([[[1, 2]], [[3, 4]]], dtype=np.int32)
o["asarray_boxed_int"] = np.asarray([1, 2, 3])
o["asarray_boxed_mixed"] = np.asarray([1, 2.5, 3])
o["asarray_boxed_bool_int"] = np.asarray([True, 2])
o["asarray_bool"] = np.asarray([[True, False], [False, True]])
o["asarray_complex"] = np.asarray([1 + 2j, 3.0, -1j])
o["asarray_scalar_f"] = np.asarray(2.5)
o["asarray_scalar_i"] = np.asarray(7)
o["asarray_scalar_b"] = np.asarray(False)
o["asarray_scalar_c"] = np.asarray(1 - 1j)
o["asarray_cast"] = np.asarray([[1.9, -1.9]], dtype=np.int16)
o["asarray_empty"] = np.asarray([])
fixturelib.save(__file__, "creation", **o)
