package org.xpsci.testing.compliance;

import java.util.ArrayList;
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
public abstract class SpecialCaseProperties extends InPlaceProperties {

    private static final int EXAMPLES_PER_OPERAND = 6;

    @Provide
    Arbitrary<List<Double>> extraValues() {
        return XpArbitraries.doubles().list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<ArraySpec> integerArrays() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(DTypeCategory.INTEGER), XpArbitraries.shapes());
    }

    /**
     * Every special case of every elementwise function holds, in float32 and float64. The examples of all the
     * cases of one function and dtype go through one call.
     */
    @Property
    void specialCasesHold(@ForAll("extraValues") List<Double> extra) {
        Map<ElementwiseOp, List<SpecialCase>> byOp = new LinkedHashMap<>();
        for (SpecialCase c : SpecialCases.all()) {
            byOp.computeIfAbsent(c.op(), k -> new ArrayList<>()).add(c);
        }
        Failures f = new Failures();
        for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            byOp.forEach((op, cases) -> {
                List<String> failed = failures(op, cases, extra, d);
                f.expect(failed.isEmpty(), op.standardName() + " [" + d + "]", failed.size() + " of " + cases.size()
                        + " special cases fail; first: " + (failed.isEmpty() ? "" : failed.get(0)));
            });
        }
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

    /** The cases of one function that fail on their examples, each with the operands and the result. */
    private List<String> failures(ElementwiseOp op, List<SpecialCase> cases, List<Double> extra, DType d) {
        List<double[][]> examples = new ArrayList<>();
        int n = 0;
        for (SpecialCase c : cases) {
            double[][] ex = c.examples(extra, d, EXAMPLES_PER_OPERAND);
            examples.add(ex);
            n += ex[0].length;
        }
        double[] x1 = new double[n];
        double[] x2 = new double[op.arity() == 2 ? n : 0];
        int at = 0;
        for (double[][] ex : examples) {
            System.arraycopy(ex[0], 0, x1, at, ex[0].length);
            if (op.arity() == 2) {
                System.arraycopy(ex[1], 0, x2, at, ex[1].length);
            }
            at += ex[0].length;
        }
        List<String> failed = new ArrayList<>();
        ArrayValues v;
        DType rd;
        try {
            NdArray a = xp().asarray(x1, d);
            NdArray r = op.arity() == 1 ? call(op, a) : call(op, a, xp().asarray(x2, d));
            v = ArrayValues.of(r);
            rd = r.dtype();
        } catch (RuntimeException e) {
            failed.add(op.standardName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return failed;
        }
        at = 0;
        for (int k = 0; k < cases.size(); k++) {
            SpecialCase c = cases.get(k);
            double[][] ex = examples.get(k);
            for (int i = 0; i < ex[0].length; i++, at++) {
                double b = op.arity() == 1 ? Double.NaN : ex[1][i];
                if (!c.holds(ex[0][i], b, v.re()[at], rd)) {
                    String args = SpecialCase.show(ex[0][i]) + (op.arity() == 1 ? "" : ", " + SpecialCase.show(b));
                    failed.add(c + ": at (" + args + ") got " + SpecialCase.show(v.re()[at]));
                    at += ex[0].length - i;
                    break;
                }
            }
        }
        return failed;
    }
}
