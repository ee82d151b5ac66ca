"""Inputs and SciPy's expected outputs for the tests of the xpsci command (cli module).

Writes
  src/test/resources/cli/inputs/<name>.npy  input arrays, in the .npy flavours the contract accepts (format
                                            1.0/2.0/3.0, little- and big-endian, C and Fortran order, every dtype)
                                            and a few broken files for the bad-input cases
  src/test/resources/cli/cases.tsv          one command per line: case, group, rtol, atol, arguments...
                                            (an argument "@name" stands for inputs/name.npy)
  src/test/resources/cli/errors.tsv         bad-input commands: case, group, a fragment the error line must
                                            contain, arguments...
  src/test/resources/fixtures/cli.npz       SciPy's outputs, named "<case>.<output>" (through fixturelib)

The Java tests run every case of their group with --out and compare each archive member with the fixture.
Run with tools/gen-fixtures.sh cli.
"""
import os
import warnings

import numpy as np
import scipy.fft as sfft
import scipy.cluster.vq as svq
import scipy.linalg as sla
import scipy.signal as ss
import scipy.stats as sst

import fixturelib

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(os.path.dirname(os.path.dirname(HERE)), "test", "resources", "cli")
INPUTS = os.path.join(RES, "inputs")
os.makedirs(INPUTS, exist_ok=True)
for f in os.listdir(INPUTS):
    os.remove(os.path.join(INPUTS, f))

rng = fixturelib.rng()
expected = {}
cases = []
errors = []


def save(name, a, version=None):
    """Writes inputs/<name>.npy; version (1,0), (2,0) or (3,0) forces a format version."""
    path = os.path.join(INPUTS, name + ".npy")
    with open(path, "wb") as f:
        if version is None:
            np.save(f, a)
        else:
            np.lib.format.write_array(f, a, version=version)
    return "@" + name


def case(name, group, args, rtol=1e-12, atol=1e-12, **outputs):
    """A command whose --out archive must hold exactly these outputs (SciPy's values)."""
    assert outputs, name
    cases.append("\t".join([name, group, repr(rtol), repr(atol)] + [str(a) for a in args]))
    for k, v in outputs.items():
        expected[f"{name}.{k}"] = np.asarray(v)


def error(name, fragment, args, group=None):
    """A command that must fail with exit 2 and one 'error:' line containing fragment; group defaults to the
    group of the section (GROUP), "cli" for errors of the command line itself."""
    errors.append("\t".join([name, group or GROUP, fragment] + [str(a) for a in args]))


# ---- inputs in every flavour ----------------------------------------------------------------------------
x16 = rng.standard_normal(16)
c12 = rng.standard_normal(12) + 1j * rng.standard_normal(12)
r34 = rng.standard_normal((3, 4))
r456 = rng.standard_normal((4, 5, 6))
c45 = rng.standard_normal((4, 5)) + 1j * rng.standard_normal((4, 5))
f10 = rng.standard_normal(10).astype(np.float32)
c9f = (rng.standard_normal(9) + 1j * rng.standard_normal(9)).astype(np.complex64)

X16 = save("x16", x16)
C12 = save("c12", c12)
R34_BE = save("r34_be", r34.astype(">f8"))                       # big-endian
R34_F = save("r34_f", np.asfortranarray(r34))                    # Fortran order
R456_F_BE = save("r456_f_be", np.asfortranarray(r456).astype(">f8"))
C45_V2 = save("c45_v2", c45, version=(2, 0))                     # format 2.0
C45_BE_V3 = save("c45_be_v3", c45.astype(">c16"), version=(3, 0))  # format 3.0, big-endian complex
F10 = save("f10", f10)
C9F = save("c9f", c9f)
INTS = {}
for dt in ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"):
    v = rng.integers(0, 2 if dt == "bool" else 100, 8).astype(dt)
    INTS[dt] = (v, save(f"i8_{dt}", v))
INTS_BE = {}
for dt in (">i2", ">i4", ">i8", ">u2", ">u4", ">u8", ">f4", ">c8"):
    v = (rng.integers(0, 100, 8) + (1j * rng.integers(0, 100, 8) if dt == ">c8" else 0)).astype(dt)
    INTS_BE[dt] = (v, save("be_" + dt[1:], v))
SCALAR = save("scalar", np.float64(3.5))                         # a 0-d array
EMPTY = save("empty", np.zeros(0))

# broken files for the bad-input cases
with open(os.path.join(INPUTS, "not_npy.npy"), "wb") as f:
    f.write(b"hello, this is not a .npy file\n")
with open(os.path.join(INPUTS, "truncated.npy"), "wb") as f:
    raw = open(os.path.join(INPUTS, "x16.npy"), "rb").read()
    f.write(raw[:len(raw) - 40])
with open(os.path.join(INPUTS, "object.npy"), "wb") as f:
    np.save(f, np.array([1, "a", None], dtype=object), allow_pickle=True)
