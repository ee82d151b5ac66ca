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


# ---- welch, csd, coherence, periodogram -------------------------------------------------------------------
def inputs():
    """The signals every spectral case reads (stored in the fixture as 'in:<name>')."""
    r = fixturelib.rng()
    t = np.arange(512) / 1000.0
    x = np.sin(2 * np.pi * 97 * t) + 0.5 * r.standard_normal(512)
    y = 0.3 * np.roll(x, 3) + r.standard_normal(512)
    xn = x.copy()
    xn[123] = np.nan
    return {
        "x": x, "y": y,
        "xf": x[:160].copy(),
        "y400": r.standard_normal(400),
        "x32": r.standard_normal(512).astype(np.float32),
        "y32": r.standard_normal(512).astype(np.float32),
        "xc": r.standard_normal(300) + 1j * r.standard_normal(300),
        "xc64": (r.standard_normal(300) + 1j * r.standard_normal(300)).astype(np.complex64),
        "xi": r.integers(-100, 100, 400).astype(np.int32),
        "x2": r.standard_normal((200, 3)),
        "x3": r.standard_normal((2, 160, 3)),
        "y3": r.standard_normal((160, 3)),
        "short": r.standard_normal(50),
        "xnan": xn,
        "win": r.random(100) + 0.5,
    }


# (case, function, input names, kwargs); the Java tests build the same options for each case name.
SPECTRAL = [
    ("welch:default", "welch", ["x"], {}),
    ("welch:hamming64", "welch", ["x"], dict(window="hamming", nperseg=64, noverlap=16, nfft=100,
                                              scaling="spectrum", fs=1000.0)),
    ("welch:kaiserlinear", "welch", ["x"], dict(window=("kaiser", 5.0), nperseg=128, noverlap=100,
                                                 detrend="linear")),
    ("welch:twosided", "welch", ["x"], dict(nperseg=100, detrend=False, return_onesided=False)),
    ("welch:nfftodd", "welch", ["x"], dict(nperseg=64, nfft=99)),
    ("welch:gaps", "welch", ["x"], dict(nperseg=64, noverlap=-20)),
    ("welch:median", "welch", ["x"], dict(nperseg=100, average="median")),
    ("welch:medianodd", "welch", ["x"], dict(nperseg=128, noverlap=0, average="median")),
    ("welch:mediannan", "welch", ["xnan"], dict(nperseg=100, average="median")),
    ("welch:complex", "welch", ["xc"], dict(nperseg=64)),
    ("welch:complex64", "welch", ["xc64"], dict(nperseg=64, window="blackman")),
    ("welch:float32", "welch", ["x32"], dict(nperseg=128)),
    ("welch:float32median", "welch", ["x32"], dict(nperseg=100, average="median")),
    ("welch:int", "welch", ["xi"], dict(nperseg=64)),
    ("welch:axis0", "welch", ["x2"], dict(nperseg=64, axis=0)),
    ("welch:axis1of3", "welch", ["x3"], dict(nperseg=50, noverlap=10, axis=1, detrend="linear")),
    ("welch:short", "welch", ["short"], {}),
    ("welch:arraywindow", "welch", ["x"], dict(window="in:win", noverlap=30)),
    ("welch:onesegment", "welch", ["x"], dict(nperseg=512, average="median")),
    ("welch:customdetrend", "welch", ["x"], dict(nperseg=64, detrend="custom:first")),
    ("welch:complexlinear", "welch", ["xc"], dict(nperseg=64, nfft=80, detrend="linear")),
    ("welch:oddnperseg", "welch", ["x"], dict(nperseg=63, nfft=70, window="flattop")),
    ("csd:default", "csd", ["x", "y"], dict(nperseg=128)),
    ("csd:padded", "csd", ["x", "y400"], dict(nperseg=100, window="hann")),
    ("csd:broadcast", "csd", ["x3", "y3"], dict(nperseg=64, axis=-2)),
    ("csd:complex", "csd", ["xc", "xc"], dict(nperseg=64, return_onesided=False)),
    ("csd:median", "csd", ["x", "y"], dict(nperseg=100, average="median", scaling="spectrum")),
    ("csd:float32", "csd", ["x32", "y32"], dict(nperseg=128)),
    ("csd:mediancomplex", "csd", ["xc", "xc"], dict(nperseg=64, noverlap=32, average="median")),
    ("csd:int", "csd", ["xi", "xi"], dict(nperseg=50, detrend=False)),
    ("coherence:default", "coherence", ["x", "y"], dict(nperseg=128)),
    ("coherence:padded", "coherence", ["x", "y400"], dict(nperseg=100)),
    ("coherence:float32", "coherence", ["x32", "y32"], dict(nperseg=64, detrend="linear")),
    ("coherence:broadcast", "coherence", ["x3", "y3"], dict(nperseg=40, axis=-2)),
    ("periodogram:default", "periodogram", ["x"], {}),
    ("periodogram:hann", "periodogram", ["x"], dict(window="hann", scaling="spectrum", fs=8.0)),
    ("periodogram:nfftlong", "periodogram", ["x"], dict(nfft=600)),
    ("periodogram:nfftshort", "periodogram", ["x"], dict(nfft=350, detrend="linear")),
    ("periodogram:complex", "periodogram", ["xc"], {}),
    ("periodogram:axis0", "periodogram", ["x2"], dict(axis=0, return_onesided=False)),
    ("periodogram:float32", "periodogram", ["x32"], dict(detrend=False)),
]


