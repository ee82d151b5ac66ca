package org.xpsci.xp.cuda.internal;

import jcuda.driver.CUdeviceptr;

/** A CUdeviceptr that tells its address (for DLPack export) and can be made from one (for import). */
public final class DevicePointer extends CUdeviceptr {

    /** An empty pointer for cuMemAlloc to fill. */
    public DevicePointer() {
    }

    private DevicePointer(CUdeviceptr base, long byteOffset) {
        super(base, byteOffset);
    }

    /** The pointer to a known device address. */
    public static DevicePointer of(long address) {
        return new DevicePointer(new CUdeviceptr(), address);
    }

    /** The device address. */
    public long address() {
        return getNativePointer() + getByteOffset();
    }

    /** The pointer {@code bytes} bytes further on. */
    public DevicePointer plus(long bytes) {
        return bytes == 0 ? this : new DevicePointer(this, bytes);
    }
}