with open(os.path.join(INPUTS, "datetime.npy"), "wb") as f:
    np.save(f, np.array(["2024-01-01"], dtype="datetime64[D]"))
with open(os.path.join(INPUTS, "lying_shape.npy"), "wb") as f:
    # the header promises 10^12 float64 elements; the file holds 16
    hdr = "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000,), }"
    hdr += " " * (63 - (10 + len(hdr)) % 64) + "\n"
    f.write(b"\x93NUMPY\x01\x00" + len(hdr).to_bytes(2, "little") + hdr.encode("latin1"))
    f.write(np.arange(16.0).tobytes())

# ---- scipy.fft --------------------------------------------------------------------------------------------
GROUP = "fft"
for norm in ("backward", "ortho", "forward"):
    case(f"fft_c12_{norm}", "fft", ["fft", "--x", C12, "--norm", norm], out=sfft.fft(c12, norm=norm))
    case(f"ifft_c12_{norm}", "fft", ["ifft", "--x", C12, "--norm", norm], out=sfft.ifft(c12, norm=norm))
    case(f"rfft_x16_{norm}", "fft", ["rfft", "--x", X16, "--norm", norm], out=sfft.rfft(x16, norm=norm))
    case(f"irfft_c12_{norm}", "fft", ["irfft", "--x", C12, "--norm", norm], out=sfft.irfft(c12, norm=norm))
    case(f"hfft_c12_{norm}", "fft", ["hfft", "--x", C12, "--norm", norm], out=sfft.hfft(c12, norm=norm))
    case(f"ihfft_x16_{norm}", "fft", ["ihfft", "--x", X16, "--norm", norm], out=sfft.ihfft(x16, norm=norm))
    case(f"fftn_c45_{norm}", "fft", ["fftn", "--x", C45_V2, "--norm", norm], out=sfft.fftn(c45, norm=norm))
    case(f"ifftn_c45_{norm}", "fft", ["ifftn", "--x", C45_BE_V3, "--norm", norm], out=sfft.ifftn(c45, norm=norm))
    case(f"rfftn_r456_{norm}", "fft", ["rfftn", "--x", R456_F_BE, "--norm", norm],
         out=sfft.rfftn(r456, norm=norm))
    case(f"irfftn_c45_{norm}", "fft", ["irfftn", "--x", C45_V2, "--norm", norm], out=sfft.irfftn(c45, norm=norm))
case("fft_x16_n20", "fft", ["fft", "--x", X16, "--n", "20"], out=sfft.fft(x16, n=20))
case("fft_x16_n5", "fft", ["fft", "--x", X16, "--n", "5"], out=sfft.fft(x16, n=5))
case("fft_r34_axis0", "fft", ["fft", "--x", R34_BE, "--axis", "0"], out=sfft.fft(r34, axis=0))
case("rfft_r34_f_axis0_n7", "fft", ["rfft", "--x", R34_F, "--axis", "0", "--n", "7"],
     out=sfft.rfft(r34, axis=0, n=7))
case("irfft_c12_n9", "fft", ["irfft", "--x", C12, "--n", "9"], out=sfft.irfft(c12, n=9))
case("hfft_c45_axis0_n6", "fft", ["hfft", "--x", C45_V2, "--axis", "0", "--n", "6"],
     out=sfft.hfft(c45, axis=0, n=6))
case("fft_f10", "fft", ["fft", "--x", F10], rtol=2e-6, atol=1e-5, out=sfft.fft(f10))
case("ifft_c9f", "fft", ["ifft", "--x", C9F], rtol=2e-6, atol=1e-6, out=sfft.ifft(c9f))
case("rfft_f10", "fft", ["rfft", "--x", F10], rtol=2e-6, atol=1e-5, out=sfft.rfft(f10))
for dt, (v, ref) in INTS.items():
    if dt != "bool":
        case(f"rfft_{dt}", "fft", ["rfft", "--x", ref], out=sfft.rfft(v))
    case(f"fft_{dt}", "fft", ["fft", "--x", ref], out=sfft.fft(v))
for dt, (v, ref) in INTS_BE.items():
    case(f"fft_be_{dt[1:]}", "fft", ["fft", "--x", ref], rtol=2e-6 if dt in (">f4", ">c8") else 1e-12,
         atol=1e-4 if dt in (">f4", ">c8") else 1e-12, out=sfft.fft(v))
case("fftn_r456_s_axes", "fft", ["fftn", "--x", R456_F_BE, "--s", "3,8", "--axes", "2,0"],
     out=sfft.fftn(r456, s=(3, 8), axes=(2, 0)))
case("ifftn_c45_axes0", "fft", ["ifftn", "--x", C45_V2, "--axes", "0"], out=sfft.ifftn(c45, axes=(0,)))
case("rfftn_r34_s", "fft", ["rfftn", "--x", R34_F, "--s", "4,6"], out=sfft.rfftn(r34, s=(4, 6)))
case("irfftn_c45_s_axes", "fft", ["irfftn", "--x", C45_BE_V3, "--s", "3,7", "--axes", "1,0"],
     out=sfft.irfftn(c45, s=(3, 7), axes=(1, 0)))
