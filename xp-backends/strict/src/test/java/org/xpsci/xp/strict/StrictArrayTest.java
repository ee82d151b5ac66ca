package org.xpsci.xp.strict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Capabilities;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.MixedBackendException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.PortabilityException;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.Xp;

/** The strict backend's array object and namespace: a separate type, explicit transfers, memory sharing, info. */
class StrictArrayTest {

    private final ArrayNamespace xp = Xp.backend("strict");
    private final ArrayNamespace cpu = Xp.backend("cpu");

    @Test
    void strictAndCpuArraysDoNotMix() {
        NdArray s = xp.asarray(new double[] {1, 2});
        NdArray c = cpu.asarray(new double[] {1, 2});
        MixedBackendException e = assertThrows(MixedBackendException.class, () -> Xp.namespace(s, c));
        assertTrue(e.getMessage().contains("strict") && e.getMessage().contains("cpu"), e.getMessage());
        e = assertThrows(MixedBackendException.class, () -> xp.asarray(c));
        assertTrue(e.getMessage().contains("fromDlpack"), e.getMessage());
        assertThrows(MixedBackendException.class, () -> cpu.asarray(s));
        assertThrows(MixedBackendException.class, () -> xp.zerosLike(c));
        assertThrows(MixedBackendException.class, () -> s.get(Index.mask(cpu.asarray(new boolean[] {true, false}))));
        assertSame(xp, Xp.namespace(s));
    }

    @Test
    void explicitTransfersGoThroughDlpack() {
        NdArray s = xp.asarray(new double[] {1.5, -2});
        NdArray host = cpu.fromDlpack(s);
        assertArrayEquals(new double[] {1.5, -2}, Xp.toDoubleArray(host));
        NdArray back = xp.fromDlpack(cpu.asarray(new long[] {3, 4}), null, true);
        assertEquals(DType.INT64, back.dtype());
        assertEquals(4, back.get(1L).longValue());
        assertSame(s, xp.fromDlpack(s));
        assertTrue(Xp.hostBuffer(s).isEmpty(), "no host buffer, so consumer fast paths stay off");
        assertTrue(xp.stridedViews().isEmpty());
    }

    @Test
    void freshArraysCanBeWrittenAndViewsCannot() {
        NdArray x = xp.zeros(3);
        x.set(1.0, Index.at(0));
        assertEquals(1.0, x.get(0L).doubleValue(), "reading an element does not share memory");
        x.set(2.0, Index.at(1));
        NdArray view = xp.reshape(x, 3, 1);
        PortabilityException e = assertThrows(PortabilityException.class, () -> x.set(5.0, Index.at(2)));
        assertEquals("set on shared memory", e.rule());
        assertThrows(PortabilityException.class, () -> view.set(5.0, Index.at(0), Index.at(0)));
        NdArray copy = xp.asarray(x, null, null, true);
        copy.set(7.0, Index.at(2));
        assertArrayEquals(new double[] {1, 2, 7}, Xp.toDoubleArray(copy));
    }

    @Test
    void javaArraysAreCopiedUnlessCopyIsFalse() {
        double[] data = {1, 2, 3};
        NdArray x = xp.asarray(data);
        x.set(9.0, Index.at(0));
        assertEquals(1.0, data[0], "asarray copied the Java array");
        NdArray shared = xp.asarray(data, null, null, false);
        assertThrows(PortabilityException.class, () -> shared.set(9.0, Index.at(0)));
    }

    @Test
    void zeroCopyExportSharesMemory() {
        NdArray x = xp.ones(2);
        x.dlpack(null, true);
        x.set(3.0, Index.at(0));
        x.dlpack();
        assertThrows(PortabilityException.class, () -> x.set(4.0, Index.at(0)));
        NdArray imported = xp.fromDlpack(cpu.zeros(2));
        assertThrows(PortabilityException.class, () -> imported.set(1.0, Index.at(0)));
    }

