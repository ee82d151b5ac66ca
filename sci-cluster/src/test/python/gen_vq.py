"""Reference values for sci-cluster's vq functions (scipy.cluster.vq, SciPy 1.17): whiten, vq (float64, float32,
mixed, integer, 1-d, wide), kmeans from an initial code book and kmeans2 with minit='matrix' (deterministic, so
compared exactly), an empty cluster, and well-separated blobs whose SciPy clusterings seeded runs are compared
with by quality (distortion and partition), since NumPy's random streams are not reproduced.
"""
import warnings

import numpy as np
from scipy.cluster.vq import kmeans, kmeans2, vq, whiten

import fixturelib

rng = fixturelib.rng()
out = {}

# ---- whiten ----------------------------------------------------------------------------------------------
obs = rng.standard_normal((10, 3)) * [1.0, 5.0, 0.1] + [0.0, 2.0, -1.0]
obs32 = obs.astype(np.float32)
obsi = rng.integers(-5, 6, size=(8, 3)).astype(np.int64)
obs0 = obs.copy()
obs0[:, 1] = 3.0                                    # a column of zero deviation
obs1 = rng.standard_normal(7)
out.update(obs=obs, obs32=obs32, obsi=obsi, obs0=obs0, obs1=obs1)
out["whiten"] = whiten(obs)
out["whiten32"] = whiten(obs32)
out["whiteni"] = whiten(obsi)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    out["whiten0"] = whiten(obs0)
out["whiten1"] = whiten(obs1)

# ---- vq --------------------------------------------------------------------------------------------------
x = rng.standard_normal((30, 4))
cb = rng.standard_normal((5, 4))
xw = rng.standard_normal((40, 6))                   # nfeat >= 5: SciPy's BLAS form
cbw = rng.standard_normal((7, 6))
x1 = rng.standard_normal(9)
cb1 = np.array([-1.0, 0.2, 1.5])
xi = rng.integers(-4, 5, size=(6, 2))
cbi = np.array([[0, 0], [3, 3], [-2, 1]])
out.update(x=x, cb=cb, xw=xw, cbw=cbw, x1=x1, cb1=cb1, xi=xi, cbi=cbi, x32=x.astype(np.float32),
           cb32=cb.astype(np.float32))
for name, (o, c) in {"": (x, cb), "w": (xw, cbw), "1": (x1, cb1), "i": (xi, cbi),
                     "32": (x.astype(np.float32), cb.astype(np.float32)),
                     "mixed": (x.astype(np.float32), cb)}.items():
    code, dist = vq(o, c)
    out[f"vq{name}_code"] = code
    out[f"vq{name}_dist"] = dist
cbm = rng.standard_normal((40, 3))                  # more codes than one kernel group (16), a duplicate code
cbm[35] = cbm[2]                                    # across groups: the lower code wins the tie
xm = rng.standard_normal((50, 3))
xm[7] = cbm[2]
out.update(cbm=cbm, xm=xm)
code, dist = vq(xm, cbm)
out["vqmany_code"] = code
out["vqmany_dist"] = dist
code, dist = vq(np.array([[0.5], [2.0]]), np.array([[0.0], [1.0], [3.0]]))   # ties go to the lower code
out["vqtie_code"] = code
out["vqtie_dist"] = dist

# ---- deterministic k-means: initial code books -------------------------------------------------------------
data = np.concatenate([rng.standard_normal((40, 3)) * 0.6 + c for c in ([0, 0, 0], [4, 4, 0], [0, 5, 5])])
data = data[rng.permutation(len(data))]
init = data[[0, 1, 2, 3]] + 0.1
out.update(data=data, init=init, data32=data.astype(np.float32), init32=init.astype(np.float32))
for it in (1, 2, 10):
    c, lab = kmeans2(data, init, iter=it, minit="matrix")
    out[f"k2_matrix_{it}_centroid"] = c
    out[f"k2_matrix_{it}_label"] = lab
