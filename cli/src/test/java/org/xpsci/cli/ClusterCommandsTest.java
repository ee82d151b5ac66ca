package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The scipy.cluster.vq commands against SciPy (cases in gen_cli.py): whiten, vq (float64, float32, 1-d,
 * int64) and kmeans2 from given centroids (minit matrix), whose results are deterministic. A seeded k-means++
 * start draws from xpsci's generator, not NumPy's, so its clusters are compared in the lexicographic order of
 * their centroids, with the labels renumbered to match.
 */
class ClusterCommandsTest {

    @XpTest
    void everyClusterCaseMatchesScipy(ArrayNamespace xp) {
        CaseRunner.runGroup(xp, "cluster", (c, name) -> !c.name().equals("kmeans2_k3_plusplus") ? null
                : name.equals("labels") ? (a, e, o) -> { } : (a, e, o) -> {
                    NdArray centroids = a.get("centroids");
                    int k = centroids.shape(0);
                    int d = centroids.shape(1);
                    double[] values = Xp.toDoubleArray(centroids);
                    Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
                    Arrays.sort(order, Comparator.comparing(i -> Arrays.copyOfRange(values, i * d, i * d + d),
                            Arrays::compare));
                    double[] sorted = new double[k * d];
                    long[] rank = new long[k];
                    for (int j = 0; j < k; j++) {
                        System.arraycopy(values, order[j] * d, sorted, j * d, d);
                        rank[order[j]] = j;
                    }
                    ArrayNamespace ns = Xp.namespace(centroids);
                    XpAssert.assertClose(ns.reshape(ns.asarray(sorted), k, d), e.get("centroids"), o);
                    long[] labels = Xp.toLongArray(a.get("labels"));
                    long[] renumbered = Arrays.stream(labels).map(l -> rank[(int) l]).toArray();
                    assertEquals(DType.INT32, a.get("labels").dtype(), "labels dtype");
                    XpAssert.assertEqual(ns.asarray(renumbered, DType.INT32), e.get("labels"));
                });
    }
}
