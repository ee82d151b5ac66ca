package org.xpsci.xp.cuda;

import java.util.Arrays;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.cuda.internal.ComputeKind;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.ElementwiseKernels;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.KernelLayout;
import org.xpsci.xp.cuda.internal.LaunchConfig;
import org.xpsci.xp.spi.StridedLayout;

/**
 * The standard's elementwise functions on the device: promotion (NumPy's rules, as on the cpu backend, so
 * integer input to a floating-point function computes in float64), broadcasting by zero strides, then one
 * launch of the function's kernel for the compute kind ({@code ew_<name>_<kind>}), which reads operands of
 * any dtype and layout and writes the result dtype.
 */
final class ElementwiseFunctions {

    private final CudaNamespace ns;

    ElementwiseFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    /** A one-argument function. */
    CudaArray unary(ElementwiseOp op, CudaArray x) {
        requireArity(op, 1);
        DType compute = computeType(op, x.dtype());
        ComputeKind kind = kernelKind(op, compute);
        DType outType = op.resultDType(compute);
        CudaArray out = CudaArray.allocate(ns, x.context(), outType, x.shapeRef());
        if (out.size() == 0) {
            return out;
        }
        KernelLayout l = KernelLayout.of(x.shapeRef(), out.strides(), x.strides());
        x.context().run(kind.elementwiseModule(), ElementwiseKernels.entry(op, kind), LaunchConfig.linear(l.size()),
                new KernelArgs().i64(l.size()).layout(l.pack()).ptr(x.pointer()).i32(ComputeKind.code(x.dtype()))
                        .ptr(out.pointer()).i32(ComputeKind.code(outType)));
        return out;
    }

    /** A two-argument function with broadcasting. */
    CudaArray binary(ElementwiseOp op, CudaArray x1, CudaArray x2) {
        requireArity(op, 2);
        DeviceContext ctx = ns.sameDevice(x1, x2);
        DType promoted = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        DType compute = computeType(op, promoted);
        ComputeKind kind = kernelKind(op, compute);
        DType outType = op.resultDType(compute);
        int[] shape = Broadcast.shapes(x1.shapeRef(), x2.shapeRef());
        CudaArray out = CudaArray.allocate(ns, ctx, outType, shape);
        if (out.size() == 0) {
            return out;
        }
        int[] s1 = StridedLayout.broadcastStrides(x1.shapeRef(), x1.strides(), shape);
        int[] s2 = StridedLayout.broadcastStrides(x2.shapeRef(), x2.strides(), shape);
        KernelLayout l = KernelLayout.of(shape, out.strides(), s1, s2);
        ctx.run(kind.elementwiseModule(), ElementwiseKernels.entry(op, kind), LaunchConfig.linear(l.size()),
                new KernelArgs().i64(l.size()).layout(l.pack()).ptr(x1.pointer()).i32(ComputeKind.code(x1.dtype()))
                        .ptr(x2.pointer()).i32(ComputeKind.code(x2.dtype())).ptr(out.pointer())
                        .i32(ComputeKind.code(outType)));
        return out;
    }

    /** {@code clip}: maximum with min, minimum with max, result in x's dtype and shape. */
    CudaArray clip(CudaArray x, CudaArray min, CudaArray max) {
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("clip is not defined for complex input; got " + x.dtype());
        }
        CudaArray r = x;
        if (min != null) {
            r = binary(ElementwiseOp.MAXIMUM, r, min);
        }
        if (max != null) {
            CudaArray t = binary(ElementwiseOp.MINIMUM, r, max);
            if (r != x) {
                r.close();
            }
            r = t;
        }
        if (r == x) {
            return ns.copyOf(x);
        }
        if (!Arrays.equals(r.shapeRef(), x.shapeRef())) {
            throw new IllegalArgumentException("clip bounds of shapes " + (min == null ? "-" : Broadcast.format(min.shapeRef()))
                    + " and " + (max == null ? "-" : Broadcast.format(max.shapeRef())) + " must broadcast to x's shape "
                    + Broadcast.format(x.shapeRef()));
        }
        return ns.dataTypes().as(r, x.dtype());
    }

    /**
     * The dtype a function computes in: NumPy's rule ({@link ElementwiseOp#numpyComputeType}), as on the cpu
     * backend.
     *
     * @throws IllegalArgumentException when the function is not defined for the dtype
     */
    private static DType computeType(ElementwiseOp op, DType promoted) {
        return op.numpyComputeType(promoted).orElseThrow(() -> new IllegalArgumentException(op.standardName()
                + " is not defined for dtype " + promoted + "; accepted: " + op.category().description() + " dtypes"));
    }

    private static ComputeKind kernelKind(ElementwiseOp op, DType compute) {
        ComputeKind k = ComputeKind.of(compute);
        if (!ElementwiseKernels.has(op, k)) {
            throw new IllegalArgumentException(op.standardName() + " is not defined for dtype " + compute
                    + " on the cuda backend; accepted: " + ElementwiseKernels.kinds(op).stream()
                    .map(x -> x.natural().label()).toList() + " (and the dtypes computed as them)");
        }
        return k;
    }

    private static void requireArity(ElementwiseOp op, int arity) {
        if (op.arity() != arity) {
            throw new IllegalArgumentException(op.standardName() + " takes " + op.arity() + " argument(s), not "
                    + arity);
        }
    }
}
