package org.xpsci.xp.cpu.linalg;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * Runs OpenBLAS calls on daemon threads with a {@link #STACK_BYTES} stack: OpenBLAS's threaded LU and Cholesky
 * keep job tables of several MiB on the caller's stack, beyond the 1 MiB of a default Java thread (which then
 * crashes the JVM). A call from one of these threads runs inline; there are as many as the worker pool.
 */
final class NativeStack {

    /** Stack size of the calling threads (reserved, committed only as used). */
    static final long STACK_BYTES = 64L << 20;

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Parallel.threads(), r -> {
        Thread t = new Caller(r, "xpsci-openblas-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private NativeStack() {
    }

    /** Runs the native call on a large-stack thread and returns its result (LAPACK's info). */
    static int run(IntSupplier call) {
        if (Thread.currentThread() instanceof Caller) {
            return call.getAsInt();
        }
        Future<Integer> f = POOL.submit(call::getAsInt);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for OpenBLAS", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A thread of the pool. */
    private static final class Caller extends Thread {
        Caller(Runnable r, String name) {
            super(null, r, name, STACK_BYTES);
        }
    }
}
