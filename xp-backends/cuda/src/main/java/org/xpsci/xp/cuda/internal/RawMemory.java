package org.xpsci.xp.cuda.internal;

/**
 * The allocator under a {@link MemoryPool}: the driver's cuMemAlloc/cuMemFree on a device, or a fake in
 * host-side tests.
 *
 * @param <P> the pointer type
 */
public interface RawMemory<P> {

    /** A new block of {@code bytes} bytes, or null when the device is out of memory. */
    P allocate(long bytes);

    /** Returns a block to the device. */
    void free(P pointer);
}
