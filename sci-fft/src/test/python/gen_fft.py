"""Reference values for sci-fft (scipy.fft): the standard transforms, DCT/DST of every type, norm and
orthogonalize setting, the fast Hankel transform, frequencies and fast lengths.

Complex input to the DCT/DST family with an explicit orthogonalize that differs from the norm's default is
stored as transform(re) + 1j*transform(im): sci-fft honours orthogonalize there, while SciPy 1.17 drops it for
complex input (its _r2r does not pass it on); with the default both agree, and that case is taken from SciPy.
"""
import warnings

import numpy as np
import scipy.fft as sf

import fixturelib

rng = fixturelib.rng()
out = {}

x8 = rng.standard_normal(8)
x7 = rng.standard_normal(7)
c6 = rng.standard_normal(6) + 1j * rng.standard_normal(6)
r34 = rng.standard_normal((3, 4))
r345 = rng.standard_normal((3, 4, 5))
c345 = rng.standard_normal((3, 4, 5)) + 1j * rng.standard_normal((3, 4, 5))
f8 = rng.standard_normal(8).astype(np.float32)
c5f = (rng.standard_normal(5) + 1j * rng.standard_normal(5)).astype(np.complex64)
i6 = np.array([4, -2, 7, 0, 1, -3], dtype=np.int32)
b5 = np.array([True, False, False, True, True])
out.update(x8=x8, x7=x7, c6=c6, r34=r34, r345=r345, c345=c345, f8=f8, c5f=c5f, i6=i6, b5=b5)

# ---- standard transforms ----------------------------------------------------------------------------
for norm in ("backward", "ortho", "forward"):
    out[f"fft_c6_{norm}"] = sf.fft(c6, norm=norm)
    out[f"ifft_c6_{norm}"] = sf.ifft(c6, norm=norm)
    out[f"rfft_x7_{norm}"] = sf.rfft(x7, norm=norm)
    out[f"irfft_c6_{norm}"] = sf.irfft(c6, norm=norm)
    out[f"hfft_c6_{norm}"] = sf.hfft(c6, norm=norm)
    out[f"ihfft_x8_{norm}"] = sf.ihfft(x8, norm=norm)
    out[f"fftn_c345_{norm}"] = sf.fftn(c345, norm=norm)
    out[f"hfftn_c345_{norm}"] = sf.hfftn(c345, norm=norm)
    out[f"ihfftn_r345_{norm}"] = sf.ihfftn(r345, norm=norm)
out["fft_x7"] = sf.fft(x7)
out["fft_x7_n10"] = sf.fft(x7, n=10)
out["irfft_c6_n7"] = sf.irfft(c6, n=7)
out["fft_r34_axis0"] = sf.fft(r34, axis=0)
out["ifftn_c345_s"] = sf.ifftn(c345, s=(2, 6), axes=(0, 2))
out["rfftn_r345"] = sf.rfftn(r345)
out["rfftn_r345_axes"] = sf.rfftn(r345, s=(5, 4), axes=(2, 1))
out["irfftn_c345"] = sf.irfftn(c345)
out["irfftn_c345_s"] = sf.irfftn(c345, s=(3, 7), axes=(0, 1))
out["fft2_r345"] = sf.fft2(r345)
out["ifft2_c345"] = sf.ifft2(c345, norm="ortho")
out["rfft2_r345"] = sf.rfft2(r345)
out["irfft2_c345"] = sf.irfft2(c345)
out["hfft2_c345"] = sf.hfft2(c345)
out["ihfft2_r345"] = sf.ihfft2(r345)
out["fft2_r345_axes01"] = sf.fft2(r345, s=(2, 5), axes=(0, 1))
out["hfftn_r345"] = sf.hfftn(r345)
out["fft_f8"] = sf.fft(f8)
out["rfft_f8"] = sf.rfft(f8)
out["irfft_c5f"] = sf.irfft(c5f)
out["ifft_c5f"] = sf.ifft(c5f)
out["fftn_f8"] = sf.fftn(f8.reshape(2, 4))
out["fft_i6"] = sf.fft(i6)
out["rfft_i6"] = sf.rfft(i6)
out["irfft_i6"] = sf.irfft(i6)
out["fft_b5"] = sf.fft(b5)
out["fftfreq_8_01"] = sf.fftfreq(8, 0.1)
out["fftfreq_7"] = sf.fftfreq(7)
out["rfftfreq_9_2"] = sf.rfftfreq(9, 2.0)
out["fftshift_r34"] = sf.fftshift(r34)
out["ifftshift_r345_axis1"] = sf.ifftshift(r345, axes=1)
out["fftshift_i6"] = sf.fftshift(i6)

# ---- DCT / DST ----------------------------------------------------------------------------------------
FUNCS = {"dct": sf.dct, "idct": sf.idct, "dst": sf.dst, "idst": sf.idst}
NFUNCS = {"dctn": sf.dctn, "idctn": sf.idctn, "dstn": sf.dstn, "idstn": sf.idstn}
# norm and orthogonalize settings, in the order the tests index them
SETTINGS = [("backward", None), ("ortho", None), ("forward", None), ("backward", True), ("ortho", False)]
TYPES = (1, 2, 3, 4)


def parts(f, x, **kw):
    """sci-fft's semantics for complex input: real and imaginary parts with the same options."""
    return f(x.real, **kw) + 1j * f(x.imag, **kw)


