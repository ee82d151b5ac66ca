"""Reference values for the t-tests (org.xpsci.stats.Stats.ttestInd / ttest1samp / ttestRel), SciPy 1.17.

Each case stores its inputs and SciPy's statistic, pvalue, df and 95% confidence interval under a common
prefix. df of ttest_1samp/ttest_rel is int64; where SciPy returns a NaN df (a slice with a propagated NaN, or
one left empty) the fixture holds the slice's n - 1, which is what xpsci returns there.
"""
import warnings

import numpy as np
import scipy.stats as st

import fixturelib

out = {}
rng = fixturelib.rng()


def norm(*shape, loc=0.0, scale=1.0):
    return rng.normal(loc, scale, size=shape)


def store(prefix, res, ci=True, int_df_n=None, int_df=False):
    out[prefix + "_t"] = np.asarray(res.statistic)
    out[prefix + "_p"] = np.asarray(res.pvalue)
    df = np.asarray(res.df)
    if int_df_n is not None:
        df = np.where(np.isnan(df), np.asarray(int_df_n) - 1, df).astype(np.int64)
    elif int_df:
        df = df.astype(np.int64)
    out[prefix + "_df"] = df
    if ci:
        lo, hi = res.confidence_interval()
        out[prefix + "_lo"] = np.asarray(lo)
        out[prefix + "_hi"] = np.asarray(hi)


def ind_cases():
    a, b = norm(30, loc=0.3), norm(25, scale=1.7)
    out.update(ind_a=a, ind_b=b)
    for ev in (True, False):
        for alt in ("two-sided", "less", "greater"):
            store(f"ind_{'pooled' if ev else 'welch'}_{alt.replace('-', '')}",
                  st.ttest_ind(a, b, equal_var=ev, alternative=alt))
    a2, b2 = norm(20, 4), norm(15, 4, loc=0.5)
    out.update(ind2_a=a2, ind2_b=b2)
    store("ind2_axis0", st.ttest_ind(a2, b2, axis=0))
    a3, b3 = norm(3, 40), norm(3, 35, loc=-0.2)
    out.update(ind3_a=a3, ind3_b=b3)
    store("ind3_axis1_welch", st.ttest_ind(a3, b3, axis=1, equal_var=False))
    store("ind3_axisnone", st.ttest_ind(a3, b3, axis=None))
    store("ind3_keepdims", st.ttest_ind(a3, b3, axis=-1, keepdims=True), ci=False)
    store("ind3_axisnone_keepdims", st.ttest_ind(a3, b3, axis=None, keepdims=True), ci=False)
    ab, bb = norm(5, 1, 10), norm(3, 12, loc=0.1)
    out.update(bc_a=ab, bc_b=bb)
    store("bc", st.ttest_ind(ab, bb, axis=-1))
    # NaN policies
    an, bn = norm(4, 12), norm(4, 10)
    an[1, 3] = np.nan
    an[2, [0, 5]] = np.nan
    bn[2, 7] = np.nan
    out.update(nan_a=an, nan_b=bn)
    store("nan_propagate", st.ttest_ind(an, bn, axis=1))
    store("nan_omit", st.ttest_ind(an, bn, axis=1, nan_policy="omit"))
    store("nan_omit_welch", st.ttest_ind(an, bn, axis=1, nan_policy="omit", equal_var=False))
    a1n = np.concatenate([norm(9), [np.nan]])
    out.update(nan1_a=a1n)
    store("nan1_omit", st.ttest_ind(a1n, b, nan_policy="omit"))
    store("nan1_propagate", st.ttest_ind(a1n, b), ci=False)
    # Yuen's trimmed test
    at = np.array([56, 128.6, 12, 123.8, 64.34, 78, 763.3])
    bt = np.array([1.1, 2.9, 4.2])
    out.update(trim_a=at, trim_b=bt)
    store("trim20", st.ttest_ind(at, bt, trim=.2))
    store("trim20_welch", st.ttest_ind(at, bt, trim=.2, equal_var=False))
    a2t, b2t = norm(4, 17), norm(4, 13, loc=0.4)
    out.update(trim2_a=a2t, trim2_b=b2t)
    store("trim2_axis1", st.ttest_ind(a2t, b2t, axis=1, trim=0.25, equal_var=False))
    a2tn = a2t.copy()
    a2tn[1, [2, 9]] = np.nan
    out.update(trim2n_a=a2tn)
    store("trim2_omit", st.ttest_ind(a2tn, b2t, axis=1, trim=0.1, nan_policy="omit"))
    # dtypes
    a32, b32 = norm(12).astype(np.float32), norm(14, loc=1).astype(np.float32)
    out.update(f32_a=a32, f32_b=b32)
    store("f32", st.ttest_ind(a32, b32, equal_var=False))
    ai, bi = np.array([1, 4, 2, 8, 5, 7]), np.array([3, 9, 6, 12, 10])
    out.update(int_a=ai, int_b=bi)
    store("int", st.ttest_ind(ai, bi))
    # edge cases
    out.update(one_a=np.array([1.0, 2.0]), one_b=np.array([3.0]))
    store("one_pooled", st.ttest_ind(out["one_a"], out["one_b"]), ci=False)
    store("one_welch", st.ttest_ind(out["one_a"], out["one_b"], equal_var=False), ci=False)
    out.update(const_a=np.full(3, 1.5), const_b=np.full(2, 1.5), const_c=np.full(2, 2.5))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        store("const_equal", st.ttest_ind(out["const_a"], out["const_b"]), ci=False)
        store("const_unequal", st.ttest_ind(out["const_a"], out["const_c"]), ci=False)


