"""Reference values for sci-linalg (scipy.linalg 1.17): every input and expected output a test reads.

Inputs are drawn from fixturelib.rng() in float64, float32, complex128 and complex64 (prefixes f64, f32, c128,
c64), including batched stacks. Factorisations that are unique only up to signs or phases are stored as |R|,
singular values and eigenvalues; tests check the factors by reconstruction.
"""
import numpy as np
import scipy.linalg as sl

import fixturelib

rng = fixturelib.rng(2024)
out = {}
DTYPES = [("f64", np.float64), ("f32", np.float32), ("c128", np.complex128), ("c64", np.complex64)]


def gen(dt, *shape):
    x = rng.standard_normal(shape)
    if np.issubdtype(dt, np.complexfloating):
        x = x + 1j * rng.standard_normal(shape)
    return x.astype(dt)


def spd(dt, n, batch=()):
    a = gen(np.complex128 if np.issubdtype(dt, np.complexfloating) else np.float64, *batch, n, n)
    return (a @ np.conj(np.swapaxes(a, -1, -2)) + n * np.eye(n)).astype(dt)


def real_of(x, dt):
    """SciPy returns a Python float (float64) for some float32 norms, depending on memory layout (BLAS nrm2 or
    LAPACK lange); xpsci returns the input's real dtype consistently, so references are cast to it."""
    return np.asarray(x).astype(np.finfo(dt).dtype)