case("fftfreq_8", "fft", ["fftfreq", "--n", "8"], out=sfft.fftfreq(8))
case("fftfreq_7_d", "fft", ["fftfreq", "--n", "7", "--d", "0.1"], out=sfft.fftfreq(7, d=0.1))
case("rfftfreq_9_d", "fft", ["rfftfreq", "--n", "9", "--d", "2.5"], out=sfft.rfftfreq(9, d=2.5))
case("rfftfreq_1", "fft", ["rfftfreq", "--n", "1"], out=sfft.rfftfreq(1))
case("fftshift_r456", "fft", ["fftshift", "--x", R456_F_BE], out=sfft.fftshift(r456))
case("fftshift_r456_axes", "fft", ["fftshift", "--x", R456_F_BE, "--axes", "0,2"],
     out=sfft.fftshift(r456, axes=(0, 2)))
case("ifftshift_c12", "fft", ["ifftshift", "--x", C12], out=sfft.ifftshift(c12))
case("ifftshift_int32", "fft", ["ifftshift", "--x", INTS["int32"][1]], out=sfft.ifftshift(INTS["int32"][0]))

error("fft_no_x", "--x", ["fft"])
error("fft_missing_file", "no such file", ["fft", "--x", "@does_not_exist"])
error("fft_not_npy", "not a .npy file", ["fft", "--x", "@not_npy"])
error("fft_truncated", "truncated", ["fft", "--x", "@truncated"])
error("fft_object", "object", ["fft", "--x", "@object"])
error("fft_datetime", "datetime", ["fft", "--x", "@datetime"])
error("fft_lying_shape", "1000000000000", ["fft", "--x", "@lying_shape"])
error("fft_norm", "norm", ["fft", "--x", X16, "--norm", "sideways"])
error("fft_n_zero", "n", ["fft", "--x", X16, "--n", "0"])
error("fft_n_text", "--n", ["fft", "--x", X16, "--n", "ten"])
error("fft_axis", "axis", ["fft", "--x", X16, "--axis", "3"])
error("fftn_axes_text", "--axes", ["fftn", "--x", C45_V2, "--axes", "0,x"])
error("fftn_axes_repeated", "axes", ["fftn", "--x", C45_V2, "--axes", "0,0"])
error("fftfreq_n", "n", ["fftfreq", "--n", "0"])
error("unknown_option", "--nperseg", ["fft", "--x", X16, "--nperseg", "3"], group="cli")
error("unknown_command", "fourier", ["fourier"], group="cli")
error("unknown_backend", "nope", ["fft", "--x", X16, "--backend", "nope"], group="cli")
error("out_directory_missing", "out", ["fft", "--x", X16, "--out", "/nonexistent-dir/o.npz"], group="cli")
error("fft_empty", "invalid number of data points", ["fft", "--x", EMPTY])
error("fft_scalar", "out of bounds", ["fft", "--x", SCALAR])
error("rfft_complex", "real", ["rfft", "--x", C12])

# ---- scipy.signal -----------------------------------------------------------------------------------------
GROUP = "signal"
t = np.arange(600) / 100.0
sig1 = np.sin(2 * np.pi * 7.0 * t) + 0.5 * rng.standard_normal(600)
sig2 = np.cos(2 * np.pi * 7.0 * t + 0.3) + 0.5 * rng.standard_normal(600)
sig2d = rng.standard_normal((3, 300))
sigc = rng.standard_normal(256) + 1j * rng.standard_normal(256)
sigf = sig1.astype(np.float32)
win40 = ss.get_window(("tukey", 0.3), 40)
SIG1 = save("sig1", sig1)
SIG2 = save("sig2_be", sig2.astype(">f8"))
SIG2D_F = save("sig2d_f", np.asfortranarray(sig2d.T))          # (300, 3), Fortran order: analyse axis 0
SIGC = save("sigc", sigc)
SIGF = save("sigf", sigf)
SIGI = save("sigi", (sig1 * 100).astype(np.int16))
WIN40 = save("win40", win40)

def welch(name, args, rtol=1e-10, atol=1e-14, **kw):
    f, p = ss.welch(**kw)
    case(name, "signal", ["welch"] + args, rtol=rtol, atol=atol, f=f, pxx=p)

welch("welch_default", ["--x", SIG1], x=sig1)
welch("welch_fs_nperseg", ["--x", SIG1, "--fs", "100", "--nperseg", "128"], x=sig1, fs=100.0, nperseg=128)
welch("welch_kaiser_noverlap_nfft", ["--x", SIG1, "--window", "kaiser,8.0", "--nperseg", "100", "--noverlap", "30",
      "--nfft", "256"], x=sig1, window=("kaiser", 8.0), nperseg=100, noverlap=30, nfft=256)