def one_sample_cases():
    a = norm(20, loc=0.2)
    out.update(s1_a=a)
    for alt in ("two-sided", "less", "greater"):
        store(f"s1_{alt.replace('-', '')}", st.ttest_1samp(a, 0.3, alternative=alt))
    a2 = norm(20, 4, loc=0.1)
    pop = np.array([[0.0, 0.1, -0.2, 0.5]])
    out.update(s1m_a=a2, s1m_pop=pop)
    store("s1m_axis0", st.ttest_1samp(a2, pop, axis=0))
    a3 = norm(3, 8)
    pop3 = np.array([[0.0], [0.5], [-1.0]])
    out.update(s1r_a=a3, s1r_pop=pop3)
    store("s1r_axis1", st.ttest_1samp(a3, pop3, axis=1))
    store("s1r_axisnone", st.ttest_1samp(a3, 0.25, axis=None))
    an = a3.copy()
    an[0, 2] = np.nan
    an[2, :] = np.nan
    out.update(s1n_a=an)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        store("s1n_omit", st.ttest_1samp(an, 0.1, axis=1, nan_policy="omit"),
              int_df_n=np.sum(~np.isnan(an), axis=1))
    store("s1n_propagate", st.ttest_1samp(an, 0.1, axis=1), int_df_n=[8, 8, 8])
    a32 = norm(9).astype(np.float32)
    out.update(s1f32_a=a32)
    store("s1f32", st.ttest_1samp(a32, 0.5))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out.update(s1single_a=np.array([2.5]))
        store("s1single", st.ttest_1samp(out["s1single_a"], 0.0), ci=False)


def related_cases():
    a = norm(15)
    b = a + norm(15, scale=0.3, loc=0.1)
    out.update(rel_a=a, rel_b=b)
    for alt in ("two-sided", "less", "greater"):
        store(f"rel_{alt.replace('-', '')}", st.ttest_rel(a, b, alternative=alt))
    a2, b2 = norm(3, 11), norm(3, 11)
    a2[1, 4] = np.nan
    b2[1, 6] = np.nan
    out.update(rel2_a=a2, rel2_b=b2)
    store("rel2_omit", st.ttest_rel(a2, b2, axis=1, nan_policy="omit"), int_df=True)
    store("rel2_propagate", st.ttest_rel(a2, b2, axis=1), int_df_n=[11, 11, 11])
    b3 = norm(1, 11)
    out.update(rel3_b=b3)
    store("rel3_bcast", st.ttest_rel(np.nan_to_num(a2), b3, axis=1))


ind_cases()
one_sample_cases()
related_cases()
fixturelib.save(__file__, "ttests", **out)
