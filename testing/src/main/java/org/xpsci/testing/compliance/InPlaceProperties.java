package org.xpsci.testing.compliance;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;

/**
 * Properties of the in-place operators ({@code +=} ... {@code >>=}, the array's {@code ...InPlace} methods):
 * each writes into its left operand what its function gives, returns that operand and leaves the right operand
 * as it was; Java scalars adopt the array's dtype; a result that would change the left operand's dtype or shape
 * is refused with IllegalArgumentException, and nothing is written.
 */
public abstract class InPlaceProperties extends ElementwiseProperties {

    /** A left operand and a right operand that broadcasts to its shape, of one dtype. */
    public record Update(ArraySpec x1, ArraySpec x2) {
    }

    @Provide
    Arbitrary<Update> updates() {
        return XpArbitraries.broadcastPairs().flatMap(p -> XpArbitraries.dtypes().flatMap(d -> Combinators.combine(
                XpArbitraries.array(d, ReferenceShapes.broadcast(p[0], p[1]), XpArbitraries.Domain.SAFE),
                XpArbitraries.array(d, p[1], XpArbitraries.Domain.SAFE)).as(Update::new)));
    }

    @Provide
    Arbitrary<Update> widening() {
        List<DType> widened = Arrays.stream(DType.values()).filter(d -> !wider(d).isEmpty()).toList();
        return Arbitraries.of(widened).flatMap(d1 -> Arbitraries.of(wider(d1)).flatMap(d2 -> Combinators.combine(
                XpArbitraries.array(d1, new int[] {3}, XpArbitraries.Domain.SAFE),
                XpArbitraries.array(d2, new int[] {3}, XpArbitraries.Domain.SAFE)).as(Update::new)));
    }

    @Provide
    Arbitrary<Update> growing() {
        return XpArbitraries.dtypes().flatMap(d -> Combinators.combine(
                XpArbitraries.array(d, new int[] {3}, XpArbitraries.Domain.SAFE),
                XpArbitraries.array(d, new int[] {2, 3}, XpArbitraries.Domain.SAFE)).as(Update::new));
    }

    /** Every in-place operator writes what its function gives into the left operand, and returns it. */
    @Property
    void inPlaceOperatorsWriteWhatTheirFunctionsGive(@ForAll("updates") Update u) {
        NdArray b = u.x2().buildFresh(xp());
        Failures f = new Failures();
        for (InPlace p : OPERATORS) {
            if (category(p.op()).accepts(u.x1().dtype())) {
                f.check(p.name(), () -> {
                    NdArray expected = call(p.op(), u.x1().buildFresh(xp()), b);
                    NdArray target = u.x1().buildFresh(xp());
                    if (p.method().apply(target, b) != target) {
                        throw new AssertionError("returned an array other than its left operand");
                    }
                    assertSameResult(target, expected);
                    assertSameResult(b, u.x2().buildFresh(xp()));
                });
            }
        }
        f.assertNone(u.toString());
    }

    /** With a Java scalar on the right, the in-place operators give what the functions give with that scalar. */
    @Property
    void scalarOperandsAdoptTheArrayDtype(@ForAll("safeArrays") ArraySpec x) {
        DType d = x.dtype();
        Failures f = new Failures();
        for (InPlace p : OPERATORS) {
            if (!category(p.op()).accepts(d) || !d.isNumeric()) {
                continue;
            }
            if (d.isFloating() && p.withDouble() != null) {
                f.check(p.name() + " 2.0", () -> assertSameResult(p.withDouble().apply(x.buildFresh(xp()), 2.0),
                        xp().binary(p.op(), x.buildFresh(xp()), 2.0)));
            }
            if (p.withLong() != null) {
                f.check(p.name() + " 2", () -> assertSameResult(p.withLong().apply(x.buildFresh(xp()), 2L),
                        xp().binary(p.op(), x.buildFresh(xp()), 2L)));
            }
        }
        f.assertNone(x.toString());
    }

