package org.xpsci.stats.internal.algebra;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;

/**
 * {@link VectorAlgebra} over float64 arrays of one array API namespace: every operation is one call of the
 * standard, so code written against the algebra runs on any backend (the portable path).
 */
public final class NamespaceAlgebra implements VectorAlgebra<NdArray, NdArray> {

    private final ArrayNamespace xp;
    private final int[] shape;
    private final Device device;

    /**
     * An algebra over float64 arrays of {@code shape} on {@code device}.
     *
     * @param xp     the namespace
     * @param shape  the shape of every vector
     * @param device where the arrays live
     */
    public NamespaceAlgebra(ArrayNamespace xp, int[] shape, Device device) {
        this.xp = xp;
        this.shape = shape.clone();
        this.device = device;
    }

    @Override
    public NdArray full(double value) {
        return xp.full(shape, value, DType.FLOAT64, device);
    }

    @Override
    public NdArray none() {
        return xp.full(shape, Boolean.FALSE, DType.BOOL, device);
    }

    @Override
    public NdArray add(NdArray a, NdArray b) {
        return xp.add(a, b);
    }

    @Override
    public NdArray add(NdArray a, double b) {
        return xp.add(a, b);
    }

    @Override
    public NdArray sub(NdArray a, NdArray b) {
        return xp.subtract(a, b);
    }

    @Override
    public NdArray sub(NdArray a, double b) {
        return xp.subtract(a, b);
    }

    @Override
    public NdArray sub(double a, NdArray b) {
        return xp.subtract(a, b);
    }

    @Override
    public NdArray mul(NdArray a, NdArray b) {
        return xp.multiply(a, b);
    }

    @Override
    public NdArray mul(NdArray a, double b) {
        return xp.multiply(a, b);
    }

    @Override
    public NdArray div(NdArray a, NdArray b) {
        return xp.divide(a, b);
    }

    @Override
    public NdArray div(NdArray a, double b) {
        return xp.divide(a, b);
    }

    @Override
    public NdArray div(double a, NdArray b) {
        return xp.divide(a, b);
    }

    @Override
    public NdArray neg(NdArray a) {
        return xp.negative(a);
    }

    @Override
    public NdArray abs(NdArray a) {
        return xp.abs(a);
    }

    @Override
    public NdArray sqrt(NdArray a) {
        return xp.sqrt(a);
    }

    @Override
    public NdArray exp(NdArray a) {
        return xp.exp(a);
    }

    @Override
    public NdArray expm1(NdArray a) {
        return xp.expm1(a);
    }

    @Override
    public NdArray log(NdArray a) {
        return xp.log(a);
    }

    @Override
    public NdArray log1p(NdArray a) {
        return xp.log1p(a);
    }

    @Override
    public NdArray pow(NdArray a, NdArray b) {
        return xp.pow(a, b);
    }

    @Override
    public NdArray floor(NdArray a) {
        return xp.floor(a);
    }

    @Override
    public NdArray ceil(NdArray a) {
        return xp.ceil(a);
    }

    @Override
    public NdArray minimum(NdArray a, NdArray b) {
        return xp.minimum(a, b);
    }

    @Override
    public NdArray less(NdArray a, NdArray b) {
        return xp.less(a, b);
    }

    @Override
    public NdArray less(NdArray a, double b) {
        return xp.binary(ElementwiseOp.LESS, a, b);
    }

    @Override
    public NdArray lessEqual(NdArray a, double b) {
        return xp.binary(ElementwiseOp.LESS_EQUAL, a, b);
    }

    @Override
    public NdArray greater(NdArray a, double b) {
        return xp.binary(ElementwiseOp.GREATER, a, b);
    }

    @Override
    public NdArray greaterEqual(NdArray a, double b) {
        return xp.binary(ElementwiseOp.GREATER_EQUAL, a, b);
    }

    @Override
    public NdArray equal(NdArray a, double b) {
        return xp.binary(ElementwiseOp.EQUAL, a, b);
    }

    @Override
    public NdArray isnan(NdArray a) {
        return xp.isnan(a);
    }

    @Override
    public NdArray isinf(NdArray a) {
        return xp.isinf(a);
    }

    @Override
    public NdArray and(NdArray a, NdArray b) {
        return xp.logicalAnd(a, b);
    }

    @Override
    public NdArray or(NdArray a, NdArray b) {
        return xp.logicalOr(a, b);
    }

    @Override
    public NdArray not(NdArray a) {
        return xp.logicalNot(a);
    }

    @Override
    public NdArray where(NdArray c, NdArray a, NdArray b) {
        return xp.where(c, a, b);
    }

    @Override
    public NdArray where(NdArray c, NdArray a, double b) {
        return xp.where(c, a, b);
    }

    @Override
    public NdArray where(NdArray c, double a, NdArray b) {
        return xp.where(c, a, b);
    }

    @Override
    public boolean all(NdArray mask) {
        return xp.all(mask).booleanValue();
    }
}
