package org.xpsci.cluster;

import org.xpsci.cluster.hierarchy.FclusterCriterion;
import org.xpsci.cluster.hierarchy.Hierarchy;
import org.xpsci.cluster.hierarchy.LinkageMethod;
import org.xpsci.cluster.vq.KMeans2Options;
import org.xpsci.cluster.vq.KMeansOptions;
import org.xpsci.cluster.vq.Minit;
import org.xpsci.cluster.vq.Vq;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.SkipBackend;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Inputs are never modified, and results are the caller's own arrays: writing one in place is allowed on every
 * backend (on strict, a result that shared memory with anything would refuse the write).
 */
class InputsAndResultsTest {

    private static final Fixture V = Fixtures.load("vq.npz");
    private static final Fixture H = Fixtures.load("hierarchy.npz");

    @XpTest
    void vqFunctionsLeaveInputsAloneAndOwnTheirResults(ArrayNamespace xp) {
        NdArray data = V.get(xp, "data");
        NdArray init = V.get(xp, "init");
        NdArray k2 = Vq.kmeans2(data, init, KMeans2Options.defaults().withMinit(Minit.MATRIX)).centroid();
        NdArray k1 = Vq.kmeans(data, init, KMeansOptions.defaults()).codebook();
        NdArray code = Vq.vq(data, init).code();
        NdArray w = Vq.whiten(data);
        k2.set(0.0, Index.at(0), Index.at(0));
        k1.set(0.0, Index.at(0), Index.at(0));
        code.set(0L, Index.at(0));
        w.set(0.0, Index.at(0), Index.at(0));
        XpAssert.assertEqual(data, V.get(xp, "data"));
        XpAssert.assertEqual(init, V.get(xp, "init"));
    }

    @XpTest
    @SkipBackend(value = "cuda", reason = "hierarchy functions run on host memory and refuse device arrays"
            + " without copying them (DeviceArraysTest checks the refusal)")
    void hierarchyFunctionsLeaveInputsAloneAndOwnTheirResults(ArrayNamespace xp) {
        NdArray x = H.get(xp, "x");
        NdArray z = Hierarchy.linkage(x, LinkageMethod.WARD);
        z.set(0.0, Index.at(0), Index.at(2));
        NdArray zIn = H.get(xp, "Z_ward");
        NdArray labels = Hierarchy.fcluster(zIn, 3, FclusterCriterion.MAXCLUST);
        NdArray coph = Hierarchy.cophenet(zIn);
        NdArray leaves = Hierarchy.leavesList(zIn);
        NdArray cut = Hierarchy.cutTree(zIn);
        NdArray r = Hierarchy.inconsistent(zIn);
        labels.set(0L, Index.at(0));
        coph.set(0.0, Index.at(0));
        leaves.set(0L, Index.at(0));
        cut.set(0L, Index.at(0), Index.at(0));
        r.set(0.0, Index.at(0), Index.at(0));
        XpAssert.assertEqual(x, H.get(xp, "x"));
        XpAssert.assertEqual(zIn, H.get(xp, "Z_ward"));
    }
}
