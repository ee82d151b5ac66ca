package org.xpsci.xp.cuda;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.SkipBackend;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;

/**
 * Every elementwise function on every dtype the fixture covers (cuda_elementwise.npz from
 * src/test/python/gen_elementwise.py: NumPy's outputs for inputs inside each function's domain), checking
 * values, dtype and shape. Table driven from {@link ElementwiseOp}.
 */
@SkipBackend(value = "cpu", reason = "tests of the cuda backend's kernels; the cpu backend has its own")
class CudaElementwiseTest {

    private static final Fixture F = Fixtures.load("cuda_elementwise.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyFunctionMatchesNumpy(ArrayNamespace xp) {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String key : new TreeSet<>(F.names())) {
            if (!key.endsWith(".out")) {
                continue;
            }
            String[] parts = key.split("\\.");
            ElementwiseOp op = ElementwiseOp.byStandardName(parts[0]);
            String base = parts[0] + "." + parts[1];
            NdArray x1 = F.get(xp, base + ".x1");
            NdArray want = F.get(xp, key);
            try {
                NdArray got = op.arity() == 1 ? xp.unary(op, x1) : xp.binary(op, x1, F.get(xp, base + ".x2"));
                XpAssert.assertClose(got, want);
            } catch (AssertionError | RuntimeException e) {
                failures.add(base + ": " + e.getMessage());
            }
            cases++;
        }
        assertTrue(cases > 250, "only " + cases + " cases in the fixture");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " cases differ from NumPy:\n"
                + String.join("\n", failures));
    }
}
