package org.xpsci.xp.spi;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread factory of every xpsci worker pool (the cpu backend's and the host paths of the sci modules):
 * daemon threads, so a pool never keeps the JVM alive, named {@code prefix-0}, {@code prefix-1}, ... in the
 * order they start, so that a profile or a thread dump tells them apart.
 */
public final class DaemonWorkers {

    private DaemonWorkers() {
    }

    /** A factory for a pool whose threads are named {@code prefix-<n>}, n counting from 0 per factory. */
    public static ForkJoinPool.ForkJoinWorkerThreadFactory factory(String prefix) {
        AtomicInteger started = new AtomicInteger();
        return pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setDaemon(true);
            t.setName(prefix + "-" + started.getAndIncrement());
            return t;
        };
    }
}
