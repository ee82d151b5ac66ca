"""Reference values for org.xpsci.stats.distributions.StudentT.

Two references per point: SciPy 1.17 (scipy.special.stdtr / stdtrit, scipy.stats.t) and a 50-digit mpmath
value (the exact answer for the double inputs). Tests compare with the exact values everywhere and with
SciPy's where SciPy itself is accurate (the cdfs_*/ppfs_* subsets: SciPy's relative error below 1e-14); SciPy's
stdtrit is inaccurate near p = 1/2 and in extreme tails, and its logcdf is log(cdf), -inf once cdf underflows.
"""
import mpmath as mp
import numpy as np
import scipy
import scipy.special as sc
import scipy.stats as st

import fixturelib

mp.mp.dps = 50
HALF = mp.mpf(1) / 2
DFS = [0.5, 1.0, 2.5, 10.0, 30.0, 1e3, 1e8, np.inf]
TS = np.array([0.0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.05, 0.3, 0.7, 1.0, 1.5, 2.0, 2.5, 3.3, 5.0, 8.0, 12.0,
               20.0, 30.0, 37.0, 60.0, 100.0, 1e3, 1e5, 1e10, 1e20, 1e50, 1e100, 1e150, 1e200, 1e300, np.inf])
PS = np.array([0.0, 1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45,
               0.49, 0.4999, 0.5 - 1e-8, 0.5 - 1e-12, 0.5, 0.5 + 1e-12, 0.6, 0.9, 0.975, 0.999, 1 - 1e-10, 1.0])


def log_pdf(nu, x):
    if mp.isinf(nu):
        return -x * x / 2 - mp.log(2 * mp.pi) / 2
    with mp.workdps(mp.mp.dps + max(0, int(mp.log10(nu)))):  # lgamma differences of huge df cancel
        return (mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(mp.pi * nu) / 2
                - (nu + 1) / 2 * mp.log1p(x * x / nu))


def incbeta_z(nu, x):
    """I_z(nu/2, 1/2), z = nu/(nu + x^2)."""
    a = nu / 2
    z = nu / (nu + x * x)
    try:
        return mp.betainc(a, HALF, 0, z, regularized=True)
    except mp.libmp.libhyper.NoConvergence:
        lb = mp.loggamma(a) + mp.loggamma(HALF) - mp.loggamma(a + HALF)
        return mp.exp(a * mp.log(z) - mp.log(a) - lb) * mp.hyp2f1(a, HALF, a + 1, z, maxterms=10**6)


def log_tail(nu, x):
    """ln P(T > x), x >= 0; far tails by quadrature of the density scaled at x."""
    x = mp.mpf(x)
    if x == 0:
        return mp.log(HALF)
    if mp.isinf(x):
        return mp.mpf('-inf')
    if mp.isinf(nu):
        if x > 1e8:  # Mills ratio: ln(pdf/x) + ln(1 - 1/x^2 + ...), the correction below 1e-16
            return -x * x / 2 - mp.log(x) - mp.log(2 * mp.pi) / 2 + mp.log1p(-1 / (x * x))
        return mp.log(mp.erfc(x / mp.sqrt(2)) / 2)
    slope = (nu + 1) * x / (nu + x * x)
    if slope * x < 200:
        return mp.log(incbeta_z(nu, x) / 2)
    h = 1 / slope
    l0 = log_pdf(nu, x)
    return l0 + mp.log(mp.quad(lambda s: mp.exp(log_pdf(nu, x + s) - l0), [0, h, 4 * h, 20 * h, 100 * h, mp.inf]))


def central(nu, x):
    """P(0 < T < x)."""
    x = mp.mpf(x)
    if mp.isinf(nu):
        return mp.erf(x / mp.sqrt(2)) / 2
    w = x * x / (nu + x * x)
    if w < 0.5 and w * nu < 20:
        return mp.betainc(HALF, nu / 2, 0, w, regularized=True) / 2
    return HALF - mp.exp(log_tail(nu, x))


def quantile(nu, p):
    """t with cdf(t) = p by a secant solve on ln x from SciPy's (or a rough) start."""
    if p == 0:
        return -np.inf
    if p == 1:
        return np.inf
    if p == 0.5:
        return 0.0
    q = min(p, 1 - p)
    s = sc.stdtrit(float(nu), q)
    x0 = -s if np.isfinite(s) and s < 0 else 1.0
    qq = mp.mpf(q)
    if q > 0.2:
        f = lambda y: central(nu, mp.exp(y)) - (HALF - qq)
    else:
        f = lambda y: log_tail(nu, mp.exp(y)) - mp.log(qq)
    y0 = mp.log(x0)
    y = mp.findroot(f, (y0 * (1 - 1e-6) - 1e-9, y0 * (1 + 1e-6) + 1e-9), solver='secant', tol=1e-40,
                    maxsteps=200)
    x = float(mp.exp(y))
    return -x if p < 0.5 else x


def rel_ok(scipy_values, exact, tol=1e-14):
    with np.errstate(invalid='ignore', divide='ignore'):
        err = np.abs(scipy_values - exact) / np.abs(exact)
    return (err <= tol) | (scipy_values == exact)


