package org.xpsci.xp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaemonWorkersTest {

    @Test
    void workersAreDaemonsWithDistinctNames() throws InterruptedException {
        int threads = 3;
        ForkJoinPool pool = new ForkJoinPool(threads, DaemonWorkers.factory("test-pool"), null, false);
        try {
            Set<String> names = ConcurrentHashMap.newKeySet();
            Set<Boolean> daemon = ConcurrentHashMap.newKeySet();
            CountDownLatch all = new CountDownLatch(threads);
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    names.add(Thread.currentThread().getName());
                    daemon.add(Thread.currentThread().isDaemon());
                    all.countDown();
                    try {
                        // hold this worker until every task has one, so that each task runs on its own thread
                        all.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertTrue(all.await(10, TimeUnit.SECONDS), "three tasks did not start on three workers");
            assertEquals(Set.of("test-pool-0", "test-pool-1", "test-pool-2"), names);
            assertEquals(Set.of(true), daemon);
        } finally {
            pool.shutdownNow();
        }
    }
}
