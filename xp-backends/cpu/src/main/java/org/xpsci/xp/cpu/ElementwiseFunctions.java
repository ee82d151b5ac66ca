package org.xpsci.xp.cpu;

import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.cpu.kernel.BinaryKernel;
import org.xpsci.xp.cpu.kernel.BlockInput;
import org.xpsci.xp.cpu.kernel.BlockOutput;
import org.xpsci.xp.cpu.kernel.Kind;
import org.xpsci.xp.cpu.kernel.Parallel;
import org.xpsci.xp.cpu.kernel.StridedLoop;
import org.xpsci.xp.cpu.kernel.UnaryKernel;
import org.xpsci.xp.cpu.ops.KernelTable;

/**
 * The standard's elementwise functions on the cpu: promotion (NumPy's rules, so integer input to a
 * floating-point function computes in float64), broadcasting, then one blocked, multithreaded loop that
 * casts operands into the compute kind and calls the function's kernel.
 */
final class ElementwiseFunctions {

    private final CpuNamespace ns;

    ElementwiseFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    /** A one-argument function. */
    CpuArray unary(ElementwiseOp op, CpuArray x) {
        requireArity(op, 1);
        DType compute = computeType(op, x.dtype());
        DType outType = op.resultDType(compute);
        UnaryKernel kernel = KernelTable.unary(op);
        Kind in = Kind.of(compute);
        Kind outKind = outType.isBool() ? Kind.BOOL : (in == Kind.COMPLEX && !outType.isComplexFloating()) ? Kind.DOUBLE : in;
        CpuArray out = CpuArray.allocate(ns, outType, x.shapeRef());
        int grain = KernelTable.expensive(op) ? Parallel.EXPENSIVE_GRAIN : Parallel.CHEAP_GRAIN;
        StridedLoop.run(x.shapeRef(), new int[][] {out.strides(), x.strides()}, new int[] {0, x.offset()}, grain,
                () -> {
                    BlockInput a = new BlockInput(x.data(), x.dtype(), in);
                    BlockOutput o = new BlockOutput(out.data(), outType, outKind);
                    return (offs, st, n) -> {
                        Object ab = a.block(offs[1], st[1], n);
                        Object ob = o.target(offs[0], st[0], n);
                        kernel.apply(in, outKind, ab, a.at(), ob, o.at(), n);
                        o.flush(n);
                    };
                });
        return out;
    }

    /** A two-argument function with broadcasting. */
    CpuArray binary(ElementwiseOp op, CpuArray x1, CpuArray x2) {
        requireArity(op, 2);
        DType promoted = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        DType compute = computeType(op, promoted);
        DType outType = op.resultDType(compute);
        BinaryKernel kernel = KernelTable.binary(op);
        Kind in = Kind.of(compute);
        boolean boolOut = outType.isBool();
        Kind outKind = boolOut ? Kind.BOOL : in;
        int[] shape = Broadcast.shapes(x1.shapeRef(), x2.shapeRef());
        int[] s1 = Layout.broadcastStrides(x1.shapeRef(), x1.strides(), shape);
        int[] s2 = Layout.broadcastStrides(x2.shapeRef(), x2.strides(), shape);
        CpuArray out = CpuArray.allocate(ns, outType, shape);
        int grain = KernelTable.expensive(op) ? Parallel.EXPENSIVE_GRAIN : Parallel.CHEAP_GRAIN;
        StridedLoop.run(shape, new int[][] {out.strides(), s1, s2}, new int[] {0, x1.offset(), x2.offset()}, grain,
                () -> {
                    BlockInput a = new BlockInput(x1.data(), x1.dtype(), in);
                    BlockInput b = new BlockInput(x2.data(), x2.dtype(), in);
                    BlockOutput o = new BlockOutput(out.data(), outType, outKind);
                    return (offs, st, n) -> {
                        Object ab = a.block(offs[1], st[1], n);
                        Object bb = b.block(offs[2], st[2], n);
                        Object ob = o.target(offs[0], st[0], n);
                        kernel.apply(in, boolOut, ab, a.at(), bb, b.at(), ob, o.at(), n);
                        o.flush(n);
                    };
                });
        return out;
    }

    /** {@code clip}: maximum with min, minimum with max, result in x's dtype. */
    CpuArray clip(CpuArray x, CpuArray min, CpuArray max) {
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("clip is not defined for complex input; got " + x.dtype());
        }
        CpuArray r = x;
        if (min != null) {
            r = binary(ElementwiseOp.MAXIMUM, r, min);
        }
        if (max != null) {
            r = binary(ElementwiseOp.MINIMUM, r, max);
        }
        if (r == x) {
            return ns.copyOf(x);
        }
        int[] shape = x.shapeRef();
        if (!java.util.Arrays.equals(r.shapeRef(), shape)) {
            throw new IllegalArgumentException("clip bounds of shapes " + (min == null ? "-" : Broadcast.format(min.shapeRef()))
                    + " and " + (max == null ? "-" : Broadcast.format(max.shapeRef())) + " must broadcast to x's shape "
                    + Broadcast.format(shape));
        }
        return r.dtype() == x.dtype() ? r : ns.dataTypes().copy(r, x.dtype());
    }

    /**
     * The dtype a function computes in on the cpu, given the promoted input dtype: integers and bool go to
     * float64 for floating-point functions; logical functions read any input as bool.
     *
     * @throws IllegalArgumentException when the function is not defined for the dtype
     */
    static DType computeType(ElementwiseOp op, DType promoted) {
        DTypeCategory c = op.category();
        if (c.accepts(promoted)) {
            return promoted;
        }
        if ((c == DTypeCategory.FLOATING || c == DTypeCategory.REAL_FLOATING) && !promoted.isFloating()) {
            return DType.FLOAT64;
        }
        if (c == DTypeCategory.BOOL) {
            return DType.BOOL;
        }
        if ((c == DTypeCategory.NUMERIC || c == DTypeCategory.REAL_NUMERIC) && promoted.isBool()) {
            return DType.BOOL; // kernels that have a bool meaning (comparisons, maximum) define it; others refuse
        }
        throw new IllegalArgumentException(op.standardName() + " is not defined for dtype " + promoted
                + "; accepted: " + c.description() + " dtypes");
    }

    private static void requireArity(ElementwiseOp op, int arity) {
        if (op.arity() != arity) {
            throw new IllegalArgumentException(op.standardName() + " takes " + op.arity() + " argument(s), not "
                    + arity);
        }
    }
}
