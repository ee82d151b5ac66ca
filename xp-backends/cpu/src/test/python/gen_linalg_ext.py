"""Reference values for the cpu backend's matmul/tensordot/vecdot and its linalg extension (NumPy 2.4).

Inputs are drawn from fixturelib.rng(); every array a test reads is stored, inputs included. Large products are
checked on a sub-grid of the result (every 7th row, every 11th column) to keep the fixture small.
"""
import numpy as np

import fixturelib

rng = fixturelib.rng()
out = {}


def real(*shape):
    return rng.standard_normal(shape)


def cplx(*shape):
    return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)


def spd(n, batch=(), dtype=np.float64):
    a = cplx(*batch, n, n) if np.issubdtype(dtype, np.complexfloating) else real(*batch, n, n)
    return (a @ np.conj(np.swapaxes(a, -1, -2)) + n * np.eye(n)).astype(dtype)


# ---- matmul, tensordot, vecdot -------------------------------------------------------------------------
out["mm_a"] = real(3, 4)
out["mm_b"] = real(4, 5)
out["mm_ab"] = out["mm_a"] @ out["mm_b"]
out["mm_ba"] = real(2, 1, 3, 4)
out["mm_bb"] = real(3, 4, 2)
out["mm_bab"] = out["mm_ba"] @ out["mm_bb"]
out["mm_v"] = real(4)
out["mm_vb"] = out["mm_v"] @ out["mm_b"]
out["mm_av"] = out["mm_a"] @ out["mm_v"]
out["mm_vv"] = np.asarray(out["mm_v"] @ out["mm_v"])
out["mm_ia"] = rng.integers(-5, 6, (3, 4)).astype(np.int32)
out["mm_ib"] = rng.integers(-5, 6, (4, 2)).astype(np.int32)
out["mm_iab"] = out["mm_ia"] @ out["mm_ib"]
out["mm_u8a"] = rng.integers(0, 200, (2, 3)).astype(np.uint8)
out["mm_u8ab"] = out["mm_u8a"] @ out["mm_u8a"].T
out["mm_boola"] = rng.integers(0, 2, (3, 3)).astype(bool)
out["mm_boolab"] = out["mm_boola"] @ out["mm_boola"]
out["mm_ca"] = cplx(3, 4)
out["mm_cb"] = cplx(4, 2)
out["mm_cab"] = out["mm_ca"] @ out["mm_cb"]
out["mm_c64ab"] = out["mm_ca"].astype(np.complex64) @ out["mm_cb"].astype(np.complex64)
out["mm_f32ab"] = out["mm_a"].astype(np.float32) @ out["mm_b"].astype(np.float32)
# packed GEMM paths: several k slabs, several row blocks and panels, a transposed operand. The inputs follow a
# formula the tests rebuild (pattern(rows, cols, seed)), so only a sub-grid of each product is stored.
def pattern(rows, cols, seed):
    i = np.arange(rows)[:, None]
    j = np.arange(cols)[None, :]
    return ((i * 31 + j * 17 + seed * 7) % 23 - 11) / 4.0


big_at = pattern(300, 130, 1)   # used transposed: (130, 300)
big_b = pattern(300, 270, 2)
out["mm_big_ab_sub"] = (big_at.T @ big_b)[::7, ::11]
out["mm_big_f32_ab_sub"] = (big_at.T.astype(np.float32) @ big_b.astype(np.float32))[::7, ::11]
big_ca = pattern(90, 70, 3) + 1j * pattern(90, 70, 4)
big_cb = pattern(70, 110, 5) - 1j * pattern(70, 110, 6)
out["mm_big_cab_sub"] = (big_ca @ big_cb)[::7, ::11]
# many small matrices (batch split over the pool)
out["mm_many_a"] = real(40, 3, 5)
out["mm_many_b"] = real(5, 4)
out["mm_many_ab"] = out["mm_many_a"] @ out["mm_many_b"]

out["td_a"] = real(3, 4, 5)
out["td_b"] = real(4, 5, 2)
out["td_ab"] = np.tensordot(out["td_a"], out["td_b"], axes=([1, 2], [0, 1]))
out["td_c"] = real(5, 3)
out["td_ac1"] = np.tensordot(out["td_a"], out["td_c"], axes=1)
out["td_outer"] = np.tensordot(out["mm_v"], out["mm_v"], axes=0)

