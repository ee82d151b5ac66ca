package org.xpsci.xp.cpu;

import java.util.Arrays;
import java.util.Map;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
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
import org.xpsci.xp.spi.InPlaceOperators;
import org.xpsci.xp.spi.StridedLayout;

/**
 * The standard's elementwise functions on the cpu: promotion (NumPy's rules, so integer input to a
 * floating-point function computes in float64), broadcasting, then one blocked, multithreaded loop that
 * casts operands into the compute kind and calls the function's kernel. A dtype the kernel does not define is
 * refused before any work is done, whatever the array's size.
 */
final class ElementwiseFunctions {

    /** What to use instead of arithmetic on bool, as NumPy suggests. */
    private static final Map<ElementwiseOp, String> BOOL_HINTS = Map.of(
            ElementwiseOp.ADD, "logical_or or bitwise_or",
            ElementwiseOp.SUBTRACT, "logical_xor or bitwise_xor",
            ElementwiseOp.MULTIPLY, "logical_and or bitwise_and",
            ElementwiseOp.NEGATIVE, "logical_not or bitwise_invert");

    private final CpuNamespace ns;

    ElementwiseFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    /** A one-argument function. */
    CpuArray unary(ElementwiseOp op, CpuArray x) {
        requireArity(op, 1);
        DType compute = computeType(op, x.dtype(), "");
        DType outType = op.resultDType(compute);
        UnaryKernel kernel = KernelTable.unary(op);
        Kind in = Kind.of(compute);
        Kind outKind = outType.isBool() ? Kind.BOOL
                : (in == Kind.COMPLEX && !outType.isComplexFloating()) ? Kind.DOUBLE : in;
        if (!kernel.defines(in, outKind)) {
            throw notDefined(op, compute, "");
        }
        CpuArray out = CpuArray.allocate(ns, outType, x.shapeRef());
        int grain = KernelTable.expensive(op) ? Parallel.EXPENSIVE_GRAIN : Parallel.CHEAP_GRAIN;
        try {
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
        } catch (IllegalArgumentException e) {
            throw domainError(op, compute, e);
        }
        return out;
    }

    /** A two-argument function with broadcasting. */
    CpuArray binary(ElementwiseOp op, CpuArray x1, CpuArray x2) {
        BinaryPlan plan = plan(op, x1, x2);
        int[] shape = Broadcast.shapes(x1.shapeRef(), x2.shapeRef());
        CpuArray out = CpuArray.allocate(ns, plan.outType(), shape);
        run(plan, out, x1, x2);
        return out;
    }

    /**
     * {@code x1 op= x2}: the function written straight into x1 (the standard's in-place operators), after the
     * checks of {@link InPlaceOperators}. When x2 shares x1's storage in another layout, the result is computed
     * out of place first, so no element is read after it was overwritten.
     */
    void binaryInPlace(ElementwiseOp op, CpuArray x1, CpuArray x2) {
        InPlaceOperators.requireOperator(op);
        BinaryPlan plan = plan(op, x1, x2);
        InPlaceOperators.requireFits(x1, op, plan.outType(), Broadcast.shapes(x1.shapeRef(), x2.shapeRef()));
        x1.requireWritable();
        if (x2.data() == x1.data() && !sameLayout(x1, x2)) {
            ns.dataTypes().assign(binary(op, x1, x2), x1);
            return;
        }
        run(plan, x1, x1, x2);
    }

    private static boolean sameLayout(CpuArray a, CpuArray b) {
        return a.offset() == b.offset() && Arrays.equals(a.shapeRef(), b.shapeRef())
                && Arrays.equals(a.strides(), b.strides());
    }

    /** How a two-argument function computes: its kernel, the compute kind and the result dtype. */
    private record BinaryPlan(ElementwiseOp op, BinaryKernel kernel, DType compute, Kind in, boolean boolOut,
                              DType outType) {
    }

