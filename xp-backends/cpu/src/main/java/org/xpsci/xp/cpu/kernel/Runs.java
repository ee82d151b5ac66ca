package org.xpsci.xp.cpu.kernel;

/**
 * Reads runs of input through a {@link BlockInput} for the reduction, scan and search kernels. A run of stride
 * 0 (a broadcast axis) is always loaded a whole block long: {@link BlockInput} reuses the block it loaded for
 * the same offset whatever the length asked for, so a short first load would be handed back, too short, to a
 * later longer request.
 */
final class Runs {

    private Runs() {
    }

    /** The block of n elements at {@code off}, {@code stride} apart (n &le; {@link StridedLoop#BLOCK}). */
    static Object read(BlockInput in, int off, int stride, int n) {
        return in.block(off, stride, stride == 0 ? StridedLoop.BLOCK : n);
    }
}
