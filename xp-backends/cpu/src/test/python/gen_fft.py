"""Reference values for the cpu backend's fft extension (numpy.fft, the standard's fft functions).

Inputs are drawn from fixturelib.rng(); the large inputs are given by a formula that the tests evaluate too
(big(n)[j] = ((j * 7919) % 1000) / 1000 - 0.5, exact in both languages), and only every 97th output is stored.
"""
import numpy as np

import fixturelib

rng = fixturelib.rng()
out = {}

x7 = rng.standard_normal(7)
x16 = rng.standard_normal(16)
c12 = rng.standard_normal(12) + 1j * rng.standard_normal(12)
c345 = rng.standard_normal((3, 5, 4)) + 1j * rng.standard_normal((3, 5, 4))
r345 = rng.standard_normal((3, 5, 4))
r63 = rng.standard_normal((6, 3))
h5 = rng.standard_normal(5) + 1j * rng.standard_normal(5)
x211 = rng.standard_normal(211) + 1j * rng.standard_normal(211)
x30 = rng.standard_normal(30)
i5 = np.array([3, -1, 4, 1, -5], dtype=np.int32)
b4 = np.array([True, False, True, True])
f8 = rng.standard_normal(8).astype(np.float32)
c6 = (rng.standard_normal(6) + 1j * rng.standard_normal(6)).astype(np.complex64)
out.update(x7=x7, x16=x16, c12=c12, c345=c345, r345=r345, r63=r63, h5=h5, x211=x211, x30=x30, i5=i5, b4=b4,
           f8=f8, c6=c6)

for norm in ("backward", "ortho", "forward"):
    out[f"fft_x7_{norm}"] = np.fft.fft(x7, norm=norm)
    out[f"fft_x16_{norm}"] = np.fft.fft(x16, norm=norm)
    out[f"ifft_c12_{norm}"] = np.fft.ifft(c12, norm=norm)
    out[f"fftn_c345_{norm}"] = np.fft.fftn(c345, norm=norm)
    out[f"ifftn_c345_{norm}"] = np.fft.ifftn(c345, norm=norm)
    out[f"rfft_x7_{norm}"] = np.fft.rfft(x7, norm=norm)
    out[f"rfft_x16_{norm}"] = np.fft.rfft(x16, norm=norm)
    out[f"irfft_h5_{norm}"] = np.fft.irfft(h5, norm=norm)
    out[f"irfft_h5_n9_{norm}"] = np.fft.irfft(h5, n=9, norm=norm)
    out[f"rfftn_r345_{norm}"] = np.fft.rfftn(r345, norm=norm)
    out[f"irfftn_c345_{norm}"] = np.fft.irfftn(c345, norm=norm)
    out[f"hfft_h5_{norm}"] = np.fft.hfft(h5, norm=norm)
    out[f"hfft_h5_n9_{norm}"] = np.fft.hfft(h5, n=9, norm=norm)
    out[f"ihfft_x7_{norm}"] = np.fft.ihfft(x7, norm=norm)
    out[f"ihfft_x16_n5_{norm}"] = np.fft.ihfft(x16, n=5, norm=norm)

