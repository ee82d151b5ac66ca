package org.xpsci.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.junit.jupiter.api.Test;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** fftfreq, rfftfreq, fftshift, ifftshift, next_fast_len and prev_fast_len against SciPy. */
class HelpersTest {

    private static final Fixture F = Fixtures.load("fft.npz");

    @XpTest
    void frequencies(ArrayNamespace xp) {
        assertClose(Fft.fftfreq(8, 0.1, xp, null), F.get(xp, "fftfreq_8_01"), 0, 0);
        assertClose(Fft.fftfreq(7, 1.0, xp, xp.info().defaultDevice()), F.get(xp, "fftfreq_7"), 0, 0);
        assertClose(Fft.rfftfreq(9, 2.0, xp, null), F.get(xp, "rfftfreq_9_2"), 0, 0);
    }

    @Test
    void frequenciesDefaultToCpuFloat64() {
        ArrayNamespace cpu = Xp.backend("cpu");
        NdArray f = Fft.fftfreq(8, 0.1);
        assertEquals(DType.FLOAT64, f.dtype());
        assertClose(f, F.get(cpu, "fftfreq_8_01"), 0, 0);
        assertClose(Fft.rfftfreq(9, 2.0), F.get(cpu, "rfftfreq_9_2"), 0, 0);
    }

    @XpTest
    void shifts(ArrayNamespace xp) {
        assertEqual(Fft.fftshift(F.get(xp, "r34")), F.get(xp, "fftshift_r34"));
        assertEqual(Fft.ifftshift(F.get(xp, "r345"), 1), F.get(xp, "ifftshift_r345_axis1"));
        assertEqual(Fft.fftshift(F.get(xp, "i6")), F.get(xp, "fftshift_i6"));
        NdArray x = F.get(xp, "r345");
        assertEqual(Fft.ifftshift(Fft.fftshift(x, -1, 0), -1, 0), x);
    }

    @Test
    void fastLengths() {
        ArrayNamespace cpu = Xp.backend("cpu");
        long[] targets = Xp.toLongArray(F.get(cpu, "fastlen_targets"));
        long[] next = Xp.toLongArray(F.get(cpu, "next_fast_len"));
        long[] nextReal = Xp.toLongArray(F.get(cpu, "next_fast_len_real"));
        long[] prev = Xp.toLongArray(F.get(cpu, "prev_fast_len"));
        long[] prevReal = Xp.toLongArray(F.get(cpu, "prev_fast_len_real"));
        for (int i = 0; i < targets.length; i++) {
            long t = targets[i];
            assertEquals(next[i], Fft.nextFastLen(t), "next_fast_len(" + t + ")");
            assertEquals(nextReal[i], Fft.nextFastLen(t, true), "next_fast_len(" + t + ", real)");
            assertEquals(prev[i], Fft.prevFastLen(t), "prev_fast_len(" + t + ")");
            assertEquals(prevReal[i], Fft.prevFastLen(t, true), "prev_fast_len(" + t + ", real)");
        }
        assertEquals(1L << 62, Fft.nextFastLen((1L << 62) - 1, true));
    }
}
