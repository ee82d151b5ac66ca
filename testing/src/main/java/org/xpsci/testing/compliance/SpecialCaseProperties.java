package org.xpsci.testing.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;

/**
 * Properties of the IEEE special cases the standard lists for elementwise functions ({@link SpecialCases}):
 * every case is checked in float32 and float64 on examples from a fixed pool of values (NaN of both signs, ±0,
 * ±infinity, ±1, halves, odd and even integers, huge values) plus generated values that meet the case's
 * conditions. A failure names each function with the cases it breaks and the operands.
 */
public abstract class SpecialCaseProperties extends ElementwiseProperties {

    private static final int EXAMPLES_PER_OPERAND = 6;

    @Provide
    Arbitrary<List<Double>> extraValues() {
        return XpArbitraries.doubles().list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<ArraySpec> integerArrays() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(DTypeCategory.INTEGER), XpArbitraries.shapes());
    }

    /** Every special case of every elementwise function holds, in float32 and float64. */
    @Property
    void specialCasesHold(@ForAll("extraValues") List<Double> extra) {
        Map<String, String> byFunction = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (SpecialCase c : SpecialCases.all()) {
                String key = c.op().standardName() + " [" + d + "]";
                int[] n = counts.computeIfAbsent(key, k -> new int[2]);
                n[1]++;
                String failure = failure(c, extra, d);
                if (failure != null) {
                    n[0]++;
                    byFunction.putIfAbsent(key, failure);
                }
            }
        }
        Failures f = new Failures();
        byFunction.forEach((key, first) -> f.expect(false, key, counts.get(key)[0] + " of " + counts.get(key)[1]
                + " special cases fail; first: " + first));
        f.assertNone("the special cases with extra values " + extra);
    }

    /** ceil, floor, round and trunc return integer input unchanged, in its dtype ("already integer-valued"). */
    @Property
    void roundingFunctionsKeepIntegers(@ForAll("integerArrays") ArraySpec x) {
        NdArray a = x.build(xp());
        Failures f = new Failures();
        for (ElementwiseOp op : new ElementwiseOp[] {ElementwiseOp.CEIL, ElementwiseOp.FLOOR, ElementwiseOp.ROUND,
            ElementwiseOp.TRUNC}) {
            f.check(op.standardName(), () -> {
                NdArray r = call(op, a);
                assertArray(r, x.dtype(), x.shape());
                ArrayValues v = ArrayValues.of(r);
                ArrayValues in = ArrayValues.of(a);
                for (int i = 0; i < v.size(); i++) {
                    if (v.exact()[i] != in.exact()[i]) {
                        throw new AssertionError("element " + i + " is " + v.exact()[i] + ", expected " + in.exact()[i]);
                    }
                }
            });
        }
        f.assertNone(x.toString());
    }

    /** Null when the case holds on its examples, else what went wrong. */
    private String failure(SpecialCase c, List<Double> extra, DType d) {
        double[][] ex = c.examples(extra, d, EXAMPLES_PER_OPERAND);
        if (ex[0].length == 0) {
            return null;
        }
        try {
            NdArray a = xp().asarray(ex[0], d);
            NdArray r = c.x2() == null ? call(c.op(), a) : call(c.op(), a, xp().asarray(ex[1], d));
            ArrayValues v = ArrayValues.of(r);
            for (int i = 0; i < ex[0].length; i++) {
                double b = c.x2() == null ? Double.NaN : ex[1][i];
                if (!c.holds(ex[0][i], b, v.re()[i], r.dtype())) {
                    String args = SpecialCase.show(ex[0][i]) + (c.x2() == null ? "" : ", " + SpecialCase.show(b));
                    return c + ": at (" + args + ") got " + SpecialCase.show(v.re()[i]);
                }
            }
            return null;
        } catch (RuntimeException e) {
            return c + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
