package org.xpsci.xp.cuda.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Grid arithmetic of launches and the reduction strategy. */
class LaunchConfigTest {

    @Test
    void linearLaunchesCoverTheWorkAndAreCapped() {
        assertEquals(1, LaunchConfig.linear(0).gridX());
        assertEquals(1, LaunchConfig.linear(1).gridX());
        assertEquals(1, LaunchConfig.linear(256).gridX());
        assertEquals(2, LaunchConfig.linear(257).gridX());
        assertEquals(LaunchConfig.MAX_GRID_X, LaunchConfig.linear(1L << 40).gridX());
        assertEquals(LaunchConfig.BLOCK, LaunchConfig.linear(10).blockX());
    }

    @Test
    void rowLaunchesCapTheRowsTheKernelsLoopOver() {
        LaunchConfig c = LaunchConfig.rows(3, 1_000_000);
        assertEquals(3, c.gridX());
        assertEquals(LaunchConfig.MAX_GRID_YZ, c.gridY());
        assertEquals(1, LaunchConfig.rows(0, 0).gridX());
    }

    @Test
    void tilesCoverTheMatrixAndCapTheBatch() {
        LaunchConfig c = LaunchConfig.tiles(33, 17, 100_000, 16);
        assertEquals(2, c.gridX());
        assertEquals(3, c.gridY());
        assertEquals(LaunchConfig.MAX_GRID_YZ, c.gridZ());
        assertEquals(256, c.blockX() * c.blockY());
    }

    @Test
    void invalidLaunchesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LaunchConfig(0, 1, 1, 256, 1));
        assertThrows(IllegalArgumentException.class, () -> new LaunchConfig(1, 1, 1, 2048, 1));
        assertThrows(IllegalArgumentException.class, () -> LaunchConfig.tiles(1L << 30, 1, 1, 16));
    }

    @Test
    void shortRowsReduceOneRowPerThread() {
        assertTrue(ReducePlan.of(1000, 8).perThread());
        assertTrue(ReducePlan.of(100_000, 200).perThread());
        assertEquals(1, ReducePlan.of(1000, 8).segments());
    }

    @Test
    void longRowsSplitIntoSegmentsOfBoundedWork() {
        ReducePlan one = ReducePlan.of(1, 5000);
        assertEquals(1, one.segments());
        ReducePlan big = ReducePlan.of(1, 20_000_000);
        long per = (long) LaunchConfig.BLOCK * ReducePlan.PER_THREAD;
        assertEquals((20_000_000 + per - 1) / per, big.segments());
        assertEquals(ReducePlan.MAX_SEGMENTS, ReducePlan.of(1, 1L << 40).segments());
        assertEquals(big.segments(), big.launch(1).gridX());
    }
}
