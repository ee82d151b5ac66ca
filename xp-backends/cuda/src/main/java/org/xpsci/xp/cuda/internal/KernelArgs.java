package org.xpsci.xp.cuda.internal;

import java.util.ArrayList;
import java.util.List;
import jcuda.NativePointerObject;
import jcuda.Pointer;

/** The parameter list of one kernel launch, in the order the kernel declares its parameters. */
public final class KernelArgs {

    private final List<NativePointerObject> params = new ArrayList<>();

    /** A 64-bit integer ({@code i64}). */
    public KernelArgs i64(long v) {
        params.add(Pointer.to(new long[] {v}));
        return this;
    }

    /** A 32-bit integer ({@code int}). */
    public KernelArgs i32(int v) {
        params.add(Pointer.to(new int[] {v}));
        return this;
    }

    /** A boolean passed as {@code int}. */
    public KernelArgs flag(boolean v) {
        return i32(v ? 1 : 0);
    }

    /** A {@code double}. */
    public KernelArgs f64(double v) {
        params.add(Pointer.to(new double[] {v}));
        return this;
    }

    /** A device pointer; null passes a null pointer. */
    public KernelArgs ptr(DevicePointer p) {
        params.add(p == null ? Pointer.to(new long[] {0}) : Pointer.to(p));
        return this;
    }

    /** A packed {@code Strided<K>} layout ({@link KernelLayout#pack()}). */
    public KernelArgs layout(long[] packed) {
        params.add(Pointer.to(packed));
        return this;
    }

    /** The kernelParams pointer for cuLaunchKernel. */
    public Pointer build() {
        return Pointer.to(params.toArray(new NativePointerObject[0]));
    }
}