out["vd_a"] = cplx(2, 3)
out["vd_b"] = cplx(4, 1, 3)
out["vd_ab"] = np.vecdot(out["vd_a"], out["vd_b"])
out["vd_ra"] = real(3, 5)
out["vd_rb"] = real(3, 5)
out["vd_rab0"] = np.vecdot(out["vd_ra"], out["vd_rb"], axis=0)

# ---- the linalg extension ---------------------------------------------------------------------------------
for name, dt in [("f64", np.float64), ("f32", np.float32), ("c128", np.complex128), ("c64", np.complex64)]:
    cx = np.issubdtype(dt, np.complexfloating)
    gen = cplx if cx else real
    a = gen(4, 4).astype(dt)
    ab = gen(2, 3, 3).astype(dt)
    s = spd(4, dtype=dt)
    sb = spd(3, (2,), dtype=dt)
    rect = gen(5, 3).astype(dt)
    wide = gen(3, 5).astype(dt)
    b = gen(4).astype(dt)
    bm = gen(2, 4, 2).astype(dt)
    out[f"{name}_a"] = a
    out[f"{name}_ab"] = ab
    out[f"{name}_s"] = s
    out[f"{name}_sb"] = sb
    out[f"{name}_rect"] = rect
    out[f"{name}_wide"] = wide
    out[f"{name}_b"] = b
    out[f"{name}_bm"] = bm
    out[f"{name}_det"] = np.linalg.det(a)
    out[f"{name}_det_b"] = np.linalg.det(ab)
    sg, ld = np.linalg.slogdet(a)
    out[f"{name}_slogdet_sign"] = sg
    out[f"{name}_slogdet_log"] = ld
    out[f"{name}_inv"] = np.linalg.inv(a)
    out[f"{name}_inv_b"] = np.linalg.inv(ab)
    out[f"{name}_solve_v"] = np.linalg.solve(a, b)
    out[f"{name}_solve_m"] = np.linalg.solve(a, bm)
    out[f"{name}_chol"] = np.linalg.cholesky(s)
    out[f"{name}_chol_upper"] = np.linalg.cholesky(s, upper=True)
    out[f"{name}_chol_b"] = np.linalg.cholesky(sb)
    out[f"{name}_eigvalsh"] = np.linalg.eigvalsh(s)
    out[f"{name}_eigvalsh_b"] = np.linalg.eigvalsh(sb)
    out[f"{name}_svdvals_rect"] = np.linalg.svdvals(rect)
    out[f"{name}_svdvals_wide"] = np.linalg.svdvals(wide)
    out[f"{name}_svdvals_b"] = np.linalg.svdvals(ab)
    out[f"{name}_qr_r_abs"] = np.abs(np.linalg.qr(rect)[1])
    out[f"{name}_qr_rc_abs"] = np.abs(np.linalg.qr(rect, mode="complete")[1])
    out[f"{name}_pinv_rect"] = np.linalg.pinv(rect)
    out[f"{name}_pinv_wide"] = np.linalg.pinv(wide)
    out[f"{name}_power3"] = np.linalg.matrix_power(a, 3)
    out[f"{name}_power_m2"] = np.linalg.matrix_power(a, -2)
    for ordname, o in [("fro", "fro"), ("nuc", "nuc"), ("1", 1), ("m1", -1), ("2", 2), ("m2", -2),
                       ("inf", np.inf), ("minf", -np.inf)]:
        out[f"{name}_mnorm_{ordname}"] = np.linalg.matrix_norm(ab, ord=o)
    for ordname, o in [("2", 2), ("1", 1), ("inf", np.inf), ("minf", -np.inf), ("0", 0), ("3", 3),
                       ("m1", -1)]:
        out[f"{name}_vnorm_{ordname}"] = np.linalg.vector_norm(ab, ord=o, axis=-1)
    out[f"{name}_vnorm_all"] = np.linalg.vector_norm(ab)
    out[f"{name}_vnorm_01k"] = np.linalg.vector_norm(ab, axis=(0, 1), keepdims=True)
    out[f"{name}_trace"] = np.linalg.trace(ab)
    out[f"{name}_trace_off1"] = np.linalg.trace(ab, offset=1)
    out[f"{name}_diag_m1"] = np.linalg.diagonal(ab, offset=-1)

