package org.xpsci.xp.spi;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The standard's in-place operators ({@code x1 op= x2}): which functions have one, the rule their result must
 * meet (the left operand's dtype and shape, unchanged), and the implementation every backend gets by default:
 * compute out of place, check, assign. A backend may override it with a loop that writes the left operand
 * directly, keeping the same checks.
 */
public final class InPlaceOperators {

    /** The functions behind {@code += -= *= /= //= %= **= &= |= ^= <<= >>=}. */
    private static final Set<ElementwiseOp> OPERATORS = EnumSet.of(ElementwiseOp.ADD, ElementwiseOp.SUBTRACT,
            ElementwiseOp.MULTIPLY, ElementwiseOp.DIVIDE, ElementwiseOp.FLOOR_DIVIDE, ElementwiseOp.REMAINDER,
            ElementwiseOp.POW, ElementwiseOp.BITWISE_AND, ElementwiseOp.BITWISE_OR, ElementwiseOp.BITWISE_XOR,
            ElementwiseOp.BITWISE_LEFT_SHIFT, ElementwiseOp.BITWISE_RIGHT_SHIFT);

    private InPlaceOperators() {
    }

    /**
     * Refuses a function that has no in-place operator in the standard.
     *
     * @throws IllegalArgumentException naming the function and the accepted ones
     */
    public static void requireOperator(ElementwiseOp op) {
        if (!OPERATORS.contains(op)) {
            throw new IllegalArgumentException("op=" + op.standardName() + " has no in-place operator in the"
                    + " standard; accepted: " + OPERATORS.stream().map(ElementwiseOp::standardName)
                    .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Refuses a result that cannot be written into {@code x}: the standard's in-place operators keep the left
     * operand's dtype and shape.
     *
     * @throws IllegalArgumentException naming the function, the dtypes or the shapes
     */
    public static void requireFits(NdArray x, ElementwiseOp op, DType result, int[] shape) {
        if (result != x.dtype()) {
            throw new IllegalArgumentException(op.standardName() + " in place: the result dtype " + result
                    + " differs from the left operand's dtype " + x.dtype() + "; an in-place operator keeps the"
                    + " left operand's dtype (compute out of place, or cast the right operand first)");
        }
        if (!Arrays.equals(shape, x.shape())) {
            throw new IllegalArgumentException(op.standardName() + " in place: the operands broadcast to "
                    + Broadcast.format(shape) + " but the left operand has shape " + Broadcast.format(x.shape())
                    + "; an in-place operator keeps the left operand's shape");
        }
    }

    /**
     * {@code x[...] = op(x, other)} after the checks, so a refused operation leaves {@code x} as it was.
     *
     * @return x
     */
    public static NdArray byAssignment(NdArray x, ElementwiseOp op, NdArray other) {
        requireOperator(op);
        NdArray result = x.namespace().binary(op, x, other);
        requireFits(x, op, result.dtype(), result.shape());
        x.set(result, Index.ellipsis());
        return x;
    }
}
