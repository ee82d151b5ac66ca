package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;

/**
 * The output operand of a blocked loop: kernels write either straight into the storage (when it is of the
 * compute kind and the run is contiguous) or into a scratch block that {@link #flush} converts and stores.
 * Not thread-safe: one per worker.
 */
public final class BlockOutput {

    private final Object data;
    private final DType dtype;
    private final Kind kind;
    private Object scratch;
    private boolean direct;
    private int at;
    private int off;
    private int stride;

    /** An output over {@code data} of {@code dtype}, written in {@code kind}. */
    public BlockOutput(Object data, DType dtype, Kind kind) {
        this.data = data;
        this.dtype = dtype;
        this.kind = kind;
    }

    /** The offset into the array last returned by {@link #target} where the block starts. */
    public int at() {
        return at;
    }

    /** Where the kernel writes the block of n elements that belongs at {@code off}, {@code stride} apart. */
    public Object target(int off, int stride, int n) {
        this.off = off;
        this.stride = stride;
        direct = stride == 1 && kind.storedNatively(dtype);
        if (direct) {
            at = off;
            return data;
        }
        at = 0;
        if (scratch == null) {
            scratch = BlockInput.newScratch(kind);
        }
        return scratch;
    }

    /** Stores the block written into scratch (nothing to do when the kernel wrote in place). */
    public void flush(int n) {
        if (direct) {
            return;
        }
        switch (kind) {
            case BOOL -> Loader.fromBool((byte[]) scratch, n, data, dtype, off, stride);
            case LONG -> Loader.fromLong((long[]) scratch, n, data, dtype, off, stride);
            case ULONG -> Loader.fromULong((long[]) scratch, n, data, dtype, off, stride);
            case FLOAT -> Loader.fromFloat((float[]) scratch, n, data, dtype, off, stride);
            case DOUBLE -> Loader.fromDouble((double[]) scratch, n, data, dtype, off, stride);
            case COMPLEX -> Loader.fromComplex((double[]) scratch, n, data, dtype, off, stride);
        }
    }
}