welch("welch_linear_spectrum_median", ["--x", SIG1, "--detrend", "linear", "--scaling", "spectrum",
      "--average", "median", "--nperseg", "64"], x=sig1, detrend="linear", scaling="spectrum", average="median",
      nperseg=64)
welch("welch_nodetrend_twosided", ["--x", SIG1, "--detrend", "false", "--return-onesided", "false",
      "--nperseg", "50"], x=sig1, detrend=False, return_onesided=False, nperseg=50)
welch("welch_axis0_fortran", ["--x", SIG2D_F, "--axis", "0", "--nperseg", "64"], x=sig2d.T, axis=0, nperseg=64)
welch("welch_complex", ["--x", SIGC, "--nperseg", "64"], x=sigc, nperseg=64)
welch("welch_float32", ["--x", SIGF, "--nperseg", "64"], rtol=2e-5, atol=1e-9, x=sigf, nperseg=64)
welch("welch_int16", ["--x", SIGI, "--nperseg", "64"], x=(sig1 * 100).astype(np.int16), nperseg=64)
welch("welch_window_file", ["--x", SIG1, "--window", WIN40], x=sig1, window=win40)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)   # nperseg > len(x): SciPy (and xpsci) warn and use len(x)
    welch("welch_nperseg_too_long", ["--x", SIG1, "--nperseg", "1000"], x=sig1, nperseg=1000)
welch("welch_tukey_symmetric_name", ["--x", SIG1, "--window", "tukey,0.25", "--nperseg", "80"], x=sig1,
      window=("tukey", 0.25), nperseg=80)

f, p = ss.periodogram(sig1)
case("periodogram_default", "signal", ["periodogram", "--x", SIG1], rtol=1e-10, atol=1e-14, f=f, pxx=p)
f, p = ss.periodogram(sig1, fs=100.0, window="hann", nfft=700, detrend="linear", scaling="spectrum")
case("periodogram_options", "signal", ["periodogram", "--x", SIG1, "--fs", "100", "--window", "hann", "--nfft", "700",
     "--detrend", "linear", "--scaling", "spectrum"], rtol=1e-10, atol=1e-14, f=f, pxx=p)
f, p = ss.periodogram(sig2d.T, axis=0, return_onesided=False, detrend=False)
case("periodogram_axis0_twosided", "signal", ["periodogram", "--x", SIG2D_F, "--axis", "0", "--return-onesided",
     "false", "--detrend", "false"], rtol=1e-10, atol=1e-14, f=f, pxx=p)

f, pxy = ss.csd(sig1, sig2, fs=100.0, nperseg=128)
case("csd_fs_nperseg", "signal", ["csd", "--x", SIG1, "--y", SIG2, "--fs", "100", "--nperseg", "128"], rtol=1e-10,
     atol=1e-14, f=f, pxy=pxy)
f, pxy = ss.csd(sig1, sig2, window=("kaiser", 5.0), nperseg=64, average="median", scaling="spectrum")
case("csd_median_spectrum", "signal", ["csd", "--x", SIG1, "--y", SIG2, "--window", "kaiser,5", "--nperseg", "64",
     "--average", "median", "--scaling", "spectrum"], rtol=1e-10, atol=1e-14, f=f, pxy=pxy)
f, cxy = ss.coherence(sig1, sig2, fs=100.0, nperseg=128)
case("coherence_fs_nperseg", "signal", ["coherence", "--x", SIG1, "--y", SIG2, "--fs", "100", "--nperseg", "128"],
     rtol=1e-10, atol=1e-14, f=f, cxy=cxy)
f, cxy = ss.coherence(sig1, sig2, window="hamming", nperseg=100, noverlap=75, nfft=128, detrend="linear")
case("coherence_options", "signal", ["coherence", "--x", SIG1, "--y", SIG2, "--window", "hamming", "--nperseg", "100",
     "--noverlap", "75", "--nfft", "128", "--detrend", "linear"], rtol=1e-10, atol=1e-14, f=f, cxy=cxy)

for spec, nx, fftbins in [("hann", 16, True), ("hann", 15, False), ("kaiser,8.0", 21, False), ("tukey,0.25", 32, True),
                          ("blackman", 1, True), ("8.6", 10, True), ("exponential,None,3", 9, False),
                          ("general_gaussian,1.5,2", 12, True)]:
    parts = spec.split(",")
    if len(parts) == 1:
        w = float(parts[0]) if parts[0][0].isdigit() else parts[0]
    else:
        w = tuple([parts[0]] + [None if q == "None" else float(q) for q in parts[1:]])
    name = "get_window_" + spec.replace(",", "_").replace(".", "p") + f"_{nx}_{fftbins}"
    case(name, "signal", ["get-window", "--window", spec, "--nx", str(nx), "--fftbins", str(fftbins).lower()],
         w=ss.get_window(w, nx, fftbins=fftbins))

