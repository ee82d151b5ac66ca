package org.xpsci.xp.strict;

import java.util.Optional;
import org.xpsci.xp.ArrayFormat;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * An array of the strict backend: a cpu array behind a type of its own, so that passing it where a cpu array
 * is expected (or the reverse) is the mixed-backend error. It grants no host-buffer access
 * ({@link #hostBuffer()} is empty, so consumer fast paths stay off) but exports its memory through DLPack for
 * explicit transfers. Created only by the {@link StrictNamespace}.
 */
public final class StrictArray implements NdArray {

    private final StrictNamespace ns;
    private final NdArray base;
    private final Memory memory;

    StrictArray(StrictNamespace ns, NdArray base, Memory memory) {
        this.ns = ns;
        this.base = base;
        this.memory = memory;
    }

    /** The wrapped cpu array (package use: the namespace unwraps arguments with it). */
    NdArray base() {
        return base;
    }

    Memory memory() {
        return memory;
    }

    @Override
    public ArrayNamespace namespace() {
        return ns;
    }

    @Override
    public DType dtype() {
        return base.dtype();
    }

    @Override
    public int[] shape() {
        return base.shape();
    }

    @Override
    public int ndim() {
        return base.ndim();
    }

    @Override
    public long size() {
        return base.size();
    }

    @Override
    public Device device() {
        return Device.CPU;
    }

    @Override
    public NdArray toDevice(Device device) {
        if (device == null || device.isCpu()) {
            return this;
        }
        throw new DeviceTransferException("the strict backend has only the cpu device; got " + device
                + " (move data to another backend explicitly with its fromDlpack(x, device, true))");
    }

    /**
     * Exports the memory as a DLPack descriptor. Without a copy the memory becomes shared (a consumer may see
     * it), so later in-place writes to this array are refused.
     */
    @Override
    public DlpackTensor dlpack(Device device, Boolean copy) {
        if (device != null && !device.isCpu()) {
            throw new DeviceTransferException("a strict array exports host memory only; the backend of " + device
                    + " copies it in with fromDlpack(x, " + device + ", true)");
        }
        if (!Boolean.TRUE.equals(copy)) {
            memory.share();
        }
        return base.dlpack(device, copy);
    }

    /** Always empty: the strict backend grants no direct host-memory access ({@link StrictRule#HOST_BUFFER}). */
    @Override
    public Optional<HostBuffer> hostBuffer() {
        return Optional.empty();
    }

    @Override
    public NdArray get(Index... index) {
        return ns.indexing().get(this, index);
    }

    @Override
    public void set(NdArray value, Index... index) {
        ns.indexing().set(this, value, index);
    }

    @Override
    public double doubleValue() {
        requireZeroD("doubleValue (__float__)");
        return base.doubleValue();
    }

    @Override
    public long longValue() {
        requireZeroD("longValue (__int__)");
        return base.longValue();
    }

    @Override
    public boolean booleanValue() {
        requireZeroD("booleanValue (__bool__)");
        return base.booleanValue();
    }

    @Override
    public Complex complexValue() {
        requireZeroD("complexValue (__complex__)");
        return base.complexValue();
    }

    private void requireZeroD(String what) {
        if (ndim() != 0) {
            throw StrictRule.SCALAR_CONVERSION.violation(what + " needs a 0-d array; got shape "
                    + Broadcast.format(shape()) + " (index the element first, e.g. x.get(0, ...), or reshape to ())");
        }
    }

    @Override
    public String toString() {
        return ArrayFormat.repr(base.dlpack(null, null).hostBuffer(), "array");
    }
}
