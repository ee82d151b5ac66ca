package org.xpsci.xp.cuda.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Device memory shared by an array and its views: a pool block with a count of the arrays that use it. The
 * block goes back to the pool when the last of them is closed or collected. A buffer may also wrap memory
 * owned by someone else (a DLPack import), which is never released here.
 */
public final class DeviceBuffer {

    private final DeviceContext context;
    private final MemoryPool.Block<DevicePointer> block;
    private final DevicePointer pointer;
    private final long bytes;
    private final Object foreignOwner;
    private final AtomicInteger users = new AtomicInteger();

    private DeviceBuffer(DeviceContext context, MemoryPool.Block<DevicePointer> block, DevicePointer pointer,
                         long bytes, Object foreignOwner) {
        this.context = context;
        this.block = block;
        this.pointer = pointer;
        this.bytes = bytes;
        this.foreignOwner = foreignOwner;
    }

    /** A new buffer of {@code bytes} bytes from the context's pool (a zero-byte buffer has no block). */
    static DeviceBuffer allocate(DeviceContext context, long bytes) {
        if (bytes == 0) {
            return new DeviceBuffer(context, null, DevicePointer.of(0), 0, null);
        }
        MemoryPool.Block<DevicePointer> b = context.pool().allocate(bytes);
        return new DeviceBuffer(context, b, b.pointer(), bytes, null);
    }

    /** Wraps memory owned by {@code owner} (kept reachable for as long as this buffer is). */
    public static DeviceBuffer wrap(DeviceContext context, long address, long bytes, Object owner) {
        return new DeviceBuffer(context, null, DevicePointer.of(address), bytes, owner);
    }

    /** The device context. */
    public DeviceContext context() {
        return context;
    }

    /** The first byte. */
    public DevicePointer pointer() {
        return pointer;
    }

    /** The size in bytes. */
    public long bytes() {
        return bytes;
    }

    /** Registers one more array using the buffer. */
    public void retain() {
        users.incrementAndGet();
    }

    /** One array stops using the buffer; the last returns the block to the pool. */
    public void release() {
        if (users.decrementAndGet() == 0 && block != null) {
            context.pool().release(block);
        }
    }

    /** Arrays still using the buffer. */
    public int users() {
        return users.get();
    }

    /** Whether the memory belongs to another library (a DLPack import). */
    public boolean isForeign() {
        return foreignOwner != null;
    }
}