c, lab = kmeans2(data.astype(np.float32), init.astype(np.float32), iter=10, minit="matrix")
out["k2_matrix32_centroid"] = c
out["k2_matrix32_label"] = lab
c, lab = kmeans2(data.astype(np.float32), init, iter=10, minit="matrix")   # float32 data, float64 centroids
out["k2_matrixmixed_centroid"] = c
out["k2_matrixmixed_label"] = lab
data1 = np.concatenate([rng.standard_normal(30) * 0.3 + m for m in (0.0, 3.0, 7.0)])
init1 = np.array([-1.0, 2.0, 5.0, 9.0])
out.update(data1=data1, init1=init1)
c, lab = kmeans2(data1, init1, iter=5, minit="matrix")
out["k2_matrix1_centroid"] = c
out["k2_matrix1_label"] = lab
far = np.concatenate([init[:3], [[50.0, 50.0, 50.0]]])                   # the 4th centroid never gets points
out["far"] = far
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c, lab = kmeans2(data, far, iter=3, minit="matrix")
    out["k2_empty_warnings"] = np.array(len(w))
out["k2_empty_centroid"] = c
out["k2_empty_label"] = lab
book, dist = kmeans(data, init)
out["k_guess_book"] = book
out["k_guess_dist"] = np.asarray(dist)
book, dist = kmeans(data, far)                                            # the empty code is dropped
out["k_far_book"] = book
out["k_far_dist"] = np.asarray(dist)
book, dist = kmeans(data.astype(np.float32), init.astype(np.float32))
out["k_guess32_book"] = book
out["k_guess32_dist"] = np.asarray(dist)
book, dist = kmeans(data1, init1, thresh=1e-8)
out["k_guess1_book"] = book
out["k_guess1_dist"] = np.asarray(dist)

# ---- seeded runs, compared by quality: well-separated blobs -----------------------------------------------
centres = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0], [10.0, 10.0]])
truth = np.repeat(np.arange(4), 50)
blobs = centres[truth] + rng.standard_normal((200, 2)) * 0.5
out.update(blobs=blobs, truth=truth)
book, dist = kmeans(blobs, 4, rng=0)                 # 20 restarts find the optimum
out["blobs_kmeans_dist"] = np.float64(dist)
for minit in ("points", "++", "random"):
    d = []
    for seed in range(5):
        c, lab = kmeans2(blobs, 4, minit=minit, rng=seed)
        d.append(np.mean(np.linalg.norm(blobs - c[lab], axis=1)))
    out[f"blobs_kmeans2_{minit}_dist"] = np.float64(min(d))

# 1-d data with a random initialisation; more features than observations (the SVD route of minit='random')
best = None
for seed in range(5):
    c, lab = kmeans2(data1, 3, minit="random", rng=seed)
    d = np.mean(np.abs(data1 - c[lab]))
    if best is None or d < best[0]:
        best = (d, lab)
out["k2_random1_dist"] = np.float64(best[0])
out["k2_random1_label"] = best[1]
wide = np.concatenate([rng.standard_normal((3, 6)) * 0.1, rng.standard_normal((2, 6)) * 0.1 + 5.0])
out["wide"] = wide
best = None
for seed in range(5):
    c, lab = kmeans2(wide, 2, minit="random", rng=seed)
    d = np.mean(np.linalg.norm(wide - c[lab], axis=1))
    if best is None or d < best[0]:
        best = (d, lab)
out["k2_wide_dist"] = np.float64(best[0])
out["k2_wide_label"] = best[1]
# k-means++ asked for more clusters than observations: extra picks repeat observation 0 (NaN probabilities)
small = rng.standard_normal((5, 2))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c, lab = kmeans2(small, 8, minit="++", rng=0)
    out["k2_pp_small_warnings"] = np.array(sum("clusters is empty" in str(i.message) for i in w))
out["small"] = small
out["k2_pp_small_centroid_tail"] = c[5:]

fixturelib.save(__file__, "vq", **out)