d3 = rng.standard_normal((4, 20)) + np.linspace(0, 3, 20)
D3 = save("d3", d3)
D3F = save("d3_f32_be", d3.astype(">f4"))
case("detrend_default", "signal", ["detrend", "--data", D3], out=ss.detrend(d3), atol=1e-12)
case("detrend_constant_axis0", "signal", ["detrend", "--data", D3, "--axis", "0", "--type", "constant"],
     out=ss.detrend(d3, axis=0, type="constant"), atol=1e-12)
case("detrend_float32", "signal", ["detrend", "--data", D3F], rtol=1e-5, atol=1e-5,
     out=ss.detrend(d3.astype(np.float32)))
case("detrend_int", "signal", ["detrend", "--data", INTS["int16"][1], "--type", "c"], atol=1e-12,
     out=ss.detrend(INTS["int16"][0], type="c"))

error("welch_nperseg_negative", "nperseg", ["welch", "--x", SIG1, "--nperseg", "-3"])
error("welch_noverlap_too_big", "noverlap", ["welch", "--x", SIG1, "--nperseg", "64", "--noverlap", "64"])
error("welch_warning_then_error", "noverlap", ["welch", "--x", SIG1, "--nperseg", "1000", "--noverlap", "800"])
error("welch_scaling", "scaling", ["welch", "--x", SIG1, "--scaling", "loud"])
error("welch_average", "average", ["welch", "--x", SIG1, "--average", "mode"])
error("welch_detrend", "detrend", ["welch", "--x", SIG1, "--detrend", "quadratic"])
error("welch_window_unknown", "window", ["welch", "--x", SIG1, "--window", "hannibal"])
error("welch_window_param", "window", ["welch", "--x", SIG1, "--window", "kaiser,beta"])
error("welch_onesided_bool", "--return-onesided", ["welch", "--x", SIG1, "--return-onesided", "yes"])
error("welch_axis", "axis", ["welch", "--x", SIG1, "--axis", "2"])
error("coherence_no_scaling_option", "--scaling", ["coherence", "--x", SIG1, "--y", SIG2, "--scaling", "density"])
error("csd_no_y", "--y", ["csd", "--x", SIG1])
error("get_window_nx", "Nx", ["get-window", "--window", "hann", "--nx", "0"])
error("get_window_no_param", "must have parameters", ["get-window", "--window", "kaiser", "--nx", "8"])
error("detrend_type", "type", ["detrend", "--data", D3, "--type", "cubic"])

# ---- scipy.stats ------------------------------------------------------------------------------------------
GROUP = "stats"
sa = rng.normal(0.0, 1.0, 40)
sb = rng.normal(0.5, 2.0, 55)
sa2 = rng.normal(0.0, 1.0, (30, 3))
sb2 = rng.normal(0.3, 1.5, (25, 3))
sp = sa + rng.normal(0.2, 0.5, 40)
snan = sa.copy()
snan[[3, 17]] = np.nan
SA = save("sa", sa)
SB = save("sb_be", sb.astype(">f8"))
SA2 = save("sa2_f", np.asfortranarray(sa2))
SB2 = save("sb2", sb2)
SP = save("sp", sp)
SNAN = save("snan", snan)
SAF = save("sa_f32", sa.astype(np.float32))
SAI = save("sa_i32", np.round(sa * 10).astype(np.int32))


def ttest(name, args, r, rtol=1e-10, atol=1e-14):
    case(name, "stats", args, rtol=rtol, atol=atol, statistic=r.statistic, pvalue=r.pvalue, df=r.df)


ttest("ttest_ind_default", ["ttest-ind", "--a", SA, "--b", SB], sst.ttest_ind(sa, sb))
ttest("ttest_ind_welch", ["ttest-ind", "--a", SA, "--b", SB, "--equal-var", "false"],
      sst.ttest_ind(sa, sb, equal_var=False))
ttest("ttest_ind_less", ["ttest-ind", "--a", SA, "--b", SB, "--alternative", "less"],
      sst.ttest_ind(sa, sb, alternative="less"))
ttest("ttest_ind_2d_axis0", ["ttest-ind", "--a", SA2, "--b", SB2, "--equal-var", "false", "--alternative", "greater"],
      sst.ttest_ind(sa2, sb2, equal_var=False, alternative="greater"))
ttest("ttest_ind_axis_none", ["ttest-ind", "--a", SA2, "--b", SB2, "--axis", "none"],
      sst.ttest_ind(sa2, sb2, axis=None))
ttest("ttest_ind_nan_omit", ["ttest-ind", "--a", SNAN, "--b", SB, "--nan-policy", "omit"],
      sst.ttest_ind(snan, sb, nan_policy="omit"))
