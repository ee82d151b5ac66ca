package org.xpsci.xp.cuda.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * A caching allocator over a {@link RawMemory}: released blocks are kept, by rounded size, for the next
 * allocation of that size, because cuMemAlloc and cuMemFree are slow and cuMemFree synchronises the device.
 * Reuse is safe since every kernel of a device runs on one stream in order. When the device is out of memory
 * the pool frees its cache and, failing that, asks the JVM to collect unreachable arrays (whose Cleaner
 * returns their blocks) before giving up. Thread-safe.
 *
 * @param <P> the pointer type
 */
public final class MemoryPool<P> {

    /** Allocation granularity of small blocks. */
    public static final long SMALL_GRANULE = 512;
    /** Allocation granularity of blocks of a MiB or more. */
    public static final long LARGE_GRANULE = 1 << 20;

    private final RawMemory<P> raw;
    private final long cacheLimit;
    private final Runnable collect;
    private final Map<Long, ArrayDeque<P>> free = new HashMap<>();
    private long cachedBytes;
    private long inUseBytes;
    private long liveBlocks;

    /**
     * @param raw        the underlying allocator
     * @param cacheLimit the most bytes kept cached for reuse
     * @param collect    called once when memory runs out, to let unreachable arrays release their blocks
     */
    public MemoryPool(RawMemory<P> raw, long cacheLimit, Runnable collect) {
        this.raw = raw;
        this.cacheLimit = cacheLimit;
        this.collect = collect;
    }

    /** The size a request of {@code bytes} is served with (at least one granule). */
    public static long rounded(long bytes) {
        long g = bytes >= LARGE_GRANULE ? LARGE_GRANULE : SMALL_GRANULE;
        return Math.max(g, (bytes + g - 1) / g * g);
    }

    /**
     * A block of at least {@code bytes} bytes.
     *
     * @throws IllegalStateException when the device has no room even after freeing the cache and collecting
     */
    public Block<P> allocate(long bytes) {
        long size = rounded(bytes);
        P p = take(size);
        if (p == null) {
            p = raw.allocate(size);
        }
        if (p == null) {
            trim();
            p = raw.allocate(size);
        }
        if (p == null && collect != null) {
            collect.run();
            p = take(size);
            if (p == null) {
                trim();
                p = raw.allocate(size);
            }
        }
        if (p == null) {
            throw new IllegalStateException("the device is out of memory allocating " + size + " bytes ("
                    + inUseBytes() + " bytes in use by arrays); close arrays that are no longer needed"
                    + " (CudaArray.close())");
        }
        synchronized (this) {
            inUseBytes += size;
            liveBlocks++;
        }
        return new Block<>(p, size);
    }

    private synchronized P take(long size) {
        ArrayDeque<P> q = free.get(size);
        if (q == null || q.isEmpty()) {
            return null;
        }
        cachedBytes -= size;
        return q.pop();
    }

    /** Returns a block: cached for reuse while the cache has room, else freed. */
    public void release(Block<P> b) {
        boolean keep;
        synchronized (this) {
            inUseBytes -= b.size();
            liveBlocks--;
            keep = cachedBytes + b.size() <= cacheLimit;
            if (keep) {
                free.computeIfAbsent(b.size(), s -> new ArrayDeque<>()).push(b.pointer());
                cachedBytes += b.size();
            }
        }
        if (!keep) {
            raw.free(b.pointer());
        }
    }

    /** Frees every cached block. */
    public void trim() {
        ArrayDeque<P> all = new ArrayDeque<>();
        synchronized (this) {
            for (ArrayDeque<P> q : free.values()) {
                all.addAll(q);
            }
            free.clear();
            cachedBytes = 0;
        }
        for (P p : all) {
            raw.free(p);
        }
    }

    /** Bytes held by live blocks. */
    public synchronized long inUseBytes() {
        return inUseBytes;
    }

    /** Bytes cached for reuse. */
    public synchronized long cachedBytes() {
        return cachedBytes;
    }

    /** Blocks handed out and not yet released. */
    public synchronized long liveBlocks() {
        return liveBlocks;
    }

    /**
     * A block of device memory.
     *
     * @param pointer the pointer
     * @param size    its size in bytes (rounded)
     * @param <P>     the pointer type
     */
    public record Block<P>(P pointer, long size) {
    }
}
