package org.xpsci.signal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xpsci.signal.DetrendType;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The batched real FFT of the host path against NumPy's rfft (fixtures/signal/batch.npz, gen_batch.py) of
 * detrended, windowed segments, in float64 and float32, for every way segments are loaded: by chunks (hop
 * dividing nperseg), one by one (other hops), from strided lines, and past the input's end (zero-filled). A
 * host kernel, so it runs on the cpu backend's buffers only; the spectral tests check it through the public
 * API on every backend and path.
 */
class SegmentBatchTest {

    private static final ArrayNamespace CPU = Xp.backend("cpu");

    /** (case, n, hop, segments, detrend), as gen_batch.py's CASES. */
    private static final Object[][] CASES = {
        {"n2", 2, 1, 9, null},
        {"n4", 4, 4, 5, null},
        {"n16", 16, 8, 20, DetrendType.CONSTANT},
        {"n64", 64, 16, 12, DetrendType.LINEAR},
        {"n64hop24", 64, 24, 7, DetrendType.CONSTANT},
        {"n1024", 1024, 512, 3, DetrendType.CONSTANT},
        {"n256tail", 256, 128, 6, DetrendType.LINEAR},
    };

    private static Fixture f() {
        return Fixtures.load("signal/batch.npz");
    }

    @Test
    void float64BinsMatchNumpyRfft() {
        for (Object[] c : CASES) {
            check(c, "", false, false);
            check(c, "", false, true);
        }
    }

    @Test
    void float32BinsMatchTheExactTransformOfFloat32Samples() {
        for (Object[] c : CASES) {
            check(c, "32", true, false);
            check(c, "32", true, true);
        }
    }

    @Test
    void aNanStaysInTheLanesOfTheSegmentsThatHoldIt() {
        NdArray x = f().get(CPU, "n16:x");
        double[] v = Xp.toDoubleArray(x);
        v[50] = Double.NaN;
        NdArray withNan = CPU.reshape(CPU.asarray(v), x.shape());
        double[][][] bins = transform(withNan, spec(16, 8, DetrendType.CONSTANT), false, 20, false);
        double[][][] expected = expected("n16:rfft", 1, 20, 9);
        for (int p = 0; p < 20; p++) {
            boolean holds = p * 8 <= 50 && 50 < p * 8 + 16;
            for (int k = 0; k < 9; k++) {
                if (holds) {
                    assertTrue(Double.isNaN(bins[0][p][2 * k]), "segment " + p + " bin " + k);
                } else {
                    assertEquals(expected[0][p][2 * k], bins[0][p][2 * k], 1e-10, "segment " + p + " bin " + k);
                }
            }
        }
    }

    private static void check(Object[] c, String suffix, boolean single, boolean strided) {
        String name = (String) c[0];
        int n = (Integer) c[1];
        int segments = (Integer) c[3];
        NdArray x = f().get(CPU, name + suffix + ":x");
        assertEquals(single ? DType.FLOAT32 : DType.FLOAT64, x.dtype());
        int lines = x.shape()[0];
        double[][][] bins = transform(x, spec(n, (Integer) c[2], (DetrendType) c[4]), single, segments, strided);
        NdArray expected = CPU.astype(f().get(CPU, name + suffix + ":rfft"), DType.COMPLEX128);
        // absolute only, a fraction of the largest bin (Tolerances' noise fractions): the detrended DC bin and
        // the imaginary parts of the edge bins are zero in exact arithmetic
        double max = CPU.max(CPU.abs(expected)).doubleValue();
        AssertOptions o = AssertOptions.defaults().rtol(0).atol(max * (single ? 2e-6 : 1e-12))
                .message(name + suffix + (strided ? " strided" : ""));
        int[] shape = {lines, segments, n / 2 + 1};
        XpAssert.assertClose(part(bins, 0, shape), CPU.real(expected), o);
        XpAssert.assertClose(part(bins, 1, shape), CPU.imag(expected), o);
    }

    /** The real (part 0) or imaginary (part 1) parts of [line][segment][re, im of each bin] as an array. */
    private static NdArray part(double[][][] bins, int part, int[] shape) {
        double[] v = new double[shape[0] * shape[1] * shape[2]];
        int i = 0;
        for (double[][] line : bins) {
            for (double[] seg : line) {
                for (int k = 0; k < shape[2]; k++) {
                    v[i++] = seg[2 * k + part];
                }
            }
        }
        return CPU.reshape(CPU.asarray(v), shape);
    }

    private static SegmentSpec spec(int n, int hop, DetrendType detrend) {
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = 0.5 - 0.5 * Math.cos(2 * Math.PI * j / n);
        }
        return new SegmentSpec(n, hop, n, w, detrend, false);
    }

    /** [line][segment][re, im of each bin] through batches; lines along axis 1, or axis 0 of a copy when strided. */
    private static double[][][] transform(NdArray x, SegmentSpec spec, boolean single, int segments,
                                          boolean strided) {
        int lines = x.shape()[0];
        NdArray a = strided ? CPU.asarray(CPU.matrixTranspose(x), null, null, true) : x;
        HostBuffer buffer = Xp.hostBuffer(a).orElseThrow();
        SegmentSource s = SegmentSource.of(buffer, strided ? 0 : 1, new int[] {lines});
        assertEquals(strided ? lines : 1, s.stride());
        assertTrue(SegmentBatch.supports(spec, single, s, null));
        SegmentBatch batch = SegmentBatch.create(spec, single, 1);
        LaneRuns runs = new LaneRuns(new WorkSplit(0, lines, 0, segments), batch.lanes);
        double[][][] out = new double[lines][segments][spec.nfft() + 2];
        while (runs.next()) {
            batch.load(s, runs);
            batch.transform();
            for (int r = 0; r < runs.size(); r++) {
                for (int c = 0; c < runs.count(r); c++) {
                    double[] bins = out[runs.line(r)][runs.first(r) + c];
                    batch.bins(runs.lane(r) + c, (k, re, im) -> {
                        bins[2 * k] = re;
                        bins[2 * k + 1] = im;
                    });
                }
            }
        }
        return out;
    }

    private static double[][][] expected(String key, int lines, int segments, int nfreq) {
        NdArray e = f().get(CPU, key);
        double[] v = Xp.toComplexArray(e);
        double[][][] out = new double[lines][segments][2 * nfreq];
        for (int l = 0; l < lines; l++) {
            for (int p = 0; p < segments; p++) {
                System.arraycopy(v, 2 * nfreq * (l * segments + p), out[l][p], 0, 2 * nfreq);
            }
        }
        return out;
    }
}
