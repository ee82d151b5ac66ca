"""Reference values for sci-signal from SciPy 1.17: windows, detrend and the spectral estimators.

Writes src/test/resources/fixtures/signal/*.npz (read by the tests in org.xpsci.signal). Inputs are drawn from
fixturelib.rng() and stored next to the outputs, so the tests need no random generator of their own.
Keys spell out the case they hold, e.g. "win:kaiser,8.6:7:sym" or "welch:hann:256:float32".
"""
import warnings

import numpy as np
import scipy
import scipy.signal as sg

import fixturelib

assert scipy.__version__.startswith("1.17"), scipy.__version__

# ---- windows --------------------------------------------------------------------------------------------
# (label, get_window argument); the label is what the Java test builds from its WindowSpec.
WINDOWS = [
    ("boxcar", "boxcar"), ("triang", "triang"), ("blackman", "blackman"), ("hamming", "hamming"),
    ("hann", "hann"), ("bartlett", "bartlett"), ("flattop", "flattop"), ("parzen", "parzen"),
    ("bohman", "bohman"), ("blackmanharris", "blackmanharris"), ("nuttall", "nuttall"),
    ("barthann", "barthann"), ("cosine", "cosine"), ("lanczos", "lanczos"),
    ("exponential", "exponential"), ("exponential,None,3.0", ("exponential", None, 3.0)),
    ("exponential,2.0,1.5", ("exponential", 2.0, 1.5)),
    ("tukey", "tukey"), ("tukey,0.25", ("tukey", 0.25)), ("tukey,0.0", ("tukey", 0.0)),
    ("tukey,1.0", ("tukey", 1.0)), ("taylor", "taylor"), ("taylor,3.0,40.0", ("taylor", 3, 40.0)),
    ("taylor,5.0,35.0,0.0", ("taylor", 5, 35.0, False)), ("taylor,1.0", ("taylor", 1)),
    ("kaiser,8.6", ("kaiser", 8.6)), ("kaiser,0.5", ("kaiser", 0.5)), ("kaiser,14.0", ("kaiser", 14.0)),
    ("gaussian,2.5", ("gaussian", 2.5)), ("general_gaussian,1.5,7.0", ("general_gaussian", 1.5, 7.0)),
    ("chebwin,50.0", ("chebwin", 50.0)), ("chebwin,100.0", ("chebwin", 100.0)),
    ("dpss,2.5", ("dpss", 2.5)), ("dpss,1.0", ("dpss", 1.0)),
    ("general_hamming,0.6", ("general_hamming", 0.6)),
    ("general_cosine,0.5,0.3,0.2", ("general_cosine", [0.5, 0.3, 0.2])),
    ("kaiser_bessel_derived,4.0", ("kaiser_bessel_derived", 4.0)),
]
WINDOW_LENGTHS = [1, 2, 3, 4, 7, 8, 33]
LONG_WINDOWS = ["chebwin,100.0", "dpss,2.5", "taylor", "kaiser,14.0", "general_gaussian,1.5,7.0"]


def windows():
    """Per (window, sym|per): the windows of every length in WINDOW_LENGTHS (+256 for LONG_WINDOWS) laid end
    to end; a length SciPy refuses (ValueError) is stored as that many NaNs."""
    out = {}
    for label, spec in WINDOWS:
        lengths = WINDOW_LENGTHS + ([256] if label in LONG_WINDOWS else [])
        for sym in (True, False):
            parts = []
            for m in lengths:
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        parts.append(sg.get_window(spec, m, fftbins=not sym))
                except ValueError:
                    parts.append(np.full(m, np.nan))
            out[f"win:{label}:{'sym' if sym else 'per'}"] = np.concatenate(parts)
    out["win:kaiserbeta,4.0:per"] = sg.get_window(4.0, 9)
    return out


def main():
    fixturelib.save(__file__, "signal/windows", **windows())


if __name__ == "__main__":
    main()
