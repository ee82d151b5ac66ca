package org.xpsci.xp.cpu.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The worker pool's loop: every chunk once, failures reach the caller unchanged, nesting and many callers. */
class ParallelTest {

    @Test
    void everyChunkRunsExactlyOnce() {
        for (int chunks : new int[] {0, 1, 2, 3, 8, 97}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, chunks));
            Parallel.forEach(chunks, runs::incrementAndGet);
            for (int i = 0; i < chunks; i++) {
                assertEquals(1, runs.get(i), "chunk " + i + " of " + chunks);
            }
        }
    }

    @Test
    void aChunkFailureReachesTheCallerAsThrown() {
        IllegalArgumentException thrown = new IllegalArgumentException("chunk 5 failed");
        IllegalArgumentException seen = assertThrows(IllegalArgumentException.class,
                () -> Parallel.forEach(16, i -> {
                    if (i == 5) {
                        throw thrown;
                    }
                }));
        assertSame(thrown, seen);
        AssertionError error = assertThrows(AssertionError.class, () -> Parallel.forEach(4, i -> {
            throw new AssertionError("chunk " + i);
        }));
        assertTrue(error.getMessage().startsWith("chunk "));
    }

    /**
     * A loop's task (and what it captures) must be collectable once the loop returns, also while helpers linger
     * through a run of later loops: a helper task queued in the pool must not hold its loop.
     */
    @Test
    void aFinishedLoopKeepsNothingAlive() {
        AtomicLong sink = new AtomicLong();
        for (int trial = 0; trial < 10; trial++) {
            WeakReference<double[]> captured = loopOverNewArray();
            for (int i = 0; i < 2000; i++) {
                Parallel.forEach(2, sink::addAndGet);
            }
            System.gc();
            assertNull(captured.get(), "trial " + trial + ": an array captured by a finished loop is still reachable");
        }
    }

    private static WeakReference<double[]> loopOverNewArray() {
        double[] big = new double[1 << 20];
        Parallel.forEach(4, c -> big[c] = c);
        return new WeakReference<>(big);
    }

    @Test
    void nestedLoopsFinish() {
        AtomicLong sum = new AtomicLong();
        Parallel.forEach(8, i -> Parallel.forEach(8, j -> sum.addAndGet(8L * i + j)));
        assertEquals(63L * 64 / 2, sum.get());
    }

    @Test
    void manyCallersAtOnce() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            Future<?>[] done = new Future<?>[24];
            for (int c = 0; c < done.length; c++) {
                done[c] = callers.submit(() -> {
                    AtomicLong sum = new AtomicLong();
                    Parallel.forEach(50, i -> sum.addAndGet(i));
                    assertEquals(49L * 50 / 2, sum.get());
                });
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
