package org.xpsci.xp.cuda.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The caching allocator over a fake device that counts its blocks. */
class MemoryPoolTest {

    /** A device of {@code capacity} bytes. */
    static final class FakeDevice implements RawMemory<Long> {
        final long capacity;
        long used;
        long next = 1;
        int allocations;
        int frees;
        final Set<Long> live = new HashSet<>();
        final java.util.Map<Long, Long> sizes = new java.util.HashMap<>();

        FakeDevice(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public Long allocate(long bytes) {
            if (used + bytes > capacity) {
                return null;
            }
            used += bytes;
            allocations++;
            long p = next;
            next += bytes;
            live.add(p);
            sizes.put(p, bytes);
            return p;
        }

        @Override
        public void free(Long pointer) {
            assertTrue(live.remove(pointer), "double free of " + pointer);
            used -= sizes.remove(pointer);
            frees++;
        }
    }

    @Test
    void sizesRoundToGranules() {
        assertEquals(512, MemoryPool.rounded(0));
        assertEquals(512, MemoryPool.rounded(1));
        assertEquals(1024, MemoryPool.rounded(513));
        assertEquals(1 << 20, MemoryPool.rounded(1 << 20));
        assertEquals(2 << 20, MemoryPool.rounded((1 << 20) + 1));
    }

    @Test
    void releasedBlocksAreReusedForTheSameSize() {
        FakeDevice d = new FakeDevice(1 << 30);
        MemoryPool<Long> pool = new MemoryPool<>(d, 1 << 20, null);
        MemoryPool.Block<Long> a = pool.allocate(1000);
        pool.release(a);
        MemoryPool.Block<Long> b = pool.allocate(900);
        assertSame(a.pointer(), b.pointer());
        assertEquals(1, d.allocations);
        pool.release(b);
        assertEquals(1024, pool.cachedBytes());
    }

    @Test
    void manyAllocationsLeaveNothingBehind() {
        FakeDevice d = new FakeDevice(1 << 30);
        MemoryPool<Long> pool = new MemoryPool<>(d, 1 << 16, null);
        List<MemoryPool.Block<Long>> held = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            held.add(pool.allocate(64 + (i % 37) * 100));
            if (held.size() > 50) {
                pool.release(held.remove(0));
            }
        }
        held.forEach(pool::release);
        assertEquals(0, pool.liveBlocks());
        assertEquals(0, pool.inUseBytes());
        assertTrue(pool.cachedBytes() <= 1 << 16);
        pool.trim();
        assertEquals(0, pool.cachedBytes());
        assertEquals(0, d.used, "every device block was freed");
        assertEquals(d.allocations, d.frees);
    }

    @Test
    void theCacheIsBounded() {
        FakeDevice d = new FakeDevice(1 << 30);
        MemoryPool<Long> pool = new MemoryPool<>(d, 2048, null);
        List<MemoryPool.Block<Long>> held = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            held.add(pool.allocate(512));
        }
        held.forEach(pool::release);
        assertEquals(2048, pool.cachedBytes());
        assertEquals(6, d.frees);
    }

    @Test
    void runningOutFreesTheCacheThenCollectsBeforeFailing() {
        FakeDevice d = new FakeDevice(4096);
        int[] collected = {0};
        MemoryPool<Long> pool = new MemoryPool<>(d, 1 << 20, () -> collected[0]++);
        MemoryPool.Block<Long> a = pool.allocate(2048);
        pool.release(a);
        MemoryPool.Block<Long> b = pool.allocate(4096);
        assertEquals(0, collected[0], "freeing the cached block was enough");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.allocate(1024));
        assertEquals(1, collected[0]);
        assertTrue(e.getMessage().contains("out of memory") && e.getMessage().contains("close()"));
        pool.release(b);
    }

    @Test
    void aCollectionThatReturnsBlocksLetsTheAllocationSucceed() {
        FakeDevice d = new FakeDevice(4096);
        List<MemoryPool.Block<Long>> garbage = new ArrayList<>();
        MemoryPool<Long>[] ref = new MemoryPool[1];
        ref[0] = new MemoryPool<>(d, 1 << 20, () -> garbage.forEach(b -> ref[0].release(b)));
        garbage.add(ref[0].allocate(4096));
        MemoryPool.Block<Long> b = ref[0].allocate(4096);
        assertEquals(4096, b.size());
    }
}
