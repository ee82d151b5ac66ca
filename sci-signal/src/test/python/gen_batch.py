"""Fixtures for the batched real FFT of the host path (SegmentBatchTest): NumPy's rfft of segments of random
signals, float64 and float32 (the float32 reference is the exact transform of the float32 samples), for every
way the batches load segments: by chunks (hop dividing nperseg), one by one (other hops, strided lines), and
past the end of the input (zero-filled); with constant and linear detrending and a window."""
import numpy as np
import scipy.signal as sg

import fixturelib

# (case, n, hop, segments, lines, extra samples beyond the last whole segment's start, detrend)
CASES = [
    ("n2", 2, 1, 9, 1, 0, None),
    ("n4", 4, 4, 5, 1, 0, None),
    ("n16", 16, 8, 20, 1, 0, "constant"),
    ("n64", 64, 16, 12, 2, 0, "linear"),
    ("n64hop24", 64, 24, 7, 3, 0, "constant"),
    ("n1024", 1024, 512, 3, 1, 0, "constant"),
    ("n256tail", 256, 128, 6, 1, -100, "linear"),
]


def segments(x, n, hop, count):
    """Segment p is x[p*hop : p*hop + n], zero-padded past the end."""
    padded = np.concatenate([x, np.zeros(n, x.dtype)])
    return np.stack([padded[p * hop:p * hop + n] for p in range(count)])


def main():
    r = fixturelib.rng()
    out = {}
    for name, n, hop, count, lines, extra, detrend in CASES:
        length = (count - 1) * hop + n + extra
        x = r.standard_normal((lines, length)) + 3.0
        window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(n) / n)  # periodic Hann, as the test builds it
        for suffix, data in (("", x), ("32", x.astype(np.float32))):
            spectra = []
            for line in data:
                seg = segments(line, n, hop, count).astype(np.float64)
                if detrend is not None:
                    seg = sg.detrend(seg, axis=-1, type=detrend)
                spectra.append(np.fft.rfft(seg * window, axis=-1))
            out[f"{name}{suffix}:x"] = data
            expected = np.stack(spectra)
            out[f"{name}{suffix}:rfft"] = expected.astype(np.complex64) if suffix else expected
    fixturelib.save(__file__, "signal/batch", **out)


if __name__ == "__main__":
    main()
