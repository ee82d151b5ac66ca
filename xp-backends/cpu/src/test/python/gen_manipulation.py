"""Manipulation functions (NumPy 2 / the array API standard's semantics), for ManipulationTest."""
import numpy as np

import fixturelib

a = np.arange(24, dtype=np.float64).reshape(2, 3, 4)
c = (np.arange(8, dtype=np.int32) - 3).reshape(2, 1, 4)
m = np.array([[1, 2], [3, 4]], dtype=np.int16)
o = {"a": a, "c": c, "m": m}

x31, x14, x4 = np.arange(3.0).reshape(3, 1), np.arange(4.0).reshape(1, 4) * 10, np.arange(4.0) * 100
for i, r in enumerate(np.broadcast_arrays(x31, x14, x4)):
    o[f"broadcast_arrays_{i}"] = np.ascontiguousarray(r)
o["broadcast_to"] = np.broadcast_to(x31, (2, 3, 4)).copy()

o["concat_ax1"] = np.concat([a, c], axis=1)
o["concat_neg"] = np.concat([a, a[:, :, :1]], axis=-1)
o["concat_none"] = np.concat([a, np.arange(5, dtype=np.int32), np.array([True, False])], axis=None)
o["concat_u8_i8"] = np.concat([np.array([200, 1], dtype=np.uint8), np.array([-5], dtype=np.int8)])
o["concat_f32_i64"] = np.concat([np.array([0.5], dtype=np.float32), np.array([2**40], dtype=np.int64)])
o["concat_empty"] = np.concat([np.zeros((0, 4)), a[0]], axis=0)

o["expand_0"] = np.expand_dims(a, 0)
o["expand_-1"] = np.expand_dims(a, -1)
o["expand_2"] = np.expand_dims(a, 2)
o["flip_all"] = np.flip(a)
o["flip_1"] = np.flip(a, 1)
o["flip_02"] = np.flip(a, (0, 2))
o["moveaxis_0_-1"] = np.moveaxis(a, 0, -1)
o["moveaxis_01_20"] = np.moveaxis(a, [0, 1], [2, 0])
o["permute_201"] = np.permute_dims(a, (2, 0, 1))
o["matrix_transpose"] = np.matrix_transpose(a)

o["repeat_none"] = np.repeat(m, 2)
o["repeat_ax0"] = np.repeat(m, [2, 0], axis=0)
o["repeat_ax1"] = np.repeat(m, np.array([1, 3]), axis=1)
o["repeat_0d"] = np.repeat(np.array(5.5), 3)

o["reshape_4_-1"] = np.reshape(a, (4, -1))
o["reshape_flat_T"] = np.reshape(np.matrix_transpose(a), (-1,))
o["reshape_0d"] = np.reshape(np.array([7.0]), ())

o["roll_5"] = np.roll(a, 5)
o["roll_-1_1"] = np.roll(a, -1, axis=1)
o["roll_12_02"] = np.roll(a, (1, 2), axis=(0, 2))
o["roll_7_2"] = np.roll(a, 7, axis=2)
o["roll_same_axis"] = np.roll(a, (1, 1), axis=(2, 2))

s = np.arange(6.0).reshape(1, 3, 1, 2)
o["squeeze_src"] = s
o["squeeze_0"] = np.squeeze(s, 0)
o["squeeze_02"] = np.squeeze(s, (0, 2))
o["squeeze_all"] = np.squeeze(s)

p, q, r = np.arange(6.0).reshape(2, 3), np.ones((2, 3)), np.full((2, 3), 7.0)
for ax in (0, 1, -1):
    o[f"stack_{ax}"] = np.stack([p, q, r], axis=ax)
o["stack_mixed"] = np.stack([np.array([1, 2], dtype=np.int8), np.array([0.5, 1.5], dtype=np.float32)])

o["tile_2"] = np.tile(a, (2,))
o["tile_2112"] = np.tile(a, (2, 1, 1, 2))
o["tile_1d_32"] = np.tile(np.arange(3.0), (3, 2))
o["tile_0"] = np.tile(a, (1, 0, 1))
for i, u in enumerate(np.unstack(a, axis=1)):
    o[f"unstack_1_{i}"] = u
# the cpu backend's sliding windows: sliding_window_view along an axis, every step-th window
w = np.arange(30.0).reshape(3, 10)
o["windows_src"] = w
o["windows_4_1_ax1"] = np.lib.stride_tricks.sliding_window_view(w, 4, axis=1)
o["windows_3_2_ax1"] = np.lib.stride_tricks.sliding_window_view(w, 3, axis=1)[:, ::2]
o["windows_2_1_ax0"] = np.lib.stride_tricks.sliding_window_view(w, 2, axis=0)
o["windows_10_3_ax1"] = np.lib.stride_tricks.sliding_window_view(w, 10, axis=1)[:, ::3]
fixturelib.save(__file__, "manipulation", **o)