for p, dt in DTYPES:
    cx = np.issubdtype(dt, np.complexfloating)
    a = gen(dt, 4, 4) + (4 * np.eye(4)).astype(dt)
    ab = gen(dt, 2, 3, 3) + (3 * np.eye(3)).astype(dt)
    b = gen(dt, 4)
    bm = gen(dt, 4, 2)
    bb = gen(dt, 2, 3, 2)
    s = spd(dt, 4)
    sb = spd(dt, 3, (2,))
    junk = gen(dt, 4, 4)
    s_up = np.triu(s) + np.tril(junk, -1)      # only the upper triangle is meaningful
    s_lo = np.tril(s) + np.triu(junk, 1)       # only the lower triangle is meaningful
    rect = gen(dt, 5, 3)
    wide = gen(dt, 3, 5)
    b5 = gen(dt, 5)
    b3 = gen(dt, 3, 2)
    tu = np.triu(a)
    tl = np.tril(a)
    for k, v in dict(a=a, ab=ab, b=b, bm=bm, bb=bb, s=s, sb=sb, s_up=s_up, s_lo=s_lo, rect=rect, wide=wide, b5=b5,
                     b3=b3, tu=tu, tl=tl).items():
        out[f"{p}_{k}"] = v
    # solve
    out[f"{p}_solve"] = sl.solve(a, b)
    out[f"{p}_solve_m"] = sl.solve(a, bm)
    out[f"{p}_solve_batch"] = sl.solve(ab, bb)
    out[f"{p}_solve_batch_v"] = sl.solve(ab, bb[0, :, 0])
    out[f"{p}_solve_sym"] = sl.solve(s_up, b, assume_a="sym")
    out[f"{p}_solve_sym_lower"] = sl.solve(s_lo, b, assume_a="sym", lower=True)
    out[f"{p}_solve_pos"] = sl.solve(s_up, bm, assume_a="pos")
    out[f"{p}_solve_pos_lower"] = sl.solve(s_lo, bm, assume_a="pos", lower=True)
    out[f"{p}_solve_diag"] = sl.solve(a, b, assume_a="diagonal")
    out[f"{p}_solve_upper"] = sl.solve(a, bm, assume_a="upper triangular")
    out[f"{p}_solve_lower"] = sl.solve(a, bm, assume_a="lower triangular")
    out[f"{p}_solve_tri"] = sl.solve(a, b, assume_a="tridiagonal")
    if cx:
        out[f"{p}_solve_her"] = sl.solve(s_up, b, assume_a="her")
    else:
        out[f"{p}_solve_t"] = sl.solve(a, b, transposed=True)
    # triangular solves
    for t in (0, 1, 2):
        out[f"{p}_trsv_{t}"] = sl.solve_triangular(a, bm, trans=t)
        out[f"{p}_trsv_lower_{t}"] = sl.solve_triangular(a, bm, trans=t, lower=True)
    out[f"{p}_trsv_unit"] = sl.solve_triangular(a, b, lower=True, unit_diagonal=True)
    out[f"{p}_trsv_batch"] = sl.solve_triangular(ab, bb)
    # inverse and determinant
    out[f"{p}_inv"] = sl.inv(a)
    out[f"{p}_inv_batch"] = sl.inv(ab)
    out[f"{p}_det"] = sl.det(a)
    out[f"{p}_det_batch"] = sl.det(ab)
    # LU
    P, L, U = sl.lu(a)
    out[f"{p}_lu_p"], out[f"{p}_lu_l"], out[f"{p}_lu_u"] = P, L, U
    Pr, Lr, Ur = sl.lu(rect)
    out[f"{p}_lur_p"], out[f"{p}_lur_l"], out[f"{p}_lur_u"] = Pr, Lr, Ur
    Pw, Lw, Uw = sl.lu(wide, p_indices=True)
    out[f"{p}_luw_p"], out[f"{p}_luw_l"], out[f"{p}_luw_u"] = Pw, Lw, Uw
    PL, Up = sl.lu(ab, permute_l=True)
    out[f"{p}_lub_pl"], out[f"{p}_lub_u"] = PL, Up
    lu, piv = sl.lu_factor(a)
    out[f"{p}_luf_lu"], out[f"{p}_luf_piv"] = lu, piv
    for t in (0, 1, 2):
        out[f"{p}_lus_{t}"] = sl.lu_solve((lu, piv), bm, trans=t)
    lub, pivb = sl.lu_factor(ab)
    out[f"{p}_lufb_lu"], out[f"{p}_lufb_piv"] = lub, pivb
    out[f"{p}_lusb"] = sl.lu_solve((lub, pivb), bb)
    # Cholesky
    out[f"{p}_chol"] = sl.cholesky(s_up)
    out[f"{p}_chol_lower"] = sl.cholesky(s_lo, lower=True)
    out[f"{p}_chol_batch"] = sl.cholesky(sb, lower=True)
    c, low = sl.cho_factor(s_up)
    out[f"{p}_cho_c"] = c
    out[f"{p}_cho_solve"] = sl.cho_solve((c, low), bm)
    cl, _ = sl.cho_factor(s_lo, lower=True)
    out[f"{p}_cho_solve_lower"] = sl.cho_solve((cl, True), b)
    # QR
    out[f"{p}_qr_r_abs"] = np.abs(sl.qr(rect)[1])
    out[f"{p}_qre_r_abs"] = np.abs(sl.qr(rect, mode="economic")[1])
    out[f"{p}_qrw_r_abs"] = np.abs(sl.qr(wide)[1])
    q, r, pv = sl.qr(rect, pivoting=True)
    out[f"{p}_qrp_r_abs"], out[f"{p}_qrp_p"] = np.abs(r), pv
    # SVD and eigenvalues
    out[f"{p}_sv_rect"] = sl.svdvals(rect)
    out[f"{p}_sv_wide"] = sl.svdvals(wide)
    out[f"{p}_sv_batch"] = sl.svdvals(ab)
    out[f"{p}_eigh_w"] = sl.eigh(s_lo)[0]
    out[f"{p}_eigh_w_upper"] = sl.eigh(s_up, lower=False)[0]
    out[f"{p}_eigh_batch"] = sl.eigvalsh(sb)
    out[f"{p}_eigh_sub_idx"] = sl.eigh(s_lo, subset_by_index=[1, 2], eigvals_only=True)
    w_all = sl.eigvalsh(s_lo)
    lo_v, hi_v = float((w_all[0] + w_all[1]) / 2), float((w_all[2] + w_all[3]) / 2)
    out[f"{p}_eigh_sub_val_bounds"] = np.array([lo_v, hi_v])
    out[f"{p}_eigh_sub_val"] = sl.eigh(s_lo, subset_by_value=[lo_v, hi_v], eigvals_only=True)
    bmat = spd(dt, 4)
    out[f"{p}_gb"] = bmat
    for t in (1, 2, 3):
        out[f"{p}_geigh_w_{t}"] = sl.eigh(s_lo, bmat, type=t, eigvals_only=True)
    # least squares and pseudo-inverse
    x, res, rk, sv = sl.lstsq(rect, b5)
    out[f"{p}_lstsq_x"], out[f"{p}_lstsq_res"], out[f"{p}_lstsq_rank"], out[f"{p}_lstsq_s"] = x, res, rk, sv
    x, res, rk, sv = sl.lstsq(wide, b3)
    out[f"{p}_lstsqw_x"], out[f"{p}_lstsqw_rank"] = x, rk
    out[f"{p}_pinv"] = sl.pinv(rect)
    out[f"{p}_pinv_wide"] = sl.pinv(wide)
    # norms
    out[f"{p}_norm"] = np.asarray(sl.norm(ab))
    for name, o in [("fro", "fro"), ("nuc", "nuc"), ("1", 1), ("m1", -1), ("2", 2), ("m2", -2), ("inf", np.inf),
                    ("minf", -np.inf)]:
        out[f"{p}_mnorm_{name}"] = real_of(sl.norm(a, ord=o), dt)
    for name, o in [("1", 1), ("3", 3), ("0", 0), ("inf", np.inf), ("minf", -np.inf), ("m2", -2)]:
        out[f"{p}_vnorm_{name}"] = sl.norm(ab, ord=o, axis=-1)
    out[f"{p}_norm_axis02"] = sl.norm(ab, ord="fro", axis=(0, 2), keepdims=True)
    out[f"{p}_norm_vec"] = real_of(sl.norm(b), dt)
    # expm: orders 3, 5, 7, 9, 13 and squaring, diagonal, triangular, batched
    for name, scale in [("3", 0.001), ("5", 0.01), ("7", 0.05), ("9", 0.15), ("13", 0.5), ("big", 12.0)]:
        out[f"{p}_expm_{name}"] = sl.expm(a * dt(scale) if not cx else a * dt(scale))
    out[f"{p}_expm_diag"] = sl.expm(np.diag(np.diag(a)))
    out[f"{p}_expm_upper"] = sl.expm(np.triu(a) * dt(3))
    out[f"{p}_expm_lower"] = sl.expm(np.tril(a) * dt(3))
    out[f"{p}_expm_batch"] = sl.expm(ab)