ttest("ttest_ind_nan_propagate", ["ttest-ind", "--a", SNAN, "--b", SB], sst.ttest_ind(snan, sb))
ttest("ttest_1samp", ["ttest-1samp", "--a", SA, "--popmean", "0.25"], sst.ttest_1samp(sa, 0.25))
ttest("ttest_1samp_2d_greater", ["ttest-1samp", "--a", SA2, "--popmean", "-0.1", "--alternative", "greater"],
      sst.ttest_1samp(sa2, -0.1, alternative="greater"))
ttest("ttest_1samp_axis1", ["ttest-1samp", "--a", SA2, "--popmean", "0", "--axis", "1"],
      sst.ttest_1samp(sa2, 0.0, axis=1))
ttest("ttest_1samp_int32", ["ttest-1samp", "--a", SAI, "--popmean", "1.5"],
      sst.ttest_1samp(np.round(sa * 10).astype(np.int32), 1.5))
ttest("ttest_1samp_float32", ["ttest-1samp", "--a", SAF, "--popmean", "0.25"],
      sst.ttest_1samp(sa.astype(np.float32), 0.25), rtol=1e-5, atol=1e-6)
ttest("ttest_rel", ["ttest-rel", "--a", SA, "--b", SP], sst.ttest_rel(sa, sp))
ttest("ttest_rel_less", ["ttest-rel", "--a", SA, "--b", SP, "--alternative", "less"],
      sst.ttest_rel(sa, sp, alternative="less"))


def describe(name, args, r, rtol=1e-10, atol=1e-14):
    case(name, "stats", args, rtol=rtol, atol=atol, nobs=np.int64(r.nobs), min=r.minmax[0], max=r.minmax[1],
         mean=r.mean, variance=r.variance, skewness=r.skewness, kurtosis=r.kurtosis)


describe("describe_1d", ["describe", "--a", SA], sst.describe(sa))
describe("describe_2d_ddof0", ["describe", "--a", SA2, "--ddof", "0"], sst.describe(sa2, ddof=0))
describe("describe_axis1_unbiased", ["describe", "--a", SA2, "--axis", "1", "--bias", "false"],
         sst.describe(sa2, axis=1, bias=False))
describe("describe_axis_none", ["describe", "--a", SA2, "--axis", "none"], sst.describe(sa2, axis=None))
describe("describe_int32", ["describe", "--a", SAI], sst.describe(np.round(sa * 10).astype(np.int32)))

error("ttest_alternative", "alternative", ["ttest-ind", "--a", SA, "--b", SB, "--alternative", "bigger"])
error("ttest_nan_policy", "nan_policy", ["ttest-ind", "--a", SA, "--b", SB, "--nan-policy", "ignore"])
error("ttest_nan_raise", "NaN", ["ttest-ind", "--a", SNAN, "--b", SB, "--nan-policy", "raise"])
error("ttest_equal_var_bool", "--equal-var", ["ttest-ind", "--a", SA, "--b", SB, "--equal-var", "maybe"])
error("ttest_axis_text", "axis", ["ttest-ind", "--a", SA, "--b", SB, "--axis", "rows"])
error("ttest_axis_range", "axis", ["ttest-ind", "--a", SA, "--b", SB, "--axis", "1"])
error("ttest_1samp_no_popmean", "--popmean", ["ttest-1samp", "--a", SA])
error("ttest_rel_shapes", "incompatible", ["ttest-rel", "--a", SA, "--b", SB])

# ---- scipy.cluster.vq -------------------------------------------------------------------------------------
GROUP = "cluster"
centers = np.array([[0.0, 0.0, 0.0], [5.0, 5.0, 0.0], [0.0, 6.0, 6.0]])
obs = np.concatenate([c + rng.normal(0, 0.6, (40, 3)) for c in centers])
obs = obs[rng.permutation(len(obs))]
book = centers + rng.normal(0, 0.3, centers.shape)
obs1 = obs[:, 0].copy()
OBS = save("obs", obs)
OBS_F = save("obs_f_be", np.asfortranarray(obs).astype(">f8"))
OBS32 = save("obs_f32", obs.astype(np.float32))
OBS1 = save("obs1", obs1)
BOOK = save("book", book)
BOOK32 = save("book_f32", book.astype(np.float32))
BOOK1 = save("book1", book[:, 0].copy())
OBSI = save("obs_i64", np.round(obs * 3).astype(np.int64))
BOOKI = save("book_i64", np.round(book * 3).astype(np.int64))

case("whiten", "cluster", ["whiten", "--obs", OBS], out=svq.whiten(obs))
case("whiten_fortran", "cluster", ["whiten", "--obs", OBS_F], out=svq.whiten(obs))
case("whiten_float32", "cluster", ["whiten", "--obs", OBS32], rtol=1e-5, atol=1e-6,
     out=svq.whiten(obs.astype(np.float32)))
