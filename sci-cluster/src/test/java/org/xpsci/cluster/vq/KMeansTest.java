package org.xpsci.cluster.vq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.cluster.Raises.raises;

import java.util.HashMap;
import java.util.Map;
import org.xpsci.cluster.ClusterWarning;
import org.xpsci.cluster.ClusterWarnings;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * kmeans and kmeans2 against SciPy 1.17: runs from given centroids exactly, seeded runs by quality (distortion
 * and partition of well-separated blobs, since NumPy's random streams are not reproduced), reproducibility of
 * seeds, empty clusters, errors.
 */
class KMeansTest {

    private static final Fixture F = Fixtures.load("vq.npz");

    @XpTest
    void kmeans2FromMatrixMatchesSciPy(ArrayNamespace xp) {
        for (int it : new int[] {1, 2, 10}) {
            KMeans2Result r = Vq.kmeans2(F.get(xp, "data"), F.get(xp, "init"), matrix().withIter(it));
            XpAssert.assertClose(r.centroid(), F.get(xp, "k2_matrix_" + it + "_centroid"), 1e-12, 0);
            XpAssert.assertEqual(r.label(), F.get(xp, "k2_matrix_" + it + "_label"));
        }
    }

    @XpTest
    void kmeans2Float32AndMixedDtypes(ArrayNamespace xp) {
        KMeans2Result r = Vq.kmeans2(F.get(xp, "data32"), F.get(xp, "init32"), matrix());
        XpAssert.assertClose(r.centroid(), F.get(xp, "k2_matrix32_centroid"), 1e-5, 0);
        XpAssert.assertEqual(r.label(), F.get(xp, "k2_matrix32_label"));
        KMeans2Result m = Vq.kmeans2(F.get(xp, "data32"), F.get(xp, "init"), matrix());
        XpAssert.assertClose(m.centroid(), F.get(xp, "k2_matrixmixed_centroid"), 1e-5, 0);
        XpAssert.assertEqual(m.label(), F.get(xp, "k2_matrixmixed_label"));
    }

    @XpTest
    void kmeans2OneDimensionalData(ArrayNamespace xp) {
        KMeans2Result r = Vq.kmeans2(F.get(xp, "data1"), F.get(xp, "init1"), matrix().withIter(5));
        XpAssert.assertClose(r.centroid(), F.get(xp, "k2_matrix1_centroid"), 1e-12, 0);
        XpAssert.assertEqual(r.label(), F.get(xp, "k2_matrix1_label"));
    }

    @XpTest
    void kmeans2EmptyClusterWarnsEachIterationAndKeepsItsCentroid(ArrayNamespace xp) {
        try (var c = ClusterWarnings.capture()) {
            KMeans2Result r = Vq.kmeans2(F.get(xp, "data"), F.get(xp, "far"), matrix().withIter(3));
            XpAssert.assertClose(r.centroid(), F.get(xp, "k2_empty_centroid"), 1e-12, 0);
            XpAssert.assertEqual(r.label(), F.get(xp, "k2_empty_label"));
            assertEquals(F.longScalar("k2_empty_warnings"), c.warnings().size());
            ClusterWarning w = c.warnings().get(0);
            assertEquals(ClusterWarning.Category.USER_WARNING, w.category());
            assertEquals("One of the clusters is empty. Re-run kmeans with a different initialization.", w.message());
        }
        raises(ClusterException.class, () -> Vq.kmeans2(F.get(xp, "data"), F.get(xp, "far"),
                matrix().withMissing("raise")), "One of the clusters is empty.");
    }

    @XpTest
    void kmeansFromGuessMatchesSciPy(ArrayNamespace xp) {
        KMeansResult r = Vq.kmeans(F.get(xp, "data"), F.get(xp, "init"), KMeansOptions.defaults());
        XpAssert.assertClose(r.codebook(), F.get(xp, "k_guess_book"), 1e-12, 0);
        XpAssert.assertClose(r.distortion(), F.get(xp, "k_guess_dist"), 1e-12, 0);
        KMeansResult far = Vq.kmeans(F.get(xp, "data"), F.get(xp, "far"), KMeansOptions.defaults());
        XpAssert.assertClose(far.codebook(), F.get(xp, "k_far_book"), 1e-12, 0);
        XpAssert.assertClose(far.distortion(), F.get(xp, "k_far_dist"), 1e-12, 0);
        KMeansResult f32 = Vq.kmeans(F.get(xp, "data32"), F.get(xp, "init32"), KMeansOptions.defaults());
        XpAssert.assertClose(f32.codebook(), F.get(xp, "k_guess32_book"), 1e-5, 0);
        XpAssert.assertClose(f32.distortion(), F.get(xp, "k_guess32_dist"), 1e-5, 0);
        KMeansResult one = Vq.kmeans(F.get(xp, "data1"), F.get(xp, "init1"), KMeansOptions.defaults()
                .withThresh(1e-8));
        XpAssert.assertClose(one.codebook(), F.get(xp, "k_guess1_book"), 1e-12, 0);
        XpAssert.assertClose(one.distortion(), F.get(xp, "k_guess1_dist"), 1e-12, 0);
    }

    @XpTest
    void seededKmeansReachesSciPysDistortionAndPartition(ArrayNamespace xp) {
        NdArray blobs = F.get(xp, "blobs");
        KMeansResult best = Vq.kmeans(blobs, 4, KMeansOptions.defaults().withSeed(0L));
        assertEquals(F.scalar("blobs_kmeans_dist"), best.distortion().doubleValue(), 1e-9);
        samePartition(Vq.vq(blobs, best.codebook()).code(), F.get(xp, "truth"));
    }

    @XpTest
    void seededKmeans2ReachesSciPysDistortionAndPartition(ArrayNamespace xp) {
        NdArray blobs = F.get(xp, "blobs");
        for (Minit minit : available(xp, Minit.POINTS, Minit.PLUS_PLUS, Minit.RANDOM)) {
            double best = Double.POSITIVE_INFINITY;
            NdArray bestLabels = null;
            for (long seed = 0; seed < 5; seed++) {
                KMeans2Result r = Vq.kmeans2(blobs, 4, KMeans2Options.defaults().withMinit(minit).withSeed(seed));
                NdArray dist = Vq.vq(blobs, r.centroid()).dist();
                double d = xp.mean(dist).doubleValue();
                if (d < best) {
                    best = d;
                    bestLabels = r.label();
                }
            }
            assertEquals(F.scalar("blobs_kmeans2_" + minit.label() + "_dist"), best, 1e-9, minit.label());
            samePartition(bestLabels, F.get(xp, "truth"));
        }
    }

    @XpTest
    void randomInitOnOneDimensionalAndWideData(ArrayNamespace xp) {
        bestOfFiveSeeds(xp, F.get(xp, "data1"), 3, "k2_random1");
        if (xp.hasExtension("linalg")) {
            bestOfFiveSeeds(xp, F.get(xp, "wide"), 2, "k2_wide");
        } else {
            raises(IllegalArgumentException.class, () -> Vq.kmeans2(F.get(xp, "wide"), 2,
                    KMeans2Options.defaults().withSeed(0L)), "minit 'random' needs the linalg extension");
        }
    }

    @XpTest
    void plusPlusWithMoreClustersThanObservationsRepeatsObservationZero(ArrayNamespace xp) {
        NdArray small = F.get(xp, "small");
        try (var c = ClusterWarnings.capture()) {
            KMeans2Result r = Vq.kmeans2(small, 8, KMeans2Options.defaults().withMinit(Minit.PLUS_PLUS)
                    .withSeed(0L));
            assertEquals(F.longScalar("k2_pp_small_warnings"), c.warnings().size());
            XpAssert.assertEqual(r.centroid().get(Index.range(5, 8), Index.all()),
                    F.get(xp, "k2_pp_small_centroid_tail"));
            samePartition(r.label(), xp.asarray(new long[] {0, 1, 2, 3, 4}));
        }
    }

    /**
     * A seed fixes the result: twice on this backend, and against the cpu backend under the same path setting
     * (so a strict run, always portable, is compared with cpu's fast path in the fast-path invocation).
     */
    @XpTest
    void seededRunsAreReproducibleOnEveryBackend(ArrayNamespace xp) {
        KMeans2Options o = KMeans2Options.defaults().withMinit(Minit.PLUS_PLUS).withSeed(42L);
        KMeans2Result a = Vq.kmeans2(F.get(xp, "data"), 3, o);
        KMeans2Result b = Vq.kmeans2(F.get(xp, "data"), 3, o);
        XpAssert.assertEqual(a.centroid(), b.centroid());
        XpAssert.assertEqual(a.label(), b.label());
        ArrayNamespace cpu = Xp.backend("cpu");
        KMeans2Result ref = Vq.kmeans2(F.get(cpu, "data"), 3, o);
        XpAssert.assertEqual(host(a.label()), ref.label());
        XpAssert.assertClose(host(a.centroid()), ref.centroid(), 1e-12, 1e-12);
        for (Minit m : available(xp, Minit.POINTS, Minit.RANDOM)) {
            KMeans2Result x = Vq.kmeans2(F.get(xp, "data"), 3, o.withMinit(m));
            KMeans2Result y = Vq.kmeans2(F.get(cpu, "data"), 3, o.withMinit(m));
            XpAssert.assertEqual(host(x.label()), y.label());
        }
    }

    @XpTest
    void countGivenAsZeroDimensionalArray(ArrayNamespace xp) {
        KMeans2Options o = KMeans2Options.defaults().withMinit(Minit.POINTS).withSeed(3L);
        KMeans2Result a = Vq.kmeans2(F.get(xp, "data"), xp.asarray(3L), o);
        XpAssert.assertEqual(a.label(), Vq.kmeans2(F.get(xp, "data"), 3, o).label());
        try (var c = ClusterWarnings.capture()) {
            Vq.kmeans2(F.get(xp, "data"), xp.asarray(3.5), o);
            assertEquals("k was not an integer, was converted.", c.warnings().get(0).message());
        }
        KMeansResult k = Vq.kmeans(F.get(xp, "data"), xp.asarray(3L), KMeansOptions.defaults().withSeed(1L)
                .withIter(2));
        assertEquals(3, k.codebook().shape(0));
    }

    @XpTest
    void errors(ArrayNamespace xp) {
        NdArray data = F.get(xp, "data");
        NdArray init = F.get(xp, "init");
        raises(() -> Vq.kmeans2(data, 3, KMeans2Options.defaults().withIter(0)),
                "Invalid iter (0), must be a positive integer.");
        raises(() -> KMeans2Options.defaults().withMinit("foo"), "Unknown init method 'foo'");
        raises(() -> KMeans2Options.defaults().withMissing("x"), "Unknown missing method 'x'");
        raises(() -> Vq.kmeans2(data, 0), "Cannot ask kmeans2 for 0 clusters (k was 0)");
        raises(() -> Vq.kmeans2(data, 500, KMeans2Options.defaults().withMinit(Minit.POINTS)),
                "Cannot take a larger sample than population when 'replace=False'");
        raises(() -> Vq.kmeans2(xp.ones(2, 2, 2), 2), "Input of rank > 2 is not supported.");
        raises(() -> Vq.kmeans2(xp.ones(0, 3), 2), "Empty input is not supported.");
        raises(() -> Vq.kmeans2(data, xp.ones(0, 3), matrix()), "Empty input is not supported.");
        raises(() -> Vq.kmeans2(data, xp.ones(4, 2), matrix()), "k array doesn't match data dimension");
        raises(() -> Vq.kmeans2(data, xp.ones(4), matrix()), "k array doesn't match data rank");
        raises(() -> Vq.kmeans2(data, 3, matrix()), "k array doesn't match data rank");
        raises(() -> Vq.kmeans2(data, xp.ones(1), KMeans2Options.defaults()), "k must be a count (a 0-d array)");
        raises(() -> Vq.kmeans2(xp.astype(data, DType.INT64), 3), "type other than float or double not supported");
        NdArray nan = xp.asarray(new double[][] {{0, Double.NaN}, {1, 1}});
        raises(() -> Vq.kmeans2(nan, 1), "array must not contain infs or NaNs", "data");
        raises(() -> Vq.kmeans(data, 3, KMeansOptions.defaults().withIter(0)), "iter must be at least 1, got 0");
        raises(() -> Vq.kmeans(data, 0), "Asked for 0 clusters.");
        raises(() -> Vq.kmeans(data, 500), "Cannot take a larger sample than population");
        raises(() -> Vq.kmeans(data, xp.ones(0, 3), null), "Asked for 0 clusters. Initial book was");
        raises(() -> Vq.kmeans(data, xp.asarray(2.5), null), "If k_or_guess is a scalar, it must be an integer.");
        raises(() -> Vq.kmeans(data, xp.ones(2, 2), null), "obs and code should have same number of features");
        raises(() -> Vq.kmeans(xp.astype(data, DType.INT32), 2), "type other than float or double not supported");
        raises(() -> Vq.kmeans(nan, 1), "array must not contain infs or NaNs");
        raises(() -> Vq.kmeans(xp.ones(0, 2), 1), "Empty input is not supported.");
        raises(() -> Vq.kmeans(xp.ones(2, 2, 2), 1), "ndim different than 1 or 2 are not supported");
        raises(() -> Vq.kmeans(null, 1), "obs must be an array");
    }

    /** Over seeds 0..4 the best random-init run reaches SciPy's best distortion and partition. */
    /**
     * The initialisations a backend supports: minit 'random' on data of several features needs the linalg
     * extension (cuda lacks it; randomInitOnOneDimensionalAndWideData checks the refusal there).
     */
    private static Minit[] available(ArrayNamespace xp, Minit... inits) {
        return java.util.Arrays.stream(inits).filter(m -> m != Minit.RANDOM || xp.hasExtension("linalg"))
                .toArray(Minit[]::new);
    }

    private static void bestOfFiveSeeds(ArrayNamespace xp, NdArray data, int k, String name) {
        double best = Double.POSITIVE_INFINITY;
        NdArray bestLabels = null;
        for (long seed = 0; seed < 5; seed++) {
            KMeans2Result r = Vq.kmeans2(data, k, KMeans2Options.defaults().withSeed(seed));
            NdArray c = data.ndim() == 1 ? xp.reshape(r.centroid(), k, 1) : r.centroid();
            NdArray x = data.ndim() == 1 ? xp.reshape(data, data.shape(0), 1) : data;
            double d = xp.mean(Vq.vq(x, c).dist()).doubleValue();
            if (d < best) {
                best = d;
                bestLabels = r.label();
            }
        }
        assertEquals(F.scalar(name + "_dist"), best, 1e-9, name);
        samePartition(bestLabels, F.get(xp, name + "_label"));
    }

    private static KMeans2Options matrix() {
        return KMeans2Options.defaults().withMinit(Minit.MATRIX);
    }

    /** An array of any backend as a cpu array (an explicit copy through DLPack). */
    private static NdArray host(NdArray x) {
        return Xp.backend("cpu").fromDlpack(x, Device.CPU, true);
    }

    /** The two labelings define the same partition (equal up to a permutation of label values). */
    private static void samePartition(NdArray labels, NdArray truth) {
        long[] a = Xp.toLongArray(host(labels));
        long[] b = Xp.toLongArray(host(truth));
        assertEquals(b.length, a.length);
        Map<Long, Long> forward = new HashMap<>();
        Map<Long, Long> backward = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            long x = a[i];
            long y = b[i];
            assertTrue(forward.computeIfAbsent(x, v -> y) == y && backward.computeIfAbsent(y, v -> x) == x,
                    "observation " + i + " breaks the correspondence of labels " + x + " and " + y);
        }
    }
}