    @Test
    void infoDescribesTheBackend() {
        assertEquals(new Capabilities(true, true, 64, false), xp.info().capabilities());
        assertEquals(List.of(Device.CPU), xp.info().devices());
        assertEquals(13, xp.info().dtypes(null).size());
        assertEquals(DType.FLOAT64, xp.info().defaultDtypes(null).realFloating());
        assertEquals(DType.INT64, xp.info().defaultDtypes(null).indexing());
        assertThrows(IllegalArgumentException.class, () -> xp.info().dtypes(new Device("cuda", 0)));
        assertEquals(Promotion.Rules.STANDARD, xp.promotionRules());
        assertTrue(xp.hasExtension("fft") && xp.hasExtension("linalg") && !xp.hasExtension("sparse"));
    }

    @Test
    void devicesAndPrinting() {
        NdArray x = xp.asarray(new float[] {1.5f, 2});
        assertSame(x, x.toDevice(Device.CPU));
        assertThrows(DeviceTransferException.class, () -> x.toDevice(new Device("cuda", 0)));
        assertEquals("array([1.5, 2. ], dtype=float32)", x.toString());
        assertEquals(Device.CPU, x.device());
    }

    @Test
    void promotionFollowsTheStandardOnly() {
        assertEquals(DType.INT16, xp.resultType(DType.INT8, DType.UINT8));
        assertEquals(DType.COMPLEX64, xp.resultType(DType.FLOAT32, DType.COMPLEX64));
        PortabilityException e = assertThrows(PortabilityException.class, () -> xp.resultType(DType.INT32, DType.FLOAT32));
        assertTrue(e.getMessage().startsWith("[mixed-kind promotion] result_type of int32 and float32"), e.getMessage());
        assertFalse(xp.canCast(DType.INT32, DType.FLOAT64));
        assertTrue(xp.canCast(DType.INT32, DType.INT64));
        NdArray f = xp.asarray(new double[] {1});
        e = assertThrows(PortabilityException.class, () -> xp.scalarFor(f, new Complex(0, 1)));
        assertTrue(e.getMessage().contains("complex scalar"), e.getMessage());
        assertEquals(DType.FLOAT64, f.add(2L).dtype(), "an integer scalar adopts a float array's dtype");
    }

    @Test
    void messagesNameTheFunctionTheDtypeAndTheRule() {
        PortabilityException e = assertThrows(PortabilityException.class, () -> xp.sqrt(xp.asarray(new int[] {4})));
        assertEquals("[dtype category] sqrt needs x of a floating-point dtype; got int32 (the standard does not require"
                + " other dtypes; cast explicitly with astype)", e.getMessage());
        e = assertThrows(PortabilityException.class, () -> xp.fft().fft(xp.asarray(new double[] {1, 2})));
        assertTrue(e.getMessage().startsWith("[dtype category] fft.fft needs x of a complex floating-point dtype"),
                e.getMessage());
        e = assertThrows(PortabilityException.class, () -> xp.linalg().inv(xp.eye(2, null, 0, DType.INT64, null)));
        assertTrue(e.getMessage().startsWith("[dtype category] linalg.inv"), e.getMessage());
        e = assertThrows(PortabilityException.class, () -> xp.fft().rfft(xp.asarray(new Complex[] {Complex.ZERO}),
                null, -1, FftNorm.BACKWARD));
        assertTrue(e.getMessage().startsWith("[dtype category] fft.rfft needs x of a real-valued floating-point dtype"),
                e.getMessage());
    }

    @Test
    void resultsThatAreTheInputComeBackAsTheSameArray() {
        NdArray x = xp.asarray(new double[] {1, 2});
        assertSame(x, xp.astype(x, DType.FLOAT64, false, null));
        assertSame(x, xp.asarray(x));
    }

    @Test
    void scalarConversionsNeedZeroDArrays() {
        NdArray x = xp.asarray(new long[] {7});
        assertThrows(PortabilityException.class, x::longValue);
        assertEquals(7, xp.reshape(x, new int[0]).longValue());
        assertTrue(x.get(0L).booleanValue());
        assertEquals(new Complex(7, 0), x.get(0L).complexValue());
    }
}