    /** A right operand of a wider dtype would change the left operand's dtype: refused, nothing written. */
    @Property
    void aWiderResultDtypeIsRefused(@ForAll("widening") Update u) {
        DType promoted = StandardPromotion.resultType(u.x1().dtype(), u.x2().dtype());
        ElementwiseOp op = category(ElementwiseOp.ADD).accepts(promoted) ? ElementwiseOp.ADD : ElementwiseOp.BITWISE_OR;
        assertRefused(u, op);
    }

    /** A right operand that broadcasts to a larger shape would change the left operand's shape: refused. */
    @Property
    void aLargerResultShapeIsRefused(@ForAll("growing") Update u) {
        ElementwiseOp op = category(ElementwiseOp.ADD).accepts(u.x1().dtype()) ? ElementwiseOp.ADD
                : ElementwiseOp.BITWISE_OR;
        assertRefused(u, op);
    }

    private void assertRefused(Update u, ElementwiseOp op) {
        NdArray target = u.x1().buildFresh(xp());
        try {
            target.applyInPlace(op, u.x2().buildFresh(xp()));
        } catch (IllegalArgumentException expected) {
            assertSameResult(target, u.x1().buildFresh(xp()));
            return;
        }
        throw new AssertionError(op.standardName() + " in place was accepted for " + u);
    }

    /** The dtypes d2 with which d1 promotes, under the standard's table, to a dtype other than d1. */
    private static List<DType> wider(DType d1) {
        return StandardPromotion.partners(d1).stream().filter(d2 -> StandardPromotion.resultType(d1, d2) != d1)
                .toList();
    }

    /** An in-place operator: the method taking an array, and those taking a Java scalar where there are. */
    private record InPlace(String name, ElementwiseOp op, BiFunction<NdArray, NdArray, NdArray> method,
                           BiFunction<NdArray, Double, NdArray> withDouble,
                           BiFunction<NdArray, Long, NdArray> withLong) {
    }

    private static final List<InPlace> OPERATORS = List.of(
            new InPlace("__iadd__", ElementwiseOp.ADD, NdArray::addInPlace, NdArray::addInPlace, NdArray::addInPlace),
            new InPlace("__isub__", ElementwiseOp.SUBTRACT, NdArray::subtractInPlace, NdArray::subtractInPlace,
                    NdArray::subtractInPlace),
            new InPlace("__imul__", ElementwiseOp.MULTIPLY, NdArray::multiplyInPlace, NdArray::multiplyInPlace,
                    NdArray::multiplyInPlace),
            new InPlace("__itruediv__", ElementwiseOp.DIVIDE, NdArray::divideInPlace, NdArray::divideInPlace, null),
            new InPlace("__ifloordiv__", ElementwiseOp.FLOOR_DIVIDE, NdArray::floorDivideInPlace,
                    NdArray::floorDivideInPlace, NdArray::floorDivideInPlace),
            new InPlace("__imod__", ElementwiseOp.REMAINDER, NdArray::remainderInPlace, NdArray::remainderInPlace,
                    NdArray::remainderInPlace),
            new InPlace("__ipow__", ElementwiseOp.POW, NdArray::powInPlace, NdArray::powInPlace, NdArray::powInPlace),
            new InPlace("__iand__", ElementwiseOp.BITWISE_AND, NdArray::bitwiseAndInPlace, null,
                    NdArray::bitwiseAndInPlace),
            new InPlace("__ior__", ElementwiseOp.BITWISE_OR, NdArray::bitwiseOrInPlace, null, NdArray::bitwiseOrInPlace),
            new InPlace("__ixor__", ElementwiseOp.BITWISE_XOR, NdArray::bitwiseXorInPlace, null,
                    NdArray::bitwiseXorInPlace),
            new InPlace("__ilshift__", ElementwiseOp.BITWISE_LEFT_SHIFT, NdArray::bitwiseLeftShiftInPlace, null,
                    NdArray::bitwiseLeftShiftInPlace),
            new InPlace("__irshift__", ElementwiseOp.BITWISE_RIGHT_SHIFT, NdArray::bitwiseRightShiftInPlace, null,
                    NdArray::bitwiseRightShiftInPlace));
}
