package org.xpsci.cluster.internal;

import java.util.Optional;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.NdArray;

/**
 * Reads arrays whose memory is on the host into Java arrays, for the algorithms SciPy runs in compiled code on
 * NumPy only (the hierarchy family). Host-buffer arrays are read in place; other host arrays (strict) are
 * exported through DLPack as a private copy, so the caller's array is left as it was. A device array is an
 * error that names the explicit copy: data never moves silently.
 */
public final class HostValues {

    private HostValues() {
    }

    /**
     * The elements of {@code x} as float64 in C order.
     *
     * @throws DeviceTransferException when x lives on a device
     * @throws IllegalArgumentException for complex input
     */
    public static double[] doubles(NdArray x, String function, String param) {
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException(function + ": " + param + " must be real; got a " + x.dtype()
                    + " array");
        }
        HostBuffer b = buffer(x, function, param);
        int n = Math.toIntExact(b.size());
        double[] out = new double[n];
        if (b.dtype() == DType.FLOAT64 && b.isCContiguous()) {
            System.arraycopy(b.doubles(), b.offset(), out, 0, n);
        } else {
            HostReader.forEach(b, (i, re, im) -> out[i] = re);
        }
        return out;
    }

    /**
     * The host memory of {@code x}: its own buffer when the backend grants one, else a private DLPack copy.
     *
     * @throws DeviceTransferException when x lives on a device
     */
    public static HostBuffer buffer(NdArray x, String function, String param) {
        requireHost(x, function, param);
        Optional<HostBuffer> own = x.hostBuffer();
        return own.isPresent() ? own.get() : x.dlpack(Device.CPU, true).hostBuffer();
    }

    /**
     * Checks that {@code x} lives in host memory.
     *
     * @throws DeviceTransferException naming the function, the device and the explicit copy
     */
    public static void requireHost(NdArray x, String function, String param) {
        if (!x.device().isCpu()) {
            throw new DeviceTransferException(function + " runs on host memory (SciPy runs it in compiled code on"
                    + " NumPy arrays only); " + param + " lives on " + x.device() + " (" + x.namespace().name()
                    + " backend). Copy it to the host explicitly, e.g. Xp.backend(\"cpu\").fromDlpack(" + param
                    + ", Device.CPU, true), and copy the result back with toDevice/fromDlpack");
        }
    }
}
