package org.xpsci.testing.compliance;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.PromotionException;

/**
 * Properties of the elementwise functions and operators: every function, called by its name in the
 * namespace, gives the dtype the standard's promotion and result rules prescribe and the broadcast shape;
 * Java scalars adopt the array's dtype; operators agree with their functions; incompatible shapes are an
 * error; mixed kinds are an error under the standard's rules (NumPy's mixed-kind promotion is the cpu
 * backend's documented extension and is checked as such).
 */
public abstract class ElementwiseProperties extends ComplianceBase {

    /** A pair of operands. */
    public record Operands(ArraySpec x1, ArraySpec x2) {
    }

    @Provide
    Arbitrary<ArraySpec> safeArrays() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.shapes(), XpArbitraries.Domain.SAFE);
    }

    @Provide
    Arbitrary<Operands> promotableOperands() {
        return XpArbitraries.broadcastPairs().flatMap(p -> XpArbitraries.dtypes().flatMap(d1 ->
                Arbitraries.of(StandardPromotion.partners(d1)).flatMap(d2 -> Combinators.combine(
                        XpArbitraries.array(d1, p[0], XpArbitraries.Domain.SAFE),
                        XpArbitraries.array(d2, p[1], XpArbitraries.Domain.SAFE)).as(Operands::new))));
    }

    @Provide
    Arbitrary<Operands> mixedKindOperands() {
        return XpArbitraries.dtypes().flatMap(d1 -> Arbitraries.of(Arrays.stream(DType.values())
                .filter(d2 -> StandardPromotion.resultType(d1, d2) == null).toList()).flatMap(d2 ->
                Combinators.combine(XpArbitraries.array(d1, new int[] {2}, XpArbitraries.Domain.SAFE),
                        XpArbitraries.array(d2, new int[] {2}, XpArbitraries.Domain.SAFE)).as(Operands::new)));
    }

    @Provide
    Arbitrary<int[][]> incompatibleShapes() {
        return XpArbitraries.nonEmptyShapes(1, 3).flatMap(s -> Combinators.combine(
                Arbitraries.integers().between(0, s.length - 1), Arbitraries.integers().between(2, 4)).as((axis, k) -> {
                    int[] t = s.clone();
                    t[axis] = s[axis] == 1 ? k : s[axis] + k;
                    int[] u = s.clone();
                    if (s[axis] == 1) {
                        u[axis] = k + 1;
                    }
                    return new int[][] {u, t};
                }));
    }

    /** Every one-argument function gives the standard's result dtype and the input's shape. */
    @Property
    void unaryFunctionsGiveTheStandardDtypeAndShape(@ForAll("safeArrays") ArraySpec x) {
        NdArray a = x.build(xp());
        Failures f = new Failures();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            if (op.arity() == 1 && category(op).accepts(x.dtype())) {
                f.check(op.standardName(), () -> assertArray(call(op, a), op.resultDType(x.dtype()), x.shape()));
            }
        }
        f.assertNone(x.toString());
    }

    /**
     * Every two-argument function promotes its operands by the standard's table, gives the function's result
     * dtype and broadcasts the shapes.
     */
    @Property
    void binaryFunctionsPromoteAndBroadcast(@ForAll("promotableOperands") Operands o) {
        NdArray a = o.x1().build(xp());
        NdArray b = o.x2().build(xp());
        DType promoted = StandardPromotion.resultType(o.x1().dtype(), o.x2().dtype());
        int[] shape = ReferenceShapes.broadcast(o.x1().shape(), o.x2().shape());
        Failures f = new Failures();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            boolean sameDtypeOnly = op == ElementwiseOp.NEXTAFTER && o.x1().dtype() != o.x2().dtype();
            if (op.arity() == 2 && category(op).accepts(promoted) && !sameDtypeOnly) {
                f.check(op.standardName(), () -> assertArray(call(op, a, b), op.resultDType(promoted), shape));
            }
        }
        f.assertNone(o.toString());
    }

    /**
     * A Java scalar beside an array adopts the array's dtype: an integer scalar with integer and
     * floating-point arrays, a float scalar with floating-point arrays, on either side.
     */
    @Property
    void scalarsAdoptTheArrayDtype(@ForAll("safeArrays") ArraySpec x) {
        NdArray a = x.build(xp());
        DType d = x.dtype();
        Failures f = new Failures();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            if (op.arity() != 2 || !category(op).accepts(d)) {
                continue;
            }
            if (d.isFloating()) {
                f.check(op.standardName() + "(x, 2.0)", () -> assertArray(xp().binary(op, a, 2.0), op.resultDType(d), x.shape()));
                f.check(op.standardName() + "(2.0, x)", () -> assertArray(xp().binary(op, 2.0, a), op.resultDType(d), x.shape()));
            }
            if (d.isNumeric()) {
                f.check(op.standardName() + "(x, 2)", () -> assertArray(xp().binary(op, a, 2L), op.resultDType(d), x.shape()));
                f.check(op.standardName() + "(2, x)", () -> assertArray(xp().binary(op, 2L, a), op.resultDType(d), x.shape()));
            }
        }
        f.assertNone(x.toString());
    }

    /** The array object's operators give what their namespace functions give. */
    @Property
    void operatorsAgreeWithFunctions(@ForAll("promotableOperands") Operands o) {
        NdArray a = o.x1().build(xp());
        NdArray b = o.x2().build(xp());
        DType promoted = StandardPromotion.resultType(o.x1().dtype(), o.x2().dtype());
        Failures f = new Failures();
        for (Operator p : OPERATORS) {
            if (p.op().arity() == 2 && category(p.op()).accepts(promoted)) {
                f.check(p.name(), () -> assertSameResult(p.binary().apply(a, b), call(p.op(), a, b)));
            } else if (p.op().arity() == 1 && category(p.op()).accepts(o.x1().dtype())) {
                f.check(p.name(), () -> assertSameResult(p.unary().apply(a), call(p.op(), a)));
            }
        }
        f.assertNone(o.toString());
    }

    /** Shapes that do not broadcast are an error for every two-argument function. */
    @Property
    void incompatibleShapesAreAnError(@ForAll("incompatibleShapes") int[][] shapes) {
        Failures f = new Failures();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            if (op.arity() != 2) {
                continue;
            }
            DType d = Arrays.stream(new DType[] {DType.FLOAT64, DType.INT64, DType.BOOL}).filter(category(op)::accepts)
                    .findFirst().orElseThrow();
            NdArray a = xp().zeros(shapes[0], d, null);
            NdArray b = xp().zeros(shapes[1], d, null);
            f.check(op.standardName(), () -> {
                try {
                    call(op, a, b);
                } catch (IllegalArgumentException expected) {
                    return;
                }
                throw new AssertionError("shapes " + ReferenceShapes.format(shapes[0]) + " and "
                        + ReferenceShapes.format(shapes[1]) + " were accepted");
            });
        }
        f.assertNone(ReferenceShapes.format(shapes[0]) + " and " + ReferenceShapes.format(shapes[1]));
    }

    /**
     * Operands of two kinds: an error under the standard's rules; under NumPy's rules (the cpu backend's
     * documented extension) NumPy 2's result dtype.
     */
    @Property
    void mixedKindsFollowTheNamespaceRules(@ForAll("mixedKindOperands") Operands o) {
        NdArray a = o.x1().build(xp());
        NdArray b = o.x2().build(xp());
        DType numpy = numpyType(o.x1().dtype(), o.x2().dtype());
        Failures f = new Failures();
        for (ElementwiseOp op : List.of(ElementwiseOp.ADD, ElementwiseOp.MULTIPLY, ElementwiseOp.EQUAL,
                ElementwiseOp.LESS)) {
            if (xp().promotionRules() == Promotion.Rules.STANDARD) {
                f.check(op.standardName(), () -> {
                    try {
                        call(op, a, b);
                    } catch (IllegalArgumentException expected) {
                        return;
                    }
                    throw new AssertionError("mixed kinds were accepted under the standard's rules");
                });
            } else if (op.category().accepts(numpy)) {
                f.check(op.standardName(), () -> assertArray(call(op, a, b), op.resultDType(numpy), new int[] {2}));
            }
        }
        f.assertNone(o.toString());
    }

    private static DType numpyType(DType a, DType b) {
        try {
            return Promotion.resultType(a, b, Promotion.Rules.NUMPY);
        } catch (PromotionException e) {
            return null;
        }
    }

    /** Asserts that two arrays have one dtype, one shape and the same elements (NaN matching NaN). */
    protected void assertSameResult(NdArray actual, NdArray expected) {
        assertArray(actual, expected.dtype(), expected.shape());
        ArrayValues x = ArrayValues.of(actual);
        ArrayValues y = ArrayValues.of(expected);
        for (int i = 0; i < x.size(); i++) {
            if (!x.same(i, y.re()[i], y.im()[i])) {
                throw new AssertionError("element " + i + " is " + x.re()[i] + "+" + x.im()[i] + "j, the function gives "
                        + y.re()[i] + "+" + y.im()[i] + "j");
            }
        }
    }

    /** The namespace methods named after the elementwise functions, looked up once. */
    private static final java.util.Map<ElementwiseOp, Method> METHODS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Calls the namespace method named after {@code op} (e.g. {@code xp.bitwiseLeftShift(a, b)}). */
    protected NdArray call(ElementwiseOp op, NdArray... args) {
        Method m = METHODS.computeIfAbsent(op, o -> {
            Class<?>[] types = new Class<?>[o.arity()];
            Arrays.fill(types, NdArray.class);
            try {
                return ArrayNamespace.class.getMethod(o.methodName(), types);
            } catch (NoSuchMethodException e) {
                throw new AssertionError("ArrayNamespace has no method " + o.methodName() + " for " + o.standardName(), e);
            }
        });
        try {
            return (NdArray) m.invoke(xp(), (Object[]) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot call ArrayNamespace." + op.methodName(), e);
        }
    }

    /** An operator of the array object and the function it stands for. */
    private record Operator(String name, ElementwiseOp op, BiFunction<NdArray, NdArray, NdArray> binary,
                            Function<NdArray, NdArray> unary) {
        static Operator of(String name, ElementwiseOp op, BiFunction<NdArray, NdArray, NdArray> f) {
            return new Operator(name, op, f, null);
        }

        static Operator of(String name, ElementwiseOp op, Function<NdArray, NdArray> f) {
            return new Operator(name, op, null, f);
        }
    }

    private static final List<Operator> OPERATORS = List.of(
            Operator.of("__add__", ElementwiseOp.ADD, NdArray::add),
            Operator.of("__sub__", ElementwiseOp.SUBTRACT, NdArray::subtract),
            Operator.of("__mul__", ElementwiseOp.MULTIPLY, NdArray::multiply),
            Operator.of("__truediv__", ElementwiseOp.DIVIDE, NdArray::divide),
            Operator.of("__floordiv__", ElementwiseOp.FLOOR_DIVIDE, NdArray::floorDivide),
            Operator.of("__mod__", ElementwiseOp.REMAINDER, NdArray::remainder),
            Operator.of("__pow__", ElementwiseOp.POW, NdArray::pow),
            Operator.of("__and__", ElementwiseOp.BITWISE_AND, NdArray::bitwiseAnd),
            Operator.of("__or__", ElementwiseOp.BITWISE_OR, NdArray::bitwiseOr),
            Operator.of("__xor__", ElementwiseOp.BITWISE_XOR, NdArray::bitwiseXor),
            Operator.of("__lshift__", ElementwiseOp.BITWISE_LEFT_SHIFT, NdArray::bitwiseLeftShift),
            Operator.of("__rshift__", ElementwiseOp.BITWISE_RIGHT_SHIFT, NdArray::bitwiseRightShift),
            Operator.of("__eq__", ElementwiseOp.EQUAL, (BiFunction<NdArray, NdArray, NdArray>) NdArray::equal),
            Operator.of("__ne__", ElementwiseOp.NOT_EQUAL, NdArray::notEqual),
            Operator.of("__lt__", ElementwiseOp.LESS, (BiFunction<NdArray, NdArray, NdArray>) NdArray::less),
            Operator.of("__le__", ElementwiseOp.LESS_EQUAL, (BiFunction<NdArray, NdArray, NdArray>) NdArray::lessEqual),
            Operator.of("__gt__", ElementwiseOp.GREATER, (BiFunction<NdArray, NdArray, NdArray>) NdArray::greater),
            Operator.of("__ge__", ElementwiseOp.GREATER_EQUAL,
                    (BiFunction<NdArray, NdArray, NdArray>) NdArray::greaterEqual),
            Operator.of("__neg__", ElementwiseOp.NEGATIVE, (Function<NdArray, NdArray>) NdArray::negative),
            Operator.of("__pos__", ElementwiseOp.POSITIVE, (Function<NdArray, NdArray>) NdArray::positive),
            Operator.of("__abs__", ElementwiseOp.ABS, (Function<NdArray, NdArray>) NdArray::abs),
            Operator.of("__invert__", ElementwiseOp.BITWISE_INVERT, (Function<NdArray, NdArray>) NdArray::bitwiseInvert));
}