code, dist = svq.vq(obs, book)
case("vq", "cluster", ["vq", "--obs", OBS_F, "--code-book", BOOK], code=code, dist=dist)
code, dist = svq.vq(obs.astype(np.float32), book.astype(np.float32))
case("vq_float32", "cluster", ["vq", "--obs", OBS32, "--code-book", BOOK32], rtol=1e-5, atol=1e-5, code=code, dist=dist)
code, dist = svq.vq(obs1, book[:, 0].copy())
case("vq_1d", "cluster", ["vq", "--obs", OBS1, "--code-book", BOOK1], code=code, dist=dist)
code, dist = svq.vq(np.round(obs * 3).astype(np.int64), np.round(book * 3).astype(np.int64))
case("vq_int64", "cluster", ["vq", "--obs", OBSI, "--code-book", BOOKI], code=code, dist=dist)
c, lab = svq.kmeans2(obs, book.copy(), minit="matrix")
case("kmeans2_matrix", "cluster", ["kmeans2", "--data", OBS, "--init", BOOK], centroids=c, labels=lab)
c, lab = svq.kmeans2(obs, book.copy(), minit="matrix", iter=1)
case("kmeans2_matrix_iter1", "cluster", ["kmeans2", "--data", OBS_F, "--init", BOOK, "--minit", "matrix",
     "--iter", "1"], centroids=c, labels=lab)
c, lab = svq.kmeans2(obs.astype(np.float32), book.astype(np.float32), minit="matrix")
case("kmeans2_matrix_float32", "cluster", ["kmeans2", "--data", OBS32, "--init", BOOK32], rtol=1e-5, atol=1e-5,
     centroids=c, labels=lab)
c, lab = svq.kmeans2(obs1, book[:, 0].copy(), minit="matrix")
case("kmeans2_matrix_1d", "cluster", ["kmeans2", "--data", OBS1, "--init", BOOK1], centroids=c, labels=lab)
# Random initialisations draw from xpsci's generator, not NumPy's. On blobs 40 standard deviations apart,
# k-means++ puts one start in each blob (the chance of two in one is about 1e-4), and every such start ends at
# the blobs' means; clusters are compared in lexicographic order of their centroids (the test sorts xpsci's the
# same way and relabels).
blobs = np.concatenate([10 * c + rng.normal(0, 1.0, (30, 3)) for c in centers])
blobs = blobs[rng.permutation(len(blobs))]
BLOBS = save("blobs", blobs)
c, lab = svq.kmeans2(blobs, 3, minit="++", seed=1)
order = np.lexsort(c.T[::-1])
case("kmeans2_k3_plusplus", "cluster", ["kmeans2", "--data", BLOBS, "--k", "3", "--minit", "k-means++", "--seed", "7"],
     rtol=1e-10, atol=1e-12, centroids=c[order], labels=np.argsort(order).astype(lab.dtype)[lab])

error("vq_features", "same number of dimensions", ["vq", "--obs", OBS, "--code-book", BOOK1])
error("kmeans2_k_and_init", "exactly one of --k", ["kmeans2", "--data", OBS, "--k", "3", "--init", BOOK])
error("kmeans2_neither", "exactly one of --k", ["kmeans2", "--data", OBS])
error("kmeans2_minit", "minit", ["kmeans2", "--data", OBS, "--k", "3", "--minit", "best"])
error("kmeans2_missing", "missing", ["kmeans2", "--data", OBS, "--k", "3", "--missing", "ignore"])
error("kmeans2_k0", "0 clusters", ["kmeans2", "--data", OBS, "--k", "0"])
error("kmeans2_iter0", "iter", ["kmeans2", "--data", OBS, "--k", "3", "--iter", "0"])
# an initial centroid far from every point: its cluster is empty at once
far = book.copy()
far[2] = [100.0, 100.0, 100.0]
FAR = save("book_far", far)
error("kmeans2_empty_cluster_raise", "clusters is empty", ["kmeans2", "--data", OBS, "--init", FAR, "--missing", "raise"])

# ---- scipy.linalg -----------------------------------------------------------------------------------------
GROUP = "linalg"
n5 = 5
ga = rng.standard_normal((n5, n5)) + n5 * np.eye(n5)
gb = rng.standard_normal((n5, 2))
gb1 = rng.standard_normal(n5)
sym = rng.standard_normal((n5, n5))
sym = sym + sym.T
spd = sym @ sym.T + n5 * np.eye(n5)
ca = ga + 1j * rng.standard_normal((n5, n5))
herm = ca @ ca.conj().T + np.eye(n5)
rect = rng.standard_normal((7, 4))
rb = rng.standard_normal((7, 2))
stack = rng.standard_normal((2, 3, 3)) + 3 * np.eye(3)
GA = save("ga", ga)
GA_F = save("ga_f_be", np.asfortranarray(ga).astype(">f8"))
GB = save("gb", gb)
GB1 = save("gb1", gb1)
SYM = save("sym", sym)
SPD = save("spd", spd)
CA = save("ca", ca)
HERM = save("herm", herm)
RECT = save("rect", rect)
RB = save("rb", rb)
STACK = save("stack", stack)
GA32 = save("ga_f32", ga.astype(np.float32))
SING = save("singular", np.array([[1.0, 2.0], [2.0, 4.0]]))
NSQ = save("nonsquare", rect[:3])
NOTPD = save("not_pd", np.array([[1.0, 2.0], [2.0, 1.0]]))

