package org.xpsci.xp.cuda.internal;

/**
 * Grid and block sizes of a launch. Kernels loop grid-stride, so a grid only needs enough blocks to fill
 * the device: the arithmetic here caps it and never produces a zero or oversized dimension.
 *
 * @param gridX  blocks along x (at most 2^31 - 1)
 * @param gridY  blocks along y (at most 65535)
 * @param gridZ  blocks along z (at most 65535)
 * @param blockX threads along x
 * @param blockY threads along y
 */
public record LaunchConfig(int gridX, int gridY, int gridZ, int blockX, int blockY) {

    /** Threads per block of the one-dimensional kernels. */
    public static final int BLOCK = 256;
    /** The largest grid x dimension the kernels are launched with (enough blocks to fill any GPU). */
    public static final int MAX_GRID_X = 1 << 16;
    /** The largest grid y or z dimension CUDA allows. */
    public static final int MAX_GRID_YZ = 65535;

    /** Checks the dimensions. */
    public LaunchConfig {
        if (gridX < 1 || gridY < 1 || gridZ < 1 || gridY > MAX_GRID_YZ || gridZ > MAX_GRID_YZ
                || blockX < 1 || blockY < 1 || blockX * blockY > 1024) {
            throw new IllegalArgumentException("invalid launch: grid (" + gridX + ", " + gridY + ", " + gridZ
                    + "), block (" + blockX + ", " + blockY + ")");
        }
    }

    /** A one-dimensional grid-stride launch over {@code n} items: ceil(n / 256) blocks, capped, at least one. */
    public static LaunchConfig linear(long n) {
        long blocks = (Math.max(n, 1) + BLOCK - 1) / BLOCK;
        return new LaunchConfig((int) Math.min(blocks, MAX_GRID_X), 1, 1, BLOCK, 1);
    }

    /** {@code segments} blocks along x for each of {@code rows} rows along y (rows beyond the cap loop). */
    public static LaunchConfig rows(long segments, long rows) {
        if (segments > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many segments per row: " + segments);
        }
        return new LaunchConfig((int) Math.max(segments, 1), (int) Math.min(Math.max(rows, 1), MAX_GRID_YZ), 1,
                BLOCK, 1);
    }

    /** 16 x 16 tiles covering an m x n matrix, one z layer per batch entry (capped; the kernel loops). */
    public static LaunchConfig tiles(long m, long n, long batch, int tile) {
        long gx = (Math.max(n, 1) + tile - 1) / tile;
        long gy = (Math.max(m, 1) + tile - 1) / tile;
        if (gx > Integer.MAX_VALUE || gy > MAX_GRID_YZ) {
            throw new IllegalArgumentException("matrix of " + m + " x " + n + " is too large for one launch");
        }
        return new LaunchConfig((int) gx, (int) gy, (int) Math.min(Math.max(batch, 1), MAX_GRID_YZ), tile, tile);
    }
}