# lengths: crop and zero-pad
out["fft_x7_n5"] = np.fft.fft(x7, n=5)
out["fft_x7_n10"] = np.fft.fft(x7, n=10)
out["ifft_c12_n16"] = np.fft.ifft(c12, n=16)
out["rfft_x7_n9"] = np.fft.rfft(x7, n=9)
out["rfft_x16_n4"] = np.fft.rfft(x16, n=4)
out["irfft_h5_n3"] = np.fft.irfft(h5, n=3)
out["irfft_h5_n1"] = np.fft.irfft(h5, n=1)
out["irfft_h5_n2"] = np.fft.irfft(h5, n=2)
out["fft_x7_n1"] = np.fft.fft(x7, n=1)
out["rfft_x7_n1"] = np.fft.rfft(x7, n=1)
out["rfft_x7_n2"] = np.fft.rfft(x7, n=2)
# plan kinds: mixed radix, Bluestein
out["fft_x211"] = np.fft.fft(x211)
out["ifft_x211_ortho"] = np.fft.ifft(x211, norm="ortho")
out["x211re"] = x211.real
out["rfft_x211re"] = np.fft.rfft(x211.real)
out["irfft_x211_n211"] = np.fft.irfft(x211, n=211)
out["fft_x30"] = np.fft.fft(x30)
out["rfft_x30"] = np.fft.rfft(x30)
out["irfft_x30c_n30"] = np.fft.irfft(np.fft.rfft(x30) * (1 + 0.5j), n=30)
# axes
out["fft_c345_axis0"] = np.fft.fft(c345, axis=0)
out["fft_c345_axis1_n7"] = np.fft.fft(c345, n=7, axis=1)
out["ifft_c345_axism2"] = np.fft.ifft(c345, axis=-2)
out["rfft_r63_axis0"] = np.fft.rfft(r63, axis=0)
out["irfft_c345_axis1"] = np.fft.irfft(c345, axis=1)
out["fftn_c345_s46"] = np.fft.fftn(c345, s=(4, 6), axes=(1, 2))
out["fftn_c345_axes02"] = np.fft.fftn(c345, axes=(0, 2))
out["fftn_c345_axes20_s2m"] = np.fft.fftn(c345, s=(2, 4), axes=(2, 0))
out["fftn_c345_axes20_keep"] = np.fft.fftn(c345, s=(4, 2), axes=(2, 0))
out["ifftn_c345_axes1"] = np.fft.ifftn(c345, axes=(1,))
out["rfftn_r345_s46"] = np.fft.rfftn(r345, s=(4, 6), axes=(1, 2))
out["rfftn_r345_axes10"] = np.fft.rfftn(r345, axes=(1, 0))
out["irfftn_c345_s37"] = np.fft.irfftn(c345, s=(3, 7), axes=(1, 2))
out["irfftn_c345_axes01"] = np.fft.irfftn(c345, axes=(0, 1))
out["fftn_r345_ortho"] = np.fft.fftn(r345, norm="ortho")
# non-contiguous input
out["fft_c345_T"] = np.fft.fft(c345.T, axis=1)
out["rfft_x16_step2"] = np.fft.rfft(x16[::2])
out["fft_x16_rev"] = np.fft.fft(x16[::-1])
# dtypes
out["fft_f8"] = np.fft.fft(f8)
out["ifft_c6"] = np.fft.ifft(c6)
out["rfft_f8"] = np.fft.rfft(f8)
out["irfft_c6"] = np.fft.irfft(c6)
out["hfft_c6"] = np.fft.hfft(c6)
out["ihfft_f8"] = np.fft.ihfft(f8)
out["fftn_f8"] = np.fft.fftn(f8.reshape(2, 4))
out["fft_i5"] = np.fft.fft(i5)
out["rfft_i5"] = np.fft.rfft(i5)
out["irfft_i5"] = np.fft.irfft(i5)
out["fft_b4"] = np.fft.fft(b4)
# frequencies and shifts
out["fftfreq_8_01"] = np.fft.fftfreq(8, 0.1)
out["fftfreq_7"] = np.fft.fftfreq(7)
out["fftfreq_1"] = np.fft.fftfreq(1)
out["rfftfreq_8_01"] = np.fft.rfftfreq(8, 0.1)
out["rfftfreq_7_2"] = np.fft.rfftfreq(7, 2.0)
out["fftfreq_9_f32"] = np.fft.fftfreq(9, 0.3).astype(np.float32)  # array-api-compat casts the float64 result
out["fftshift_x7"] = np.fft.fftshift(x7)
out["ifftshift_x7"] = np.fft.ifftshift(x7)
out["fftshift_r63"] = np.fft.fftshift(r63)
out["ifftshift_r63"] = np.fft.ifftshift(r63)
out["fftshift_r345_axis1"] = np.fft.fftshift(r345, axes=(1,))
out["ifftshift_r345_axes20"] = np.fft.ifftshift(r345, axes=(2, 0))


# large inputs: a formula both sides evaluate; every 97th output stored
def big(n):
    return ((np.arange(n, dtype=np.int64) * 7919) % 1000) / 1000.0 - 0.5


n = 1 << 14
b = big(n)
bc = b + 1j * big(n)[::-1]
out["big_fft_16384"] = np.fft.fft(bc)[::97]
out["big_ifft_16384"] = np.fft.ifft(bc)[::97]
out["big_rfft_16384"] = np.fft.rfft(b)[::97]
out["big_irfft_16384"] = np.fft.irfft(np.fft.rfft(b) * 1j)[::97]
m = big(256 * 500).reshape(256, 500)
out["big_rfft_rows"] = np.fft.rfft(m, axis=1)[::17, ::29]
out["big_fft_cols"] = np.fft.fft(m, axis=0)[::29, ::17]
out["big_fftn"] = np.fft.fftn(m)[::31, ::37]
out["big_irfft_rows"] = np.fft.irfft(m, n=300, axis=1)[::23, ::13]

# many short power-of-two lines: the lane FFT (64 lines of 1024; a partial last batch; crop, pad, strides)
lanes = big(64 * 1024).reshape(64, 1024)
out["lanes_rfft"] = np.fft.rfft(lanes, axis=1)[::7, ::37]
out["lanes_rfft_50_n512"] = np.fft.rfft(lanes[:50], n=512, axis=1)[::7, ::19]
out["lanes_rfft_n2048_ortho"] = np.fft.rfft(lanes, n=2048, axis=1, norm="ortho")[::7, ::71]
out["lanes_rfft_rev_step2"] = np.fft.rfft(lanes[::-1, ::2], axis=1)[::7, ::17]
out["lanes_ihfft_3d"] = np.fft.ihfft(lanes.reshape(4, 16, 1024)[:, :, :64], axis=-1)[:, ::3, ::5]
out["lanes_rfft_f32"] = np.fft.rfft(lanes.astype(np.float32), axis=1)[::7, ::37]

fixturelib.save(__file__, "fft", **out)
