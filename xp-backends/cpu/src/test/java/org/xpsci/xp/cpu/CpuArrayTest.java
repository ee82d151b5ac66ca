package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.xp.cpu.Identical.assertIdentical;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.StridedViews;

/** The cpu array object's scalar conversions and devices, and the cpu's sliding-window views against NumPy. */
class CpuArrayTest {

    private static final Fixture F = Fixtures.load("manipulation.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void slidingWindowsMatchNumpy(ArrayNamespace xp) {
        StridedViews v = xp.stridedViews().orElseThrow();
        NdArray w = F.get(xp, "windows_src");
        assertIdentical(v.slidingWindowView(w, 4, 1, 1), F.get(xp, "windows_4_1_ax1"), "window 4 step 1");
        assertIdentical(v.slidingWindowView(w, 3, 2, -1), F.get(xp, "windows_3_2_ax1"), "window 3 step 2");
        assertIdentical(v.slidingWindowView(w, 2, 1, 0), F.get(xp, "windows_2_1_ax0"), "window 2 on axis 0");
        assertIdentical(v.slidingWindowView(w, 10, 3, 1), F.get(xp, "windows_10_3_ax1"), "one window");
        assertIdentical(v.slidingWindowView(xp.flip(w, 1), 4, 1, 1), xp.flip(F.get(xp, "windows_4_1_ax1"), 1, 2),
                "windows of a reversed view");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.slidingWindowView(w, 11, 1, 1));
        assertTrue(e.getMessage().contains("window") && e.getMessage().contains("11"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> v.slidingWindowView(w, 0, 1, 1));
        e = assertThrows(IllegalArgumentException.class, () -> v.slidingWindowView(w, 2, 0, 1));
        assertTrue(e.getMessage().contains("step"), e.getMessage());
        assertThrows(AxisException.class, () -> v.slidingWindowView(w, 2, 1, 2));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void scalarConversions(ArrayNamespace xp) {
        assertEquals(2.5, xp.asarray(2.5).doubleValue());
        assertEquals(2.5, xp.asarray(new double[] {2.5}).doubleValue(), "size-1 arrays convert too");
        assertEquals(-3L, xp.asarray(new int[] {-3}).longValue());
        assertEquals(-1L, xp.full(new int[0], new java.math.BigInteger("18446744073709551615"), DType.UINT64, null)
                .longValue(), "uint64 gives its bit pattern");
        assertEquals(255L, xp.full(new int[0], 255L, DType.UINT8, null).longValue());
        assertEquals(1L, xp.asarray(true).longValue());
        assertTrue(xp.asarray(Double.NaN).booleanValue(), "NaN is truthy, as in Python");
        assertFalse(xp.asarray(new Complex(0, 0)).booleanValue());
        assertTrue(xp.asarray(new Complex(0, -1)).booleanValue());
        assertEquals(new Complex(1, -2), xp.asarray(new Complex(1, -2)).complexValue());
        assertEquals(new Complex(3, 0), xp.asarray(3L).complexValue());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.asarray(1.5).longValue());
        assertTrue(e.getMessage().contains("float64"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.asarray(new Complex(1, 1)).doubleValue());
        assertTrue(e.getMessage().contains("complexValue"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.zeros(2).doubleValue());
        assertTrue(e.getMessage().contains("(2,)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.zeros(0).booleanValue());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void devicesAndDlpack(ArrayNamespace xp) {
        NdArray x = xp.reshape(xp.arange(0.0, 6.0, 1.0), 2, 3).mT();
        assertEquals(Device.CPU, x.device());
        assertEquals(x, x.toDevice(Device.CPU));
        Device gpu = new Device("cuda", 0);
        DeviceTransferException e = assertThrows(DeviceTransferException.class, () -> x.toDevice(gpu));
        assertTrue(e.getMessage().contains("cuda") && e.getMessage().contains("fromDlpack"), e.getMessage());
        assertThrows(DeviceTransferException.class, () -> x.dlpack(gpu, true));
        NdArray shared = xp.fromDlpack(x.dlpack());
        assertIdentical(shared, x, "zero-copy import");
        NdArray copied = xp.fromDlpack(x.dlpack(null, true));
        assertIdentical(copied, x, "copied export");
        assertTrue(x.hostBuffer().isPresent());
        assertEquals(2, x.shape(-1));
        assertThrows(AxisException.class, () -> x.shape(2));
        assertThrows(IllegalArgumentException.class, () -> xp.zeros(3).T());
    }
}
