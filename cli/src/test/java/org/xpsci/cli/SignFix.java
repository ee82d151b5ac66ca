package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Comparisons of factors that are unique only up to the phase of each vector (a sign for real input): the
 * columns of svd's u, eigh's v and qr's q (with the matching rows of vh and r). xpsci's vectors are turned by the
 * phase that aligns them with SciPy's, then compared. Columns past the first min(M, N) of a full u or q complete
 * an orthonormal basis of which any is valid: for them, only orthonormality is checked (against the identity).
 */
final class SignFix {

    private SignFix() {
    }

    /** The comparison for output {@code name} of a linalg case, or null to compare it directly. */
    static CaseRunner.Comparison comparison(CommandCases.Case c, String name) {
        String command = c.args().get(0);
        if (command.equals("svd") && name.equals("u")) {
            return (a, e, o) -> paired(a.get("u"), e.get("u"), a.get("vh"), e.get("vh"), o);
        }
        if (command.equals("svd") && name.equals("vh")) {
            return (a, e, o) -> { };
        }
        if (command.equals("qr") && name.equals("q")) {
            return (a, e, o) -> paired(a.get("q"), e.get("q"), a.get("r"), e.get("r"), o);
        }
        if (command.equals("qr") && name.equals("r") && c.args().contains("r") == false) {
            return (a, e, o) -> { };
        }
        if (command.equals("eigh") && name.equals("v")) {
            return (a, e, o) -> paired(a.get("v"), e.get("v"), null, null, o);
        }
        return null;
    }

    /**
     * Compares the first K columns of {@code left} (and the first K rows of {@code right}, K = the number of
     * right's rows or left's columns) after turning each of xpsci's vectors by the phase that best aligns it
     * with SciPy's; checks the remaining columns of a square {@code left} for orthonormality.
     */
    private static void paired(NdArray left, NdArray leftExpected, NdArray right, NdArray rightExpected,
                               AssertOptions o) {
        ArrayNamespace xp = Xp.namespace(left);
        assertArrayEquals(leftExpected.shape(), left.shape(), "shape of the left factor");
        int k = right != null ? Math.min(right.shape(-2), left.shape(-1)) : left.shape(-1);
        NdArray l = left.get(Index.ellipsis(), Index.to(k));
        NdArray le = leftExpected.get(Index.ellipsis(), Index.to(k));
        NdArray dot = xp.sum(xp.conj(l).multiply(le), new int[] {-2}, null, true);
        NdArray phase = dot.divide(xp.abs(dot));
        XpAssert.assertClose(l.multiply(phase), le, o);
        if (right != null) {
            assertArrayEquals(rightExpected.shape(), right.shape(), "shape of the right factor");
            NdArray r = right.get(Index.ellipsis(), Index.to(k), Index.all());
            NdArray re = rightExpected.get(Index.ellipsis(), Index.to(k), Index.all());
            NdArray rowPhase = xp.matrixTranspose(xp.conj(phase));
            XpAssert.assertClose(r.multiply(rowPhase), re, o);
        }
        if (left.shape(-1) == left.shape(-2) && k < left.shape(-1)) {
            NdArray gram = xp.matmul(xp.matrixTranspose(xp.conj(left)), left);
            NdArray eye = xp.astype(xp.eye(left.shape(-1)), gram.dtype());
            XpAssert.assertClose(gram, eye, o.atol(1e-12));
        }
    }

}
