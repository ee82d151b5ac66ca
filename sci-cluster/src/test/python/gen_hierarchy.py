"""Reference values for sci-cluster's hierarchy functions (scipy.cluster.hierarchy, SciPy 1.17): linkage for every
method from observations and from condensed distances (random data, and data with tied distances), every
metric, fcluster for each criterion, fclusterdata, cophenet, inconsistent, leaves_list, cut_tree and
is_valid_linkage on valid and broken matrices.
"""
import numpy as np
from scipy.cluster import hierarchy as h
from scipy.spatial import distance

import fixturelib

rng = fixturelib.rng()
out = {}

METHODS = ["single", "complete", "average", "weighted", "centroid", "median", "ward"]
METRICS = ["euclidean", "sqeuclidean", "cityblock", "chebyshev", "cosine"]

x = rng.standard_normal((12, 3))
ties = np.array([[2.0], [8], [0], [4], [1], [9], [9], [0], [5], [4]])
grid = np.array([[i, j] for i in range(3) for j in range(3)], dtype=float)  # many equal distances
x32 = rng.standard_normal((9, 2)).astype(np.float32)
dup = rng.integers(0, 4, size=(40, 2)).astype(float)  # duplicates and many equal distances
out.update(x=x, ties=ties, grid=grid, x32=x32, dup=dup, y=distance.pdist(x), y_ties=distance.pdist(ties))

for m in METHODS:
    out[f"Z_{m}"] = h.linkage(x, m)
    out[f"Zc_{m}"] = h.linkage(distance.pdist(x), m)
    out[f"Zt_{m}"] = h.linkage(ties, m)
    out[f"Zg_{m}"] = h.linkage(grid, m)
    out[f"Z32_{m}"] = h.linkage(x32, m)
    out[f"Zd_{m}"] = h.linkage(dup, m)
    out[f"leaves_{m}"] = h.leaves_list(out[f"Z_{m}"])
    out[f"leavest_{m}"] = h.leaves_list(out[f"Zt_{m}"])
for mt in METRICS:
    out[f"Zm_{mt}"] = h.linkage(x, "average", metric=mt)
    out[f"pdist_{mt}"] = distance.pdist(x, mt)

Z = out["Z_average"]
out["Z"] = Z
out["Zw"] = out["Z_ward"]
# fcluster: each criterion at a few thresholds
for t in (0.5, 0.8, 1.0, 1.2):
    out[f"fc_inconsistent_{t}"] = h.fcluster(Z, t)
    out[f"fc_inconsistent_d3_{t}"] = h.fcluster(Z, t, depth=3)
for t in (0.5, 1.0, 1.5, 2.5, 100.0):
    out[f"fc_distance_{t}"] = h.fcluster(Z, t, "distance")
for t in (1, 2, 3, 5, 11, 12, 20):
    out[f"fc_maxclust_{t}"] = h.fcluster(Z, t, "maxclust")
    out[f"fcw_maxclust_{t}"] = h.fcluster(out["Zw"], t, "maxclust")
out["fc_maxclust_2_5"] = h.fcluster(Z, 2.5, "maxclust")
R = h.inconsistent(Z)
MR = h.maxRstat(Z, R, 3)
MD = h.maxdists(Z)
out["R"] = R
out["MR"] = MR
out["MD"] = MD
out["fc_inconsistent_R"] = h.fcluster(Z, 0.8, "inconsistent", R=h.inconsistent(Z, 3))
out["fc_monocrit"] = h.fcluster(Z, 0.8, "monocrit", monocrit=MR)
out["fc_maxclust_monocrit"] = h.fcluster(Z, 3, "maxclust_monocrit", monocrit=MD)
out["fct_maxclust_3"] = h.fcluster(out["Zt_single"], 3, "maxclust")
out["fct_distance_1"] = h.fcluster(out["Zt_single"], 1.0, "distance")
# fclusterdata
out["fcd_default_1"] = h.fclusterdata(x, 1.0)
out["fcd_maxclust_ward_3"] = h.fclusterdata(x, 3, criterion="maxclust", method="ward")
out["fcd_distance_cityblock_complete_2"] = h.fclusterdata(x, 2.0, criterion="distance", metric="cityblock",
                                                          method="complete")
out["fcd_inconsistent_d3_0.9"] = h.fclusterdata(x, 0.9, depth=3, method="average")
# cophenet and inconsistent
for m in METHODS:
    c, d = h.cophenet(out[f"Z_{m}"], out["y"])
    out[f"coph_{m}"] = d
    out[f"cophc_{m}"] = np.float64(c)
out["coph_ties"] = h.cophenet(out["Zt_average"])
for d in (0, 1, 2, 3, 5):
    out[f"incons_{d}"] = h.inconsistent(Z, d)
    out[f"inconst_{d}"] = h.inconsistent(out["Zt_complete"], d)
# cut_tree
out["cut_full"] = h.cut_tree(Z)
out["cut_full_ties"] = h.cut_tree(out["Zt_single"])
out["cut_full_grid"] = h.cut_tree(out["Zg_single"])
out["cut_nclusters"] = h.cut_tree(Z, n_clusters=[1, 2, 3, 12, 0, 20, -1, 5])
out["cut_heights"] = h.cut_tree(out["Z_single"], height=[0.0, 0.3, 0.5, 0.9, 5.0])
out["cut_heights_single"] = out["Z_single"]
# is_valid_linkage: the valid matrix and one broken matrix per rule (expected verdicts and messages in tests)
bad = []
b = Z.copy(); b[3, 0] = -1; bad.append(b)            # negative indices
b = Z.copy(); b[2, 2] = -0.5; bad.append(b)          # negative distances
b = Z.copy(); b[4, 3] = -2; bad.append(b)            # negative counts
b = Z.copy(); b[5, 3] = 40; bad.append(b)            # excessive observations
b = Z.copy(); b[0, 1] = 20; bad.append(b)            # used before formed
b = Z.copy(); b[6, 0] = b[5, 0]; b[6, 1] = b[5, 1]; bad.append(b)  # same cluster twice
out["invalid"] = np.stack(bad)
out["invalid_expected"] = np.array([h.is_valid_linkage(b) for b in bad])
out["valid_expected"] = np.array(h.is_valid_linkage(Z))

fixturelib.save(__file__, "hierarchy", **out)
