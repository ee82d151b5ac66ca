"""Sample .npy/.npz files written by NumPy, and hand-corrupted ones, for NpyTest.

Files go to src/test/resources/npy/. The fixture npy.npz holds, for every sample <name>.npy, the expected
array expect_<name> (C order, little-endian), and for the archives expect_<archive>__<member>.
"""
import io
import os
import struct

import numpy as np

import fixturelib

here = os.path.dirname(os.path.abspath(__file__))
out_dir = os.path.join(os.path.dirname(os.path.dirname(here)), "test", "resources", "npy")
os.makedirs(out_dir, exist_ok=True)
for f in os.listdir(out_dir):
    os.remove(os.path.join(out_dir, f))

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def sample(dtype, shape=(2, 3, 4)):
    n = int(np.prod(shape))
    k = np.arange(n)
    if dtype == "bool":
        v = k % 3 == 0
    elif dtype.startswith("uint"):
        top = int(np.iinfo(dtype).max)
        v = np.array([(int(i) * 37 + top - 100) % (top + 1) for i in k], dtype=dtype)
    elif dtype.startswith("int"):
        v = (k * 11 - 50 + np.iinfo(dtype).min // 2 + 60).astype(dtype)
    elif dtype.startswith("float"):
        v = ((k - 7.5) / 4 * 10.0 ** (k % 5 - 2)).astype(dtype)
    else:
        v = ((k - 3) / 2 - 1j * k ** 1.5).astype(dtype)
    return v.reshape(shape)


expect = {}


def save(name, arr, writer=np.save, **kw):
    path = os.path.join(out_dir, name + ".npy")
    with open(path, "wb") as f:
        if writer is np.save:
            np.save(f, arr, **kw)
        else:
            writer(f, arr, **kw)
    expect["expect_" + name] = arr.astype(arr.dtype.newbyteorder("="), order="C")


for d in DTYPES:
    save("v1_" + d, sample(d))
save("v1_0d", np.array(2.5))
save("v1_empty", np.zeros((0, 3), dtype=np.int16))
save("v1_1d", sample("float64", (7,)))
for d in ["int16", "int32", "uint64", "float32", "float64", "complex64", "complex128"]:
    save("big_" + d, sample(d).astype(np.dtype(d).newbyteorder(">")))
save("fortran_f8", np.asfortranarray(sample("float64", (3, 5))))
save("fortran_c8_3d", np.asfortranarray(sample("complex64", (2, 3, 4))))
save("fortran_big_i4", np.asfortranarray(sample("int32", (4, 2)).astype(">i4")))
save("fortran_1d", np.asfortranarray(sample("uint8", (5,))))
save("v2_f8", sample("float64"), np.lib.format.write_array, version=(2, 0))
save("v3_c16", sample("complex128"), np.lib.format.write_array, version=(3, 0))
save("v2_big_fortran_u2", np.asfortranarray(sample("uint16", (3, 4)).astype(">u2")), np.lib.format.write_array,
     version=(2, 0))

members = {"a": sample("float32"), "b": sample("int64", (5,)), "flag": np.array(True), "z": sample("complex128", (2, 2))}
for archive, writer in (("stored", np.savez), ("deflated", np.savez_compressed)):
    writer(os.path.join(out_dir, archive + ".npz"), **members)
    for k, v in members.items():
        expect[f"expect_{archive}__{k}"] = v
np.savez(os.path.join(out_dir, "empty_archive.npz"))


# ---- unsupported dtypes, written by NumPy
def raw(name, data):
    with open(os.path.join(out_dir, name), "wb") as f:
        f.write(data)


buf = io.BytesIO()
np.save(buf, np.array([1, "a", None], dtype=object), allow_pickle=True)
raw("object.npy", buf.getvalue())
np.save(os.path.join(out_dir, "float16.npy"), np.ones(3, dtype=np.float16))
np.save(os.path.join(out_dir, "datetime.npy"), np.array(["2020-01-01"], dtype="M8[D]"))
np.save(os.path.join(out_dir, "structured.npy"), np.zeros(2, dtype=[("a", "<i4"), ("b", "<f8")]))
np.save(os.path.join(out_dir, "unicode.npy"), np.array(["ab", "c"]))


# ---- hand-corrupted files
def header(d, version=(1, 0), length=None):
    h = d.encode("latin1")
    total = 6 + 2 + (2 if version[0] == 1 else 4) + len(h) + 1
    h = h + b" " * (64 - total % 64) + b"\n"
    n = len(h) if length is None else length
    size = struct.pack("<H", n) if version[0] == 1 else struct.pack("<I", n)
    return b"\x93NUMPY" + bytes(version) + size + h


good = {"descr": "<f8", "fortran_order": False, "shape": (3,)}
hdr = lambda **kw: "{" + ", ".join(f"'{k}': {v!r}" for k, v in {**good, **kw}.items()) + ", }"
data3 = np.arange(3.0).tobytes()
raw("bad_magic.npy", b"\x93NUMPX" + header(hdr())[6:] + data3)
raw("bad_version.npy", b"\x93NUMPY\x04\x00" + header(hdr())[8:] + data3)
raw("truncated_prefix.npy", b"\x93NUMPY\x01")
raw("truncated_header.npy", header(hdr())[:30])
raw("header_longer_than_file.npy", header(hdr(), length=5000) + data3)
raw("truncated_data.npy", header(hdr(shape=(10,))) + data3)
raw("huge_shape.npy", header(hdr(shape=(100000, 100000, 100000))) + data3)
raw("lying_shape.npy", header(hdr(shape=(1000000000,))) + data3)
raw("not_a_dict.npy", header("['descr', '<f8']") + data3)
raw("missing_shape.npy", header("{'descr': '<f8', 'fortran_order': False, }") + data3)
raw("bad_fortran.npy", header(hdr(fortran_order="Maybe").replace("'Maybe'", "Maybe")) + data3)
raw("negative_shape.npy", header(hdr(shape=(3, -1))) + data3)
raw("garbage_shape.npy", header(hdr().replace("(3,)", "(three,)")) + data3)
raw("not_a_zip.npz", b"PK this is not really a zip archive" * 3)
raw("plain_text.npz", b"hello, not an archive at all")
# an archive whose member header lies about its shape (1e9 float64 = 8 GB): must fail, never allocate
import zipfile
with zipfile.ZipFile(os.path.join(out_dir, "lying_member.npz"), "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("x.npy", header(hdr(shape=(1000000000,))) + data3)

fixturelib.save(__file__, "npy", **expect)