# integer input, rank deficiency, special cases
ia = np.array([[4, 1, 0], [1, 3, 1], [0, 1, 2]], dtype=np.int32)
out["int_a"] = ia
out["int_det"] = np.asarray(sl.det(ia))
out["int_inv"] = sl.inv(ia)
out["int_solve"] = sl.solve(ia, np.array([1, 2, 3], dtype=np.int64))
out["int_expm"] = sl.expm(ia)
out["int_norm"] = np.asarray(sl.norm(ia))
lowrank = rng.standard_normal((6, 2)) @ rng.standard_normal((2, 4))
out["lowrank"] = lowrank
out["lowrank_b"] = rng.standard_normal(6)
x, res, rk, sv = sl.lstsq(lowrank, out["lowrank_b"])
out["lowrank_x"], out["lowrank_res"], out["lowrank_rank"], out["lowrank_s"] = x, res, rk, sv
out["lowrank_pinv"] = sl.pinv(lowrank)
B, rk = sl.pinv(lowrank, atol=0.5, return_rank=True)
out["lowrank_pinv_atol"], out["lowrank_pinv_rank"] = B, rk
out["scalar_solve"] = sl.solve(np.array([[2.0]]), np.array([1.0, 4.0, 6.0]))
out["expm_nilpotent"] = sl.expm(np.array([[0.0, 1.0, 2.0], [0.0, 0.0, 3.0], [0.0, 0.0, 0.0]]))
out["expm_1x1"] = sl.expm(np.array([[0.5]]))

fixturelib.save(__file__, "linalg", **out)
