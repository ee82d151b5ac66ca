package org.xpsci.xp.cuda.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Radix choice, Bluestein sizes and the accuracy of the tables FftPlan computes for the kernels. */
class FftPlanTest {

    @Test
    void powersOfTwoUseRadixEightThenOneFourOrTwo() {
        assertArrayEquals(new int[] {8, 8, 8, 8, 8, 8, 4}, FftPlan.radices(1 << 20));
        assertArrayEquals(new int[] {8, 2}, FftPlan.radices(16));
        assertArrayEquals(new int[] {4}, FftPlan.radices(4));
        assertArrayEquals(new int[] {2}, FftPlan.radices(2));
        assertArrayEquals(new int[0], FftPlan.radices(1));
    }

    @Test
    void smallPrimeFactorsBecomeTheirRadices() {
        assertArrayEquals(new int[] {4, 3, 5, 5}, FftPlan.radices(300));
        assertArrayEquals(new int[] {7, 11, 13}, FftPlan.radices(1001));
        assertArrayEquals(new int[] {3, 3, 3, 3, 3}, FftPlan.radices(243));
    }

    @Test
    void everyPlanMultipliesOutToItsLengthWithKernelRadices() {
        for (int n = 1; n <= 5000; n++) {
            int[] r = FftPlan.radices(n);
            if (r == null) {
                continue;
            }
            long p = 1;
            for (int x : r) {
                p *= x;
                int radix = x;
                assertTrue(Arrays.stream(FftPlan.KERNEL_RADICES).anyMatch(k -> k == radix), "radix " + x);
            }
            assertEquals(n, p, "n=" + n);
        }
    }

    @Test
    void otherPrimesGoToBluestein() {
        assertNull(FftPlan.radices(17));
        assertNull(FftPlan.radices(2 * 19));
        FftPlan p = FftPlan.of(17);
        assertTrue(p.isBluestein());
        assertEquals(35, p.bluestein());
        assertFalse(FftPlan.of(64).isBluestein());
    }

    @Test
    void bluesteinSizeIsTheSmallestSevenSmoothNumberAtLeastTwiceTheLengthMinusOne() {
        assertEquals(35, FftPlan.bluesteinSize(17));
        assertEquals(1, FftPlan.bluesteinSize(1));
        assertEquals(196, FftPlan.bluesteinSize(97));
        for (int n = 1; n < 3000; n += 7) {
            int m = FftPlan.bluesteinSize(n);
            assertTrue(m >= 2 * n - 1);
            assertTrue(FftPlan.radices(m) != null);
            for (int k = 2 * n - 1; k < m; k++) {
                int[] r = FftPlan.radices(k);
                assertTrue(r == null || Arrays.stream(r).anyMatch(x -> x > 8), "smaller 7-smooth size " + k + " for n=" + n);
            }
        }
    }

    @Test
    void rejectsLengthsBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FftPlan.of(0));
        assertTrue(e.getMessage().contains("(0)"));
    }

    @Test
    void rootsAreAccurateToAnUlpOrTwo() {
        int n = 1 << 20;
        double[] w = FftPlan.roots(n);
        double worst = 0;
        for (int m = 0; m < n; m += 997) {
            double a = 2 * Math.PI * m / n;
            worst = Math.max(worst, Math.abs(w[2 * m] - Math.cos(a)));
            worst = Math.max(worst, Math.abs(w[2 * m + 1] + Math.sin(a)));
        }
        assertTrue(worst < 1e-15, "worst " + worst);
        assertEquals(1.0, w[0]);
        assertEquals(0.0, w[1], 0.0);
        assertEquals(-1.0, w[n], 0.0);
        assertEquals(0.0, w[n + 1], 0.0);
        assertEquals(0.0, w[n / 2], 0.0);
        assertEquals(-1.0, w[n / 2 + 1], 0.0);
    }

    @Test
    void chirpReducesTheSquareModuloTwoN() {
        int n = 100_003;
        double[] w = FftPlan.chirp(n);
        for (int k : new int[] {0, 1, 2, 317, 50_000, n - 1}) {
            double a = Math.PI * (double) ((long) k * k % (2L * n)) / n;
            assertEquals(Math.cos(a), w[2 * k], 1e-15);
            assertEquals(-Math.sin(a), w[2 * k + 1], 1e-15);
        }
    }

    @Test
    void bluesteinKernelIsSymmetricAndZeroInTheGap() {
        int n = 5;
        int m = 12;
        double[] b = FftPlan.bluesteinKernel(n, m);
        double[] w = FftPlan.chirp(n);
        for (int k = 1; k < n; k++) {
            assertEquals(b[2 * k], b[2 * (m - k)]);
            assertEquals(b[2 * k + 1], b[2 * (m - k) + 1]);
            assertEquals(-w[2 * k + 1], b[2 * k + 1]);
        }
        for (int k = n; k <= m - n; k++) {
            assertEquals(0.0, b[2 * k]);
            assertEquals(0.0, b[2 * k + 1]);
        }
    }
}