def main():
    out = {}
    df, t = np.meshgrid(np.array(DFS), np.concatenate([-TS[::-1], TS[1:]]), indexing='ij')
    df, t = df.ravel(), t.ravel()
    ltail = np.array([float(log_tail(mp.mpf(d), abs(x))) for d, x in zip(df, t)])
    lcdf = np.where(t < 0, ltail, [float(mp.log1p(-mp.exp(lq))) for lq in ltail])
    cdf = np.exp(lcdf)
    keep = cdf > 1e-300  # the cdf tests use normal-range values (no subnormals)
    out.update(cdf_df=df[keep], cdf_t=t[keep], cdf_exact=cdf[keep], cdf_scipy=sc.stdtr(df[keep], t[keep]))
    ok = rel_ok(out['cdf_scipy'], out['cdf_exact'])
    out.update(cdfs_df=out['cdf_df'][ok], cdfs_t=out['cdf_t'][ok], cdfs_scipy=out['cdf_scipy'][ok])
    finite = np.isfinite(lcdf)
    out.update(logcdf_df=df[finite], logcdf_t=t[finite], logcdf_exact=lcdf[finite],
               logcdf_scipy=st.t.logcdf(t[finite], df[finite]))
    with np.errstate(over='ignore'):
        lp = np.array([float(log_pdf(mp.mpf(d), mp.mpf(x))) if np.isfinite(x) else -np.inf for d, x in zip(df, t)])
    fin = np.isfinite(lp)
    out.update(logpdf_df=df[fin], logpdf_t=t[fin], logpdf_exact=lp[fin], logpdf_scipy=st.t.logpdf(t[fin], df[fin]))
    pd_keep = np.exp(lp) > 1e-300
    out.update(pdf_df=df[pd_keep], pdf_t=t[pd_keep], pdf_exact=np.exp(lp[pd_keep]),
               pdf_scipy=st.t.pdf(t[pd_keep], df[pd_keep]))
    dq, pq = np.meshgrid(np.array(DFS), PS, indexing='ij')
    dq, pq = dq.ravel(), pq.ravel()
    ppf = np.array([quantile(mp.mpf(d), p) for d, p in zip(dq, pq)])
    out.update(ppf_df=dq, ppf_p=pq, ppf_exact=ppf, ppf_scipy=sc.stdtrit(dq, pq))
    ok = rel_ok(out['ppf_scipy'], ppf)
    out.update(ppfs_df=dq[ok], ppfs_p=pq[ok], ppfs_scipy=out['ppf_scipy'][ok])
    # float32 in, float32 out (SciPy computes in float32)
    t32 = np.array([-3.5, -1.0, 0.25, 2.0, 7.5], dtype=np.float32)
    out.update(f32_t=t32, f32_cdf_df10=sc.stdtr(np.float32(10), t32), f32_sf_df10=st.t.sf(t32, 10).astype(np.float32),
               f32_p=np.array([0.01, 0.3, 0.8], dtype=np.float32))
    out['f32_ppf_df10'] = sc.stdtrit(np.float32(10), out['f32_p'])
    # integer arguments promote to float64
    out.update(int_t=np.array([-2, 0, 3]), int_cdf_df4=sc.stdtr(4.0, np.array([-2, 0, 3])))
    # broadcasting: df (3, 1) against t (4,)
    bdf = np.array([[1.0], [7.0], [np.inf]])
    bt = np.array([-2.0, 0.5, 1.0, 4.0])
    out.update(bcast_df=bdf, bcast_t=bt, bcast_cdf=sc.stdtr(bdf, bt))
    # extreme arguments and degrees of freedom (SciPy's stdtr gives 0 at t = -1e308 for df below 1, where t^2
    # overflows; the exact cdf there is about 1/2 for df = 1e-10)
    edf, et = np.meshgrid(np.array([1e-300, 1e-10, 0.01, 1e20, 1e29, 1e31, 1e300, np.inf]),
                          np.array([-np.inf, -1e308, -5e-324, 0.0, 5e-324, 1e308, np.inf]), indexing='ij')
    edf, et = edf.ravel(), et.ravel()
    ecdf = []
    for d, x in zip(edf, et):
        lq = mp.exp(log_tail(mp.mpf(d), abs(x))) if np.isfinite(x) else mp.mpf(0)
        ecdf.append(float(lq if x < 0 else 1 - lq))
    epdf = [float(mp.exp(log_pdf(mp.mpf(d), mp.mpf(x)))) if np.isfinite(x) else 0.0 for d, x in zip(edf, et)]
    out.update(ext_df=edf, ext_t=et, ext_cdf=np.array(ecdf), ext_pdf=np.array(epdf))
    # invalid parameters
    out.update(bad_df=np.array([0.0, -1.0, np.nan, 3.0]), bad_t=np.array([1.0, 1.0, 1.0, np.nan]))
    fixturelib.save(__file__, "studentt", **out)
    print("scipy", scipy.__version__)


if __name__ == "__main__":
    main()
