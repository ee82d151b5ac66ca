package org.xpsci.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xpsci.testing.XpAssert.assertClose;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** fht, ifht and fhtoffset against SciPy: orders, offsets, biases, odd and even lengths, singular cases. */
class FhtTest {

    private static final Fixture F = Fixtures.load("fft.npz");

    private static NdArray in(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    /** Parameter set {@code p} of the generator: (dln, mu, offset, bias). */
    private static double[] params(ArrayNamespace xp, int p) {
        NdArray row = in(xp, "fht_params").get(Index.at(p), Index.ellipsis());
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = row.get(Index.at(i)).doubleValue();
        }
        return v;
    }

    @XpTest
    void forwardAndInverse(ArrayNamespace xp) {
        for (int p = 0; p < 5; p++) {
            double[] q = params(xp, p);
            for (String a : new String[] {"a16", "a15", "a2x9"}) {
                NdArray y = Fht.fht(in(xp, a), q[0], q[1], q[2], q[3]);
                assertClose(y, in(xp, "fht_" + a).get(Index.at(p), Index.ellipsis()), 1e-10, 1e-12);
            }
            NdArray inverse = Fht.ifht(in(xp, "a16"), q[0], q[1], q[2], q[3]);
            assertClose(inverse, in(xp, "ifht_a16").get(Index.at(p), Index.ellipsis()), 1e-10, 1e-12);
        }
        Index first = Index.at(0);
        assertClose(Fht.fht(in(xp, "a16"), 0.1, 0.0), in(xp, "fht_a16").get(first, Index.ellipsis()), 1e-10, 1e-12);
        assertClose(Fht.ifht(in(xp, "a16"), 0.1, 0.0), in(xp, "ifht_a16").get(first, Index.ellipsis()), 1e-10, 1e-12);
    }

    @XpTest
    void dtypesAndShortInput(ArrayNamespace xp) {
        NdArray f16 = xp.astype(in(xp, "a16"), DType.FLOAT32);
        NdArray y = Fht.fht(f16, 0.1, 0.5);
        assertEquals(DType.FLOAT32, y.dtype());
        assertClose(y, in(xp, "fht_f16"));
        assertClose(Fht.fht(f16, 0.1, 0.5, 0, 0.3), in(xp, "fht_f16_bias"));
        NdArray fromInt = Fht.fht(in(xp, "i6"), 0.1, 0.5);
        assertEquals(DType.FLOAT64, fromInt.dtype());
        assertClose(fromInt, in(xp, "fht_i6"), 1e-10, 1e-12);
        assertClose(Fht.fht(in(xp, "a16").get(Index.to(1)), 0.1, 0.5), in(xp, "fht_a1"), 1e-12, 0);
    }

    @XpTest
    void singularCoefficients(ArrayNamespace xp) {
        NdArray a = in(xp, "a16");
        assertClose(Fht.fht(a, 0.1, -1.0, 0, -2.0), in(xp, "fht_singular"), 1e-10, 1e-12);
        assertClose(Fht.ifht(a, 0.1, -1.0, 0, 2.0), in(xp, "ifht_singular"), 1e-10, 1e-12);
        assertClose(Fht.fht(a, 0.1, -2.0, 0, 1.0), in(xp, "fht_poles"), 1e-10, 1e-12);
        assertClose(Fht.fht(a, 0.1, -1.0), in(xp, "fht_mu_m1"), 1e-10, 1e-12);
    }

    @XpTest
    void offsets(ArrayNamespace xp) {
        NdArray args = in(xp, "fhtoffset_args");
        NdArray values = in(xp, "fhtoffset_values");
        int n = args.shape()[0];
        double[] got = new double[n];
        for (int i = 0; i < n; i++) {
            NdArray r = args.get(Index.at(i), Index.all());
            got[i] = Fht.fhtoffset(r.get(0L).doubleValue(), r.get(1L).doubleValue(), r.get(2L).doubleValue(),
                    r.get(3L).doubleValue());
        }
        assertClose(xp.asarray(got), values, 1e-12, 1e-14);
        assertEquals(values.get(1L).doubleValue(), Fht.fhtoffset(0.05, 0.0), 1e-14);
    }
}