def first_sample(seg):
    """The custom detrending of the tests: subtract each segment's first sample."""
    return seg - seg[..., :1]


def resolve(v, ins):
    if isinstance(v, str) and v.startswith("in:"):
        return ins[v[3:]]
    if v == "custom:first":
        return first_sample
    return v


def spectral(ins):
    out = {"in:" + k: v for k, v in ins.items()}
    for case, fn, names, kwargs in SPECTRAL:
        kw = {k: resolve(v, ins) for k, v in kwargs.items()}
        args = [ins[n] for n in names]
        if fn == "csd" and names[0] == names[1]:
            args[1] = args[0].copy()  # not the same object: csd, not welch
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f, p = getattr(sg, fn)(*args, **kw)
        out[case + ":f"] = f
        out[case + ":p"] = p
    return out


# ---- spectrogram, stft, istft --------------------------------------------------------------------------
FRAMES = [
    ("spectrogram:default", "spectrogram", "x", {}),
    ("spectrogram:hann64", "spectrogram", "xf", dict(window="hann", nperseg=64, noverlap=16, scaling="spectrum")),
    ("spectrogram:complexmode", "spectrogram", "xf", dict(nperseg=64, mode="complex", fs=100.0)),
    ("spectrogram:magnitude", "spectrogram", "xf", dict(nperseg=64, mode="magnitude")),
    ("spectrogram:angle", "spectrogram", "xf", dict(nperseg=64, mode="angle")),
    ("spectrogram:phase", "spectrogram", "xf", dict(nperseg=64, mode="phase")),
    ("spectrogram:complexinput", "spectrogram", "xc", dict(nperseg=64)),
    ("spectrogram:float32", "spectrogram", "x32", dict(nperseg=64)),
    ("spectrogram:float32complex", "spectrogram", "x32", dict(nperseg=64, mode="complex")),
    ("spectrogram:axis0", "spectrogram", "x2", dict(nperseg=32, axis=0, mode="magnitude")),
    ("spectrogram:axis1of3", "spectrogram", "x3", dict(nperseg=40, axis=1, detrend="linear")),
    ("spectrogram:twosidedodd", "spectrogram", "xf", dict(nperseg=64, nfft=99, return_onesided=False)),
    ("spectrogram:gaps", "spectrogram", "xf", dict(nperseg=64, noverlap=-10)),
    ("spectrogram:short", "spectrogram", "short", {}),
    ("spectrogram:arraywindow", "spectrogram", "xf", dict(window="in:win", detrend=False)),
    ("spectrogram:customdetrend", "spectrogram", "xf", dict(nperseg=64, detrend="custom:first")),
    ("spectrogram:axis0complex", "spectrogram", "x2", dict(nperseg=32, axis=0, mode="complex")),
    ("stft:default", "stft", "x", {}),
    ("stft:even", "stft", "xf", dict(nperseg=64, boundary="even")),
    ("stft:odd", "stft", "xf", dict(nperseg=64, boundary="odd", padded=False)),
    ("stft:constant", "stft", "xf", dict(nperseg=64, boundary="constant")),
    ("stft:none", "stft", "xf", dict(nperseg=64, boundary=None, padded=False)),
    ("stft:psd", "stft", "xf", dict(nperseg=64, scaling="psd", fs=50.0)),
    ("stft:complex", "stft", "xc", dict(nperseg=64)),
    ("stft:float32", "stft", "x32", dict(nperseg=64, window="hamming")),
    ("stft:axis0", "stft", "x2", dict(nperseg=32, axis=0)),
    ("stft:detrend", "stft", "xf", dict(nperseg=64, detrend="constant")),
    ("stft:nfft", "stft", "xf", dict(nperseg=64, noverlap=40, nfft=100)),
    ("stft:one", "stft", "short", dict(nperseg=1, noverlap=0)),
    ("stft:complexeven", "stft", "xc", dict(nperseg=32, boundary="even", detrend="linear")),
]