    private static BinaryPlan plan(ElementwiseOp op, CpuArray x1, CpuArray x2) {
        requireArity(op, 2);
        DType promoted = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        String inputs = x1.dtype() == x2.dtype() ? "" : " (x1: " + x1.dtype() + ", x2: " + x2.dtype() + ")";
        DType compute = computeType(op, promoted, inputs);
        DType outType = op.resultDType(compute);
        BinaryKernel kernel = KernelTable.binary(op);
        Kind in = Kind.of(compute);
        boolean boolOut = outType.isBool();
        if (!kernel.defines(in, boolOut)) {
            throw notDefined(op, compute, inputs);
        }
        return new BinaryPlan(op, kernel, compute, in, boolOut, outType);
    }

    /** The blocked, multithreaded loop of a two-argument function into {@code out} (of the broadcast shape). */
    private static void run(BinaryPlan plan, CpuArray out, CpuArray x1, CpuArray x2) {
        int[] shape = out.shapeRef();
        int[] s1 = StridedLayout.broadcastStrides(x1.shapeRef(), x1.strides(), shape);
        int[] s2 = StridedLayout.broadcastStrides(x2.shapeRef(), x2.strides(), shape);
        Kind in = plan.in();
        Kind outKind = plan.boolOut() ? Kind.BOOL : in;
        BinaryKernel kernel = plan.kernel();
        int grain = KernelTable.expensive(plan.op()) ? Parallel.EXPENSIVE_GRAIN : Parallel.CHEAP_GRAIN;
        try {
            StridedLoop.run(shape, new int[][] {out.strides(), s1, s2},
                    new int[] {out.offset(), x1.offset(), x2.offset()}, grain, () -> {
                        BlockInput a = new BlockInput(x1.data(), x1.dtype(), in);
                        BlockInput b = new BlockInput(x2.data(), x2.dtype(), in);
                        BlockOutput o = new BlockOutput(out.data(), plan.outType(), outKind);
                        return (offs, st, n) -> {
                            Object ab = a.block(offs[1], st[1], n);
                            Object bb = b.block(offs[2], st[2], n);
                            Object ob = o.target(offs[0], st[0], n);
                            kernel.apply(in, plan.boolOut(), ab, a.at(), bb, b.at(), ob, o.at(), n);
                            o.flush(n);
                        };
                    });
        } catch (IllegalArgumentException e) {
            throw domainError(plan.op(), plan.compute(), e);
        }
    }

    /** {@code clip} (2024.12): see {@link Clip}. */
    CpuArray clip(CpuArray x, CpuArray min, CpuArray max) {
        return new Clip(ns).apply(x, min, max);
    }

    /**
     * The dtype a function computes in on the cpu: NumPy's rule ({@link ElementwiseOp#numpyComputeType}).
     *
     * @param inputs the input dtypes for the error message when they differ from {@code promoted}, or ""
     * @throws IllegalArgumentException when the function is not defined for the dtype
     */
    private static DType computeType(ElementwiseOp op, DType promoted, String inputs) {
        return op.numpyComputeType(promoted).orElseThrow(() -> notDefined(op, promoted, inputs));
    }

    private static IllegalArgumentException notDefined(ElementwiseOp op, DType dtype, String inputs) {
        String hint = dtype.isBool() && BOOL_HINTS.containsKey(op) ? "; for bool use " + BOOL_HINTS.get(op) : "";
        return new IllegalArgumentException(op.standardName() + " is not defined for dtype " + dtype + inputs
                + " on the cpu backend; accepted: " + op.category().description() + " dtypes" + hint);
    }

    /** A kernel's refusal of a value (an integer to a negative power), with the function and dtype named. */
    private static IllegalArgumentException domainError(ElementwiseOp op, DType dtype, IllegalArgumentException e) {
        Throwable root = e;
        while (root.getCause() instanceof IllegalArgumentException c) {
            root = c;
        }
        return new IllegalArgumentException(op.standardName() + " of dtype " + dtype + ": " + root.getMessage(), root);
    }

    private static void requireArity(ElementwiseOp op, int arity) {
        if (op.arity() != arity) {
            throw new IllegalArgumentException(op.standardName() + " takes " + op.arity() + " argument(s), not "
                    + arity);
        }
    }
}
