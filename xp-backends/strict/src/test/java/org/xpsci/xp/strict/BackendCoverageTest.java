package org.xpsci.xp.strict;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xpsci.testing.XpTest;
import org.xpsci.testing.compliance.ComplianceBase;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.LinalgExtension;
import org.xpsci.xp.Xp;

/**
 * Every abstract method of ArrayNamespace, FftExtension and LinalgExtension is implemented by the cpu and
 * strict backends and runs there (placeholders that throw "PENDING" are caught), and every elementwise function
 * runs on each backend for some dtype the standard accepts.
 */
class BackendCoverageTest {

    private static final List<Class<?>> INTERFACES = List.of(ArrayNamespace.class, FftExtension.class,
            LinalgExtension.class);

    @Test
    void everyAbstractMethodHasAProbe() {
        List<String> missing = new ArrayList<>();
        for (Class<?> owner : INTERFACES) {
            for (Method m : owner.getMethods()) {
                if (Modifier.isAbstract(m.getModifiers()) && FunctionProbes.all().stream().noneMatch(p -> covers(p, m))) {
                    missing.add(owner.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()));
                }
            }
        }
        assertTrue(missing.isEmpty(), "methods without a probe in FunctionProbes: " + missing);
    }

    @Test
    void bothBackendsImplementEveryAbstractMethod() {
        List<String> missing = new ArrayList<>();
        for (String name : List.of("cpu", "strict")) {
            ArrayNamespace xp = Xp.backend(name);
            for (Object impl : List.of(xp, xp.fft(), xp.linalg())) {
                for (Class<?> owner : INTERFACES) {
                    if (!owner.isInstance(impl)) {
                        continue;
                    }
                    for (Method m : owner.getMethods()) {
                        if (!Modifier.isAbstract(m.getModifiers())) {
                            continue;
                        }
                        try {
                            Method found = impl.getClass().getMethod(m.getName(), m.getParameterTypes());
                            if (Modifier.isAbstract(found.getModifiers()) || found.getDeclaringClass().isInterface()) {
                                missing.add(name + ": " + owner.getSimpleName() + "." + m.getName());
                            }
                        } catch (NoSuchMethodException e) {
                            missing.add(name + ": " + owner.getSimpleName() + "." + m.getName());
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "not implemented: " + missing);
    }

    /** Each function runs for at least one dtype, and no dtype meets a placeholder. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyFunctionRunsOnEachBackend(ArrayNamespace xp) {
        List<String> problems = new ArrayList<>();
        for (FunctionProbes.Probe p : FunctionProbes.all()) {
            SupportProbe r = SupportProbe.run(p, xp);
            if (r.accepted().isEmpty() || !r.pending().isEmpty()) {
                problems.add(p.name() + " (" + r.failure() + ")");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " function(s) do not run on " + xp.name() + ":\n  "
                + String.join("\n  ", problems));
    }

    /** Each elementwise function runs for some dtype of the standard's category. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyElementwiseFunctionRunsForAnAcceptedDtype(ArrayNamespace xp) {
        List<String> problems = new ArrayList<>();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            String last = "no dtype of the category";
            boolean ran = false;
            for (DType d : DType.values()) {
                if (ran || !ComplianceBase.category(op).accepts(d)) {
                    continue;
                }
                try {
                    if (op.arity() == 1) {
                        xp.unary(op, FunctionProbes.vec(xp, d));
                    } else {
                        xp.binary(op, FunctionProbes.vec(xp, d), FunctionProbes.vec(xp, d));
                    }
                    ran = true;
                } catch (RuntimeException e) {
                    last = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            if (!ran) {
                problems.add(op.standardName() + " (" + last + ")");
            }
        }
        assertTrue(problems.isEmpty(), "elementwise functions that do not run on " + xp.name() + ": " + problems);
    }

    private static boolean covers(FunctionProbes.Probe p, Method m) {
        return p.owner() == m.getDeclaringClass() && p.method().equals(m.getName())
                && (p.params() == null || Arrays.equals(p.params(), m.getParameterTypes()));
    }
}