case("solve_gen", "linalg", ["solve", "--a", GA, "--b", GB], x=sla.solve(ga, gb))
case("solve_gen_fortran_1d", "linalg", ["solve", "--a", GA_F, "--b", GB1], x=sla.solve(ga, gb1))
case("solve_sym", "linalg", ["solve", "--a", SYM, "--b", GB, "--assume-a", "sym"], x=sla.solve(sym, gb, assume_a="sym"))
case("solve_pos", "linalg", ["solve", "--a", SPD, "--b", GB, "--assume-a", "pos"], x=sla.solve(spd, gb, assume_a="pos"))
case("solve_complex", "linalg", ["solve", "--a", CA, "--b", GB], x=sla.solve(ca, gb))
case("solve_float32", "linalg", ["solve", "--a", GA32, "--b", GB1], rtol=1e-5, atol=1e-6,
     x=sla.solve(ga.astype(np.float32), gb1))
case("inv", "linalg", ["inv", "--a", GA], out=sla.inv(ga))
case("inv_complex", "linalg", ["inv", "--a", CA], out=sla.inv(ca))
case("inv_stack", "linalg", ["inv", "--a", STACK], out=sla.inv(stack))
case("det", "linalg", ["det", "--a", GA_F], out=sla.det(ga))
case("det_stack", "linalg", ["det", "--a", STACK], out=sla.det(stack))
case("det_complex", "linalg", ["det", "--a", CA], out=sla.det(ca))
case("cholesky_upper", "linalg", ["cholesky", "--a", SPD], out=sla.cholesky(spd))
case("cholesky_lower", "linalg", ["cholesky", "--a", SPD, "--lower", "true"], out=sla.cholesky(spd, lower=True))
case("cholesky_hermitian", "linalg", ["cholesky", "--a", HERM], out=sla.cholesky(herm))
u, sv, vh = sla.svd(rect)
case("svd_full", "linalg", ["svd", "--a", RECT], u=u, s=sv, vh=vh)
u, sv, vh = sla.svd(rect, full_matrices=False)
case("svd_economic", "linalg", ["svd", "--a", RECT, "--full-matrices", "false"], u=u, s=sv, vh=vh)
u, sv, vh = sla.svd(ca)
case("svd_complex", "linalg", ["svd", "--a", CA], u=u, s=sv, vh=vh)
w, v = sla.eigh(sym)
case("eigh", "linalg", ["eigh", "--a", SYM], w=w, v=v)
w, v = sla.eigh(herm)
case("eigh_hermitian", "linalg", ["eigh", "--a", HERM], w=w, v=v)
q, r = sla.qr(rect)
case("qr_full", "linalg", ["qr", "--a", RECT], q=q, r=r)
q, r = sla.qr(rect, mode="economic")
case("qr_economic", "linalg", ["qr", "--a", RECT, "--mode", "economic"], q=q, r=r)
(r,) = sla.qr(rect, mode="r")
case("qr_r", "linalg", ["qr", "--a", RECT, "--mode", "r"], r=r)
x, res, rank, sv = sla.lstsq(rect, rb)
case("lstsq", "linalg", ["lstsq", "--a", RECT, "--b", RB], x=x, residues=res, rank=np.int64(rank), s=sv)
x, res, rank, sv = sla.lstsq(ga, gb1)
case("lstsq_square_1d", "linalg", ["lstsq", "--a", GA, "--b", GB1], x=x, residues=res, rank=np.int64(rank), s=sv)

error("solve_singular", "singular", ["solve", "--a", SING, "--b", "@gb_2"])
error("solve_nonsquare", "square", ["solve", "--a", NSQ, "--b", GB])
error("solve_assume_a", "assume_a", ["solve", "--a", GA, "--b", GB, "--assume-a", "lopsided"])
error("solve_shapes", "incompatible shapes", ["solve", "--a", GA, "--b", RB])
error("inv_singular", "singular", ["inv", "--a", SING])
error("cholesky_not_pd", "positive definite", ["cholesky", "--a", NOTPD])
error("qr_mode", "Mode", ["qr", "--a", RECT, "--mode", "thin"])
error("svd_bool", "--full-matrices", ["svd", "--a", RECT, "--full-matrices", "yes"])
save("gb_2", rng.standard_normal(2))

with open(os.path.join(RES, "cases.tsv"), "w") as f:
    f.write("\n".join(cases) + "\n")
with open(os.path.join(RES, "errors.tsv"), "w") as f:
    f.write("\n".join(errors) + "\n")
fixturelib.save(__file__, "cli", **expected)