def frames(ins):
    out = {}
    for case, fn, name, kwargs in FRAMES:
        kw = {k: resolve(v, ins) for k, v in kwargs.items()}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f, t, z = getattr(sg, fn)(ins[name], **kw)
        out[case + ":f"], out[case + ":t"], out[case + ":s"] = f, t, z
    return out


# (case, stft kwargs of the input, istft kwargs); the input is SciPy's stft of "x" (or "xc"), stored as "<case>:in".
ISTFT = [
    ("istft:default", "x", {}, {}),
    ("istft:hamming", "xf", dict(nperseg=64, noverlap=48, window="hamming"), dict(window="hamming", nperseg=64,
                                                                                noverlap=48)),
    ("istft:noboundary", "xf", dict(nperseg=64, boundary=None, padded=False), dict(nperseg=64, boundary=False)),
    ("istft:twosided", "xc", dict(nperseg=64), dict(nperseg=64, input_onesided=False)),
    ("istft:psd", "xf", dict(nperseg=64, scaling="psd", fs=20.0), dict(nperseg=64, scaling="psd", fs=20.0)),
    ("istft:oddnperseg", "xf", dict(nperseg=65), dict(nperseg=65)),
    ("istft:complex64", "x32", dict(nperseg=64), dict(nperseg=64)),
    ("istft:nola", "xf", dict(nperseg=64, noverlap=0, window="hann"), dict(nperseg=64, noverlap=0, window="hann")),
    ("istft:gaps", "xf", dict(nperseg=64, noverlap=-16, window="boxcar", boundary=None, padded=False),
     dict(nperseg=64, noverlap=-16, window="boxcar", boundary=False)),
]


def istft(ins):
    out = {}
    for case, name, skw, ikw in ISTFT:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _, _, z = sg.stft(ins[name], **skw)
            t, x = sg.istft(z, **ikw)
        if case != "istft:default":  # its input is stft:default's output
            out[case + ":in"] = z
        out[case + ":t"], out[case + ":x"] = t, x
    # a 3-d STFT with the frequency axis first and the time axis in the middle
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _, _, z = sg.stft(ins["x2"], nperseg=32, axis=0)  # (17, 3, K)
        z = np.moveaxis(z, 2, 1)  # (17, K, 3)
        t, x = sg.istft(z, nperseg=32, freq_axis=0, time_axis=1)
    out["istft:axes:in"], out["istft:axes:t"], out["istft:axes:x"] = z, t, x
    return out


