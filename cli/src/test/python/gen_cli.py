"""Inputs and SciPy's expected outputs for the tests of the xpsci command (cli module).

Writes
  src/test/resources/cli/inputs/<name>.npy  input arrays, in the .npy flavours the contract accepts (format
                                            1.0/2.0/3.0, little- and big-endian, C and Fortran order, every dtype)
                                            and a few broken files for the bad-input cases
  src/test/resources/cli/cases.tsv          one command per line: case, group, rtol, atol, arguments...
                                            (an argument "@name" stands for inputs/name.npy)
  src/test/resources/cli/errors.tsv         bad-input commands: case, a fragment the error line must contain,
                                            arguments...
  src/test/resources/fixtures/cli.npz       SciPy's outputs, named "<case>.<output>" (through fixturelib)

The Java tests run every case of their group with --out and compare each archive member with the fixture.
Run with tools/gen-fixtures.sh cli.
"""
import os

import numpy as np
import scipy.fft as sfft

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


def error(name, fragment, args):
    """A command that must fail with exit 2 and one 'error:' line containing fragment."""
    errors.append("\t".join([name, fragment] + [str(a) for a in args]))


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
error("unknown_option", "--nperseg", ["fft", "--x", X16, "--nperseg", "3"])
error("unknown_command", "fourier", ["fourier"])
error("unknown_backend", "nope", ["fft", "--x", X16, "--backend", "nope"])
error("out_directory_missing", "out", ["fft", "--x", X16, "--out", "/nonexistent-dir/o.npz"])
error("fft_empty", "invalid number of data points", ["fft", "--x", EMPTY])
error("fft_scalar", "out of bounds", ["fft", "--x", SCALAR])
error("rfft_complex", "real", ["rfft", "--x", C12])

with open(os.path.join(RES, "cases.tsv"), "w") as f:
    f.write("\n".join(cases) + "\n")
with open(os.path.join(RES, "errors.tsv"), "w") as f:
    f.write("\n".join(errors) + "\n")
fixturelib.save(__file__, "cli", **expected)