def per_type(fn):
    """Stacks fn(t) over the four types; NaN where the transform is undefined (DCT-I of one point)."""
    rows = []
    for t in TYPES:
        try:
            rows.append(np.asarray(fn(t)))
        except RuntimeError:
            rows.append(None)
    like = next(r for r in rows if r is not None)
    return np.stack([np.full_like(like, np.nan) if r is None else r for r in rows])


for name, f in FUNCS.items():
    for size, x in (("x8", x8), ("x7", x7)):
        out[f"{name}_{size}"] = per_type(lambda t: [f(x, type=t, norm=nm, orthogonalize=o) for nm, o in SETTINGS])
    out[f"{name}_c6"] = per_type(lambda t: [f(c6, type=t), f(c6, type=t, norm="ortho"),
                                            parts(f, c6, type=t, orthogonalize=True)])
    out[f"{name}_f8"] = per_type(lambda t: f(f8, type=t, norm="ortho"))
    out[f"{name}_i6"] = per_type(lambda t: f(i6, type=t))
    out[f"{name}_x8_n5"] = per_type(lambda t: f(x8, type=t, n=5))
    out[f"{name}_x7_n11"] = per_type(lambda t: f(x7, type=t, n=11, norm="ortho"))
    out[f"{name}_r34_axis0"] = per_type(lambda t: f(r34, type=t, axis=0))
    out[f"{name}_n1"] = per_type(lambda t: f(x8[:1], type=t, norm="ortho"))
    out[f"{name}_n2"] = per_type(lambda t: f(x8[:2], type=t))
r234 = rng.standard_normal((2, 3, 4))
c234 = rng.standard_normal((2, 3, 4)) + 1j * rng.standard_normal((2, 3, 4))
out.update(r234=r234, c234=c234)
for name, f in NFUNCS.items():
    out[f"{name}_r234"] = per_type(lambda t: f(r234, type=t))
    out[f"{name}_r234_ortho"] = per_type(lambda t: f(r234, type=t, norm="ortho"))
    out[f"{name}_r234_s"] = per_type(lambda t: f(r234, type=t, s=(3, 5), axes=(2, 0)))
    out[f"{name}_c234"] = per_type(lambda t: f(c234, type=t, axes=(0, 1)))
out["dctn2_f234"] = sf.dctn(r234.astype(np.float32), norm="ortho")

# ---- fast Hankel transform -------------------------------------------------------------------------
a16 = rng.standard_normal(16)
a15 = rng.standard_normal(15)
a2x9 = rng.standard_normal((2, 9))
out.update(a16=a16, a15=a15, a2x9=a2x9)
# fht/ifht parameter sets (dln, mu, offset, bias), in the order the tests index them
FHT = [(0.1, 0.0, 0.0, 0.0), (0.05, 0.5, 0.3, 0.0), (0.1, 2.0, -0.2, 0.7), (0.2, -0.5, 0.0, -0.4),
       (0.01, 1.0, 0.1, 0.0)]
out["fht_params"] = np.array(FHT)
for tag, a in (("a16", a16), ("a15", a15), ("a2x9", a2x9)):
    out[f"fht_{tag}"] = np.stack([sf.fht(a, *p) for p in FHT])
out["ifht_a16"] = np.stack([sf.ifht(a16, *p) for p in FHT])
out["fht_f16"] = sf.fht(a16.astype(np.float32), 0.1, 0.5)
out["fht_f16_bias"] = sf.fht(a16.astype(np.float32), 0.1, 0.5, bias=0.3).astype(np.float32)
out["fht_i6"] = sf.fht(i6, 0.1, 0.5)
out["fht_a1"] = sf.fht(a16[:1], 0.1, 0.5)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    out["fht_singular"] = sf.fht(a16, 0.1, -1.0, bias=-2.0)      # pole of the coefficients: u[0] -> 0
    out["ifht_singular"] = sf.ifht(a16, 0.1, -1.0, bias=2.0)     # zero coefficient: u[0] -> inf
    out["fht_poles"] = sf.fht(a16, 0.1, -2.0, bias=1.0)          # both gammas at poles: poch limit
    out["fht_mu_m1"] = sf.fht(a16, 0.1, -1.0)                    # xp = xm = 0
offsets = [(0.1, 2.0, 0.5, 0.0), (0.05, 0.0, 0.0, 0.0), (0.2, -0.5, 1.0, 0.3), (0.01, 1.5, -0.3, -0.2),
           (0.3, 3.0, 0.0, 1.0)]
out["fhtoffset_args"] = np.array(offsets)
out["fhtoffset_values"] = np.array([sf.fhtoffset(*o) for o in offsets])

# ---- fast lengths --------------------------------------------------------------------------------
targets = np.array([0, 1, 2, 7, 13, 97, 1009, 10007, 65537, 123456789, 2**40 + 1], dtype=np.int64)
out["fastlen_targets"] = targets
out["next_fast_len"] = np.array([sf.next_fast_len(int(t)) for t in targets], dtype=np.int64)
out["next_fast_len_real"] = np.array([sf.next_fast_len(int(t), True) for t in targets], dtype=np.int64)
out["prev_fast_len"] = np.array([sf.prev_fast_len(int(t)) for t in targets], dtype=np.int64)
out["prev_fast_len_real"] = np.array([sf.prev_fast_len(int(t), True) for t in targets], dtype=np.int64)

fixturelib.save(__file__, "fft", **out)