# ---- detrend ------------------------------------------------------------------------------------------
def detrend_cases():
    r = fixturelib.rng(7)
    t = np.arange(300)
    a = 0.01 * t + np.sin(t / 7.0) + r.standard_normal(300)
    m = r.standard_normal((40, 3)) + np.arange(40)[:, None] * 0.1
    c = r.standard_normal((2, 30, 4)) + np.arange(30)[None, :, None] * 0.3
    z = a[:120] + 1j * (r.standard_normal(120) + 0.05 * t[:120])
    out = {"in:a": a, "in:m": m, "in:c": c, "in:z": z, "in:a32": a.astype(np.float32),
           "in:i": (a * 10).astype(np.int64), "in:e": np.zeros((3, 0))}
    cases = [
        ("linear", "a", dict()),
        ("constant", "a", dict(type="constant")),
        ("bp", "a", dict(bp=[100, 250])),
        ("bpunsorted", "a", dict(bp=[250, 40, 40, 300, 0])),
        ("bpsingle", "a", dict(bp=[5, 6])),
        ("axis0", "m", dict(axis=0)),
        ("axis0constant", "m", dict(axis=0, type="c")),
        ("axis1bp", "c", dict(axis=1, bp=[10, 21])),
        ("float32", "a32", dict(bp=[150])),
        ("complex", "z", dict()),
        ("complexconstant", "z", dict(type="constant")),
        ("int", "i", dict()),
        ("empty", "e", dict(type="constant")),  # linear raises in SciPy (reshape of size 0)
    ]
    for name, x, kw in cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out[f"detrend:{name}"] = sg.detrend(out["in:" + x], **kw)
    return out


# ---- long inputs: generated from a formula on both sides, so only outputs are stored ---------------------
def long_signal(lines, n):
    """x[j, i] = sin(0.01 i) + 0.5 sin(0.37 i + j) + 0.25 sin(1.9 i + 2 j) (LongCases.signal in Java)."""
    i = np.arange(n, dtype=np.float64)[None, :]
    j = np.arange(lines, dtype=np.float64)[:, None]
    return np.sin(0.01 * i) + 0.5 * np.sin(0.37 * i + j) + 0.25 * np.sin(1.9 * i + 2 * j)


def f32(x):
    """x rounded to float32, held in float64."""
    return x.astype(np.float32).astype(np.float64)


def long_cases():
    """Inputs big enough for the host path to split the work over threads (by lines and within lines)."""
    few = long_signal(3, 200_000)
    many = long_signal(40, 5_000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = {
            "long:welchfew": sg.welch(few, nperseg=256)[1],
            "long:welchmany": sg.welch(many, nperseg=128, detrend="linear")[1],
            "long:mediafew": sg.welch(few[:1], nperseg=128, average="median")[1],
            "long:csdfew": sg.csd(few, few[::-1].copy(), nperseg=256)[1],
            "long:coherencemany": sg.coherence(many, many[::-1].copy(), nperseg=128)[1],
            "long:spectrogramfew": sg.spectrogram(few[:1, :40_000].astype(np.float32), nperseg=128, noverlap=0)[2],
            # float32 samples: the reference is SciPy's float64 spectrum of the float32 samples (the exact values
            # that float32 arithmetic approximates; SciPy's own float32 result is off by more in weak bins)
            "long:welchfew32": sg.welch(f32(few), nperseg=256)[1].astype(np.float32),
            "long:welchmany32": sg.welch(f32(many), nperseg=128, detrend="linear")[1].astype(np.float32),
            "long:median32": sg.welch(f32(few[:1]), nperseg=128, average="median")[1].astype(np.float32),
            "long:csdfew32": sg.csd(f32(few), f32(few[::-1]), nperseg=256)[1].astype(np.complex64),
            "long:coherencemany32": sg.coherence(f32(many), f32(many[::-1]), nperseg=128)[1].astype(np.float32),
            "long:welchaxis0": sg.welch(many.T.copy(), nperseg=64, detrend=False, axis=0)[1],
            "long:welchhop": sg.welch(few[:1], nperseg=256, noverlap=100, window="blackman")[1],
            "long:csdpadded": sg.csd(few[:1], few[1:2, :150_001], nperseg=512, detrend="linear")[1],
            "long:welchnfft": sg.welch(few[:1], nperseg=300, nfft=512, detrend="linear")[1],
            "long:welchnfft32": sg.welch(f32(few[:1]), nperseg=300, nfft=512)[1].astype(np.float32),
        }
    return out


def main():
    ins = inputs()
    fixturelib.save(__file__, "signal/windows", **windows())
    fixturelib.save(__file__, "signal/spectral", **spectral(ins))
    fixturelib.save(__file__, "signal/frames", **frames(ins), **istft(ins))
    fixturelib.save(__file__, "signal/detrend", **detrend_cases())
    fixturelib.save(__file__, "signal/long", **long_cases())


if __name__ == "__main__":
    main()