# rank, integer input, cross, outer
lowrank = real(5, 2) @ real(2, 4)
out["rank_a"] = lowrank
out["rank"] = np.linalg.matrix_rank(lowrank)
out["rank_b"] = np.stack([lowrank, real(5, 4)])
out["rank_bv"] = np.linalg.matrix_rank(out["rank_b"])
out["int_a"] = rng.integers(-4, 5, (3, 3)).astype(np.int32) + 6 * np.eye(3, dtype=np.int32)
out["int_det"] = np.linalg.det(out["int_a"])
out["int_inv"] = np.linalg.inv(out["int_a"])
out["int_power2"] = np.linalg.matrix_power(out["int_a"], 2)
out["int_trace"] = np.linalg.trace(out["int_a"])
out["int_vnorm"] = np.linalg.vector_norm(out["int_a"])
out["cross_a"] = real(4, 3)
out["cross_b"] = real(3)
out["cross_ab"] = np.linalg.cross(out["cross_a"], out["cross_b"])
out["cross_ta"] = real(3, 2)
out["cross_tb"] = real(3, 2)
out["cross_tab0"] = np.cross(out["cross_ta"], out["cross_tb"], axis=0)
out["outer_a"] = real(3)
out["outer_b"] = cplx(2)
out["outer_ab"] = np.linalg.outer(out["outer_a"], out["outer_b"])
out["empty_det"] = np.linalg.det(np.zeros((0, 0)))
out["empty_slogdet_log"] = np.linalg.slogdet(np.zeros((0, 0)))[1]
out["repeated"] = np.diag([2.0, 2.0, 5.0, 5.0]) + 0.0
q, _ = np.linalg.qr(real(4, 4))
out["repeated_s"] = q @ out["repeated"] @ q.T
out["repeated_eig"] = np.linalg.eigvalsh(out["repeated_s"])

# blocked LU (several panels of 64) on the pattern inputs: solve, inverse sub-grid, log-determinant
lu_a = pattern(150, 150, 7) + 40 * np.eye(150)
lu_b = pattern(150, 3, 8)
out["lu_solve"] = np.linalg.solve(lu_a, lu_b)
out["lu_inv_sub"] = np.linalg.inv(lu_a)[::7, ::11]
out["lu_logdet"] = np.linalg.slogdet(lu_a)[1]
out["lu_solve_t"] = np.linalg.solve(lu_a.T, lu_b)
out["lu_f32_solve"] = np.linalg.solve(lu_a.astype(np.float32), lu_b.astype(np.float32))

# vecdot of same-shape contiguous operands (the fused loop): complex pairs and squares along a middle axis,
# float32/complex64 (NumPy accumulates in single precision; the backend in double, so tests use float32 tolerances)
out["vdf_a"] = cplx(3, 6, 5)
out["vdf_b"] = cplx(3, 6, 5)
out["vdf_ab1"] = np.vecdot(out["vdf_a"], out["vdf_b"], axis=1)
out["vdf_aa1"] = np.vecdot(out["vdf_a"], out["vdf_a"], axis=1)
out["vdf_a64"] = out["vdf_a"].astype(np.complex64)
out["vdf_aa64"] = np.vecdot(out["vdf_a64"], out["vdf_a64"], axis=-2)
out["vdf_r32"] = real(4, 7).astype(np.float32)
out["vdf_rr32"] = np.vecdot(out["vdf_r32"], out["vdf_r32"][::-1].copy())

# contracted axes longer than the backend's float32 runs (8 products summed in float32, the runs in float64):
# references in float64 from the single-precision inputs, then rounded
c64 = cplx(2, 21, 7).astype(np.complex64)
d64 = cplx(2, 21, 7).astype(np.complex64)
out["vdf_c64"] = c64
out["vdf_d64"] = d64
out["vdf_cc64"] = np.vecdot(c64.astype(np.complex128), c64.astype(np.complex128), axis=1).astype(np.complex64)
out["vdf_cd64"] = np.vecdot(c64.astype(np.complex128), d64.astype(np.complex128), axis=1).astype(np.complex64)
r32 = real(19, 6).astype(np.float32)
s32 = real(19, 6).astype(np.float32)
out["vdf_r32b"] = r32
out["vdf_s32b"] = s32
out["vdf_rs32"] = np.vecdot(r32.astype(np.float64), s32.astype(np.float64), axis=0).astype(np.float32)

fixturelib.save(__file__, "linalg_ext", **out)
