package org.xpsci.xp.cpu.ops;

import java.util.EnumMap;
import java.util.Map;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * The cpu kernels of every elementwise function, keyed by {@link ElementwiseOp}. Each kernel file registers
 * the functions of its category.
 */
public final class KernelTable {

    private static final Map<ElementwiseOp, UnaryKernel> UNARY = new EnumMap<>(ElementwiseOp.class);
    private static final Map<ElementwiseOp, BinaryKernel> BINARY = new EnumMap<>(ElementwiseOp.class);

    static {
        ArithmeticKernels.register();
        DivisionKernels.register();
        TranscendentalKernels.register();
        TrigonometricKernels.register();
        RoundingKernels.register();
        ComparisonKernels.register();
        LogicalKernels.register();
        BitwiseKernels.register();
        FloatingKernels.register();
        PredicateKernels.register();
        ComplexKernels.register();
    }

    private KernelTable() {
    }

    static void put(ElementwiseOp op, UnaryKernel k) {
        UNARY.put(op, k);
    }

    static void put(ElementwiseOp op, BinaryKernel k) {
        BINARY.put(op, k);
    }

    /**
     * The kernel of a one-argument function.
     *
     * @throws IllegalStateException when the table has none (a build defect, reported with the name)
     */
    public static UnaryKernel unary(ElementwiseOp op) {
        UnaryKernel k = UNARY.get(op);
        if (k == null) {
            throw new IllegalStateException("the cpu backend has no kernel for " + op.standardName());
        }
        return k;
    }

    /**
     * The kernel of a two-argument function.
     *
     * @throws IllegalStateException when the table has none
     */
    public static BinaryKernel binary(ElementwiseOp op) {
        BinaryKernel k = BINARY.get(op);
        if (k == null) {
            throw new IllegalStateException("the cpu backend has no kernel for " + op.standardName());
        }
        return k;
    }

    /** Whether the function is costly per element (transcendentals): it goes parallel at smaller sizes. */
    public static boolean expensive(ElementwiseOp op) {
        return switch (op) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, NEGATIVE, POSITIVE, ABS, SQUARE, RECIPROCAL, SIGN, EQUAL,
                 NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR,
                 LOGICAL_NOT, BITWISE_AND, BITWISE_OR, BITWISE_XOR, BITWISE_INVERT, BITWISE_LEFT_SHIFT,
                 BITWISE_RIGHT_SHIFT, REAL, IMAG, CONJ, MAXIMUM, MINIMUM, ISNAN, ISFINITE, ISINF, SIGNBIT,
                 COPYSIGN, CEIL, FLOOR, TRUNC, ROUND -> false;
            default -> true;
        };
    }
}
