package org.xpsci.xp.cpu.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.xpsci.xp.spi.DaemonWorkers;

/**
 * The cpu backend's worker pool: daemon threads (they never keep the JVM alive), as many as cores unless the
 * system property {@code xpsci.threads} says otherwise. Size thresholds for going parallel live here too.
 */
public final class Parallel {

    /** Elements below which cheap elementwise work stays on the calling thread. */
    public static final int CHEAP_GRAIN = 1 << 16;
    /** Elements below which expensive elementwise work (transcendentals) stays on the calling thread. */
    public static final int EXPENSIVE_GRAIN = 1 << 12;

    private static final int THREADS = Math.max(1,
            Integer.getInteger("xpsci.threads", Runtime.getRuntime().availableProcessors()));

    /** The workers besides the calling thread, which always takes part. */
    private static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, THREADS - 1),
            DaemonWorkers.factory("xpsci-cpu"), null, true);

    private Parallel() {
    }

    /** The number of threads that run a parallel loop: the caller and the workers. */
    public static int threads() {
        return THREADS;
    }

    /** How many chunks {@code n} units of work split into, given the grain below which splitting stops. */
    public static int chunks(long n, int grain) {
        if (THREADS == 1 || n < 2L * grain) {
            return 1;
        }
        return (int) Math.min(n / grain, THREADS * 16L);
    }

    /**
     * Runs {@code task} for chunk indices 0..chunks-1, in parallel when there is more than one: the calling
     * thread takes chunks too, so that work starts at once and a worker that wakes late takes fewer. Exceptions
     * thrown by a chunk propagate to the caller.
     */
    public static void forEach(int chunks, IntConsumer task) {
        if (chunks <= 1) {
            for (int i = 0; i < chunks; i++) {
                task.accept(i);
            }
            return;
        }
        new Loop(chunks, task).run();
    }

    /**
     * One parallel loop: chunks are claimed one at a time from a shared counter by the caller and helpers. A
     * helper that finished its chunks lingers a moment for the next loop (array operations come back to back), so
     * that a loop seldom waits for a parked worker to wake.
     */
    private static final class Loop {

        /** How long the caller spins for the last chunks before it parks, in nanoseconds. */
        private static final long SPIN_NANOS = 50_000;
        /** How long a helper that ran chunks waits for the next loop before it returns to the pool. */
        private static final long LINGER_NANOS = 100_000;
        /** The loop running that started last, which helpers join (cleared when it ends). */
        private static final AtomicReference<Loop> LATEST = new AtomicReference<>();
        /** Helpers working or lingering now; a loop submits helpers only for the threads beyond these. */
        private static final AtomicInteger ACTIVE = new AtomicInteger();

        private final int chunks;
        private final IntConsumer task;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger unfinished;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread caller = Thread.currentThread();

        Loop(int chunks, IntConsumer task) {
            this.chunks = chunks;
            this.task = task;
            this.unfinished = new AtomicInteger(chunks);
        }

        void run() {
            LATEST.set(this);
            for (int h = Math.min(THREADS, chunks) - 1 - ACTIVE.get(); h > 0; h--) {
                POOL.execute(Loop::help);
            }
            work();
            await();
            LATEST.compareAndSet(this, null);
            Throwable t = failure.get();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }

        /**
         * A helper: runs chunks of the latest loop, and of loops that start while it lingers after work. The
         * task holds no loop (a queued task must not keep a loop's arrays alive); after it stops counting as
         * active it looks once more, so that a loop that saw it active is never left without it.
         */
        private static void help() {
            do {
                ACTIVE.incrementAndGet();
                try {
                    for (Loop l = find(0); l != null; l = find(LINGER_NANOS)) {
                        l.work();
                    }
                } finally {
                    ACTIVE.decrementAndGet();
                }
            } while (find(0) != null);
        }

        /** The latest loop if it has chunks left, waiting up to {@code patience} nanoseconds for one; else null. */
        private static Loop find(long patience) {
            long until = System.nanoTime() + patience;
            do {
                Loop l = LATEST.get();
                if (l != null && l.next.get() < l.chunks) {
                    return l;
                }
                Thread.onSpinWait();
            } while (System.nanoTime() < until);
            return null;
        }

        /** Takes chunks until none is left; a chunk after a failure is skipped. */
        private void work() {
            for (int i = next.getAndIncrement(); i < chunks; i = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        task.accept(i);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    if (unfinished.decrementAndGet() == 0 && Thread.currentThread() != caller) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        /** Waits for the chunks other threads still run: spins briefly, then parks. */
        private void await() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (unfinished.get() > 0) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }
}
