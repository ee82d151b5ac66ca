package org.xpsci.testing;

/**
 * Options of the {@link XpAssert} assertions, SciPy's keyword arguments: tolerances, which pre-checks run
 * (namespace, dtype, shape) and a message. Immutable; each {@code with*} returns a copy.
 *
 * @param rtol           relative tolerance, or null for the dtype's default (4·√eps)
 * @param atol           absolute tolerance
 * @param checkNamespace whether actual and desired must come from the same namespace
 * @param checkDtype     whether the dtypes must be equal
 * @param checkShape     whether the shapes must be equal (else desired is broadcast to actual's shape)
 * @param message        extra text shown on failure
 */
public record AssertOptions(Double rtol, double atol, boolean checkNamespace, boolean checkDtype,
                            boolean checkShape, String message) {

    /** SciPy's defaults: every check on, default rtol, atol 0. */
    public static AssertOptions defaults() {
        return new AssertOptions(null, 0, true, true, true, "");
    }

    /** With a relative tolerance. */
    public AssertOptions rtol(double value) {
        return new AssertOptions(value, atol, checkNamespace, checkDtype, checkShape, message);
    }

    /** With an absolute tolerance. */
    public AssertOptions atol(double value) {
        return new AssertOptions(rtol, value, checkNamespace, checkDtype, checkShape, message);
    }

    /** Without the dtype check. */
    public AssertOptions noDtypeCheck() {
        return new AssertOptions(rtol, atol, checkNamespace, false, checkShape, message);
    }

    /** Without the shape check (desired may broadcast to actual). */
    public AssertOptions noShapeCheck() {
        return new AssertOptions(rtol, atol, checkNamespace, checkDtype, false, message);
    }

    /** Without the namespace check. */
    public AssertOptions noNamespaceCheck() {
        return new AssertOptions(rtol, atol, false, checkDtype, checkShape, message);
    }

    /** With a message shown on failure. */
    public AssertOptions message(String text) {
        return new AssertOptions(rtol, atol, checkNamespace, checkDtype, checkShape, text);
    }
}
