"""Reference values for the descriptive statistics and pearsonr of org.xpsci.stats.Stats (SciPy 1.17).

Inputs are drawn from fixed seeds; each case stores SciPy's results under its name. describe under
nan_policy='omit' is SciPy's masked-array describe, converted to plain arrays.
"""
import warnings

import numpy as np
import scipy.stats as st

import fixturelib

out = {}
rng = fixturelib.rng(7)


def quiet(f, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return f(*args, **kwargs)


x1 = rng.exponential(size=50)
x2 = rng.gamma(2.0, size=(30, 4))
x3 = rng.normal(size=(3, 12)) ** 3
xn = rng.normal(size=(4, 9))
xn[0, 2] = np.nan
xn[3, [1, 4, 7]] = np.nan
xc = np.vstack([rng.normal(size=6), np.full(6, 2.5)])
x32 = rng.normal(size=20).astype(np.float32)
xi = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
out.update(x1=x1, x2=x2, x3=x3, xn=xn, xc=xc, x32=x32, xi=xi)

for name, f in (("skew", st.skew), ("kurt", st.kurtosis)):
    out[f"{name}_1d"] = f(x1)
    out[f"{name}_2d_unbiased"] = f(x2, bias=False)
    out[f"{name}_3_axis1_keep"] = f(x3, axis=1, keepdims=True)
    out[f"{name}_3_none"] = f(x3, axis=None)
    out[f"{name}_nan_prop"] = f(xn, axis=1)
    out[f"{name}_nan_omit"] = f(xn, axis=1, nan_policy="omit")
    out[f"{name}_const"] = quiet(f, xc, axis=1)
    out[f"{name}_f32"] = f(x32)
    out[f"{name}_int"] = f(xi)
out["kurt_pearson_unbiased"] = st.kurtosis(x2, fisher=False, bias=False)

out["moment_orders"] = np.array([0, 1, 2, 3, 5])
out["moment_1d"] = st.moment(x1, order=[0, 1, 2, 3, 5])
out["moment_center1"] = st.moment(x1, order=1, center=0.5)
out["moment_center3"] = st.moment(x1, order=3, center=0.5)
out["moment_axis1_keep"] = st.moment(x3, order=[2, 4], axis=1, keepdims=True)
out["moment_omit"] = st.moment(xn, order=3, axis=1, nan_policy="omit")

out["sem_1d"] = st.sem(x1)
out["sem_axis1_ddof0"] = st.sem(x3, axis=1, ddof=0)
xs = np.array([[1.0, np.nan, np.nan], [2.0, 4.0, np.nan]])
out["sem_xs"] = xs
out["sem_omit"] = quiet(st.sem, xs, axis=1, nan_policy="omit")

out["var_1d"] = st.variation(x1)
out["var_ddof1"] = st.variation(x1, ddof=1)
out["var_axis1"] = st.variation(x3, axis=1)
xv = np.array([[1.0, 2.0], [2.0, 2.0], [-1.0, -3.0]])
out["var_xv"] = xv
out["var_ddof_n"] = quiet(st.variation, xv, axis=1, ddof=2)
out["var_omit"] = st.variation(xn, axis=1, nan_policy="omit")

for name, arr, kw in (("d1", x1, {}), ("dint", xi, {}), ("d3", x3, dict(axis=1, ddof=0, bias=False)),
                      ("dnone", x3, dict(axis=None))):
    r = st.describe(arr, **kw)
    out.update({f"{name}_nobs": np.asarray(r.nobs), f"{name}_min": np.asarray(r.minmax[0]),
                f"{name}_max": np.asarray(r.minmax[1]), f"{name}_mean": np.asarray(r.mean),
                f"{name}_var": np.asarray(r.variance), f"{name}_skew": np.asarray(r.skewness),
                f"{name}_kurt": np.asarray(r.kurtosis)})
xd = np.array([[1.0, 2.0, np.nan, 4.0, 7.0], [2.0, 2.0, 2.0, np.nan, 2.0], [0.5, -1.0, 3.0, 2.0, 2.5]])
out["dom_x"] = xd
r = quiet(st.describe, xd, axis=1, nan_policy="omit")
out.update(dom_nobs=np.asarray(r.nobs), dom_min=np.ma.filled(r.minmax[0], np.nan),
           dom_max=np.ma.filled(r.minmax[1], np.nan), dom_mean=np.ma.filled(r.mean, np.nan),
           dom_var=np.ma.filled(r.variance, np.nan), dom_skew=np.ma.filled(r.skewness, np.nan),
           dom_kurt=np.ma.filled(r.kurtosis, np.nan))

out["z_1d"] = st.zscore(x1)
out["z_axis1_ddof1"] = st.zscore(x3, axis=1, ddof=1)
out["z_none"] = st.zscore(x3, axis=None)
out["z_omit"] = st.zscore(xn, axis=1, nan_policy="omit")
out["z_const"] = quiet(st.zscore, xc, axis=1)
sc_ = rng.normal(size=5)
cmp_ = rng.normal(size=10)
out.update(zm_scores=sc_, zm_compare=cmp_, zm_1d=st.zmap(sc_, cmp_))
sc2 = rng.normal(size=(3, 4))
out.update(zm2_scores=sc2, zm2_1=st.zmap(sc2, x3, axis=1, ddof=1))

# axis 0 of C-ordered data (adjacent slices), with NaNs omitted
xa = rng.normal(size=(9, 5)) ** 2
xa[[1, 4], 2] = np.nan
xa[7, 0] = np.nan
out["xa"] = xa
out["skew_axis0_omit"] = st.skew(xa, nan_policy="omit")
out["kurt_axis0_omit_unbiased"] = st.kurtosis(xa, bias=False, nan_policy="omit")
out["moment_axis0_omit"] = st.moment(xa, order=[1, 2, 3, 4], center=0.25, nan_policy="omit")
out["var_axis0_prop"] = st.variation(xa)
# float32 in, float32 out
out["var_f32"] = st.variation(x32)
out["z_f32"] = st.zscore(x32)
out["sem_f32"] = st.sem(x32)
r = st.describe(x32)
out.update(df32_min=np.asarray(r.minmax[0]), df32_max=np.asarray(r.minmax[1]), df32_mean=np.asarray(r.mean),
           df32_var=np.asarray(r.variance))

# pearsonr
px = rng.normal(size=30)
py = 0.4 * px + rng.normal(size=30)
out.update(px=px, py=py)
for alt in ("two-sided", "less", "greater"):
    r = st.pearsonr(px, py, alternative=alt)
    key = alt.replace("-", "")
    lo, hi = r.confidence_interval(0.9)
    out.update({f"pr_{key}_r": np.asarray(r.statistic), f"pr_{key}_p": np.asarray(r.pvalue),
                f"pr_{key}_lo": np.asarray(lo), f"pr_{key}_hi": np.asarray(hi)})
pX = rng.normal(size=(4, 20))
pY = rng.normal(size=(1, 20)) + 0.3 * pX
out.update(pX=pX, pY=pY)
r = st.pearsonr(pX, pY, axis=1)
out.update(pr_axis1_r=r.statistic, pr_axis1_p=r.pvalue)
r = st.pearsonr(pX, pX[::-1] + pY, axis=None)
out.update(pr_none_r=np.asarray(r.statistic), pr_none_p=np.asarray(r.pvalue))
r = st.pearsonr(np.array([1.0, 2.0]), np.array([3.0, 1.0]))
out.update(pr_two_r=np.asarray(r.statistic), pr_two_p=np.asarray(r.pvalue))
big_x = rng.normal(size=2000)
big_y = 0.02 * big_x + rng.normal(size=2000)
out.update(pbig_x=big_x, pbig_y=big_y)
r = st.pearsonr(big_x, big_y)
out.update(pr_big_r=np.asarray(r.statistic), pr_big_p=np.asarray(r.pvalue))
near_y = big_x[:200] + 1e-3 * rng.normal(size=200)
out.update(pnear_y=near_y)
r = st.pearsonr(big_x[:200], near_y)
out.update(pr_near_r=np.asarray(r.statistic), pr_near_p=np.asarray(r.pvalue))
r = st.pearsonr(px.astype(np.float32), py.astype(np.float32))
out.update(pr_f32_r=np.asarray(r.statistic), pr_f32_p=np.asarray(r.pvalue))
fixturelib.save(__file__, "descriptive", **out)
