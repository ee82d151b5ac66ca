package org.xpsci.xp;

/**
 * DLPack's tensor descriptor in Java: what an array exports through {@link NdArray#dlpack(Device, Boolean)}
 * and what {@link ArrayNamespace#fromDlpack(Object, Device, Boolean)} imports.
 *
 * <p>Either {@code hostData} holds host memory (a primitive array laid out as {@link HostBuffer} describes),
 * or {@code devicePointer} is the address of device memory on {@code device}. {@code owner} keeps the
 * producer's memory alive for as long as the descriptor is referenced.
 *
 * @param device        where the memory lives
 * @param dtype         element dtype
 * @param shape         shape
 * @param strides       strides in elements
 * @param offset        offset of the first element, in elements
 * @param hostData      the primitive array for host memory, else null
 * @param devicePointer the device address for device memory, else 0
 * @param owner         the object that owns the memory
 */
public record DlpackTensor(Device device, DType dtype, int[] shape, int[] strides, long offset,
                           Object hostData, long devicePointer, Object owner) {

    /** A descriptor of host memory. */
    public static DlpackTensor host(Object data, DType dtype, int[] shape, int[] strides, int offset, Object owner) {
        return new DlpackTensor(Device.CPU, dtype, shape.clone(), strides.clone(), offset, data, 0L, owner);
    }

    /** A descriptor of a C-contiguous host buffer holding {@code shape}'s elements from position 0. */
    public static DlpackTensor host(Object data, DType dtype, int... shape) {
        return host(data, dtype, shape, contiguousStrides(shape), 0, data);
    }

    /** True when the memory is on the host. */
    public boolean isHost() {
        return hostData != null;
    }

    /** The host memory as a {@link HostBuffer}; only for host descriptors. */
    public HostBuffer hostBuffer() {
        if (hostData == null) {
            throw new DeviceTransferException("the DLPack tensor lives on " + device
                    + ", not in host memory; export it with dlpack(Device.CPU, true) to copy it to the host");
        }
        return new HostBuffer(hostData, dtype, shape.clone(), strides.clone(), Math.toIntExact(offset));
    }

    /** C-order strides, in elements, for {@code shape}. */
    public static int[] contiguousStrides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= Math.max(shape[i], 1);
        }
        return s;
    }
}
