"""Reference transforms for the cuda backend's FFT tests (host-side model of the kernels, and device tests).

Complex inputs of several lengths (Stockham radices 2..13, Bluestein lengths) with numpy.fft.fft/ifft of
each, and real inputs with numpy.fft.rfft / irfft.
"""
import numpy as np

import fixturelib

rng = fixturelib.rng()
arrays = {}
for n in [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 16, 17, 30, 60, 64, 97, 100, 128]:
    x = rng.standard_normal(n) + 1j * rng.standard_normal(n)
    arrays[f"x{n}"] = x
    arrays[f"fft{n}"] = np.fft.fft(x)
    arrays[f"ifft{n}"] = np.fft.ifft(x)
for n in [2, 5, 8, 9, 16, 30, 31, 1, 3]:  # 1 and 3 appended (odd lengths; 1 is the identity transform)
    r = rng.standard_normal(n)
    arrays[f"r{n}"] = r
    arrays[f"rfft{n}"] = np.fft.rfft(r)
    h = rng.standard_normal(n // 2 + 1) + 1j * rng.standard_normal(n // 2 + 1)
    arrays[f"h{n}"] = h
    arrays[f"irfft{n}"] = np.fft.irfft(h, n)
fixturelib.save(__file__, "cuda_fft", **arrays)
