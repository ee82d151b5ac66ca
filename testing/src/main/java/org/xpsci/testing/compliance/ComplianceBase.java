package org.xpsci.testing.compliance;

import java.util.Arrays;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;

/**
 * The root of the compliance suite's chain of property classes: the namespace under test and the checks every
 * category shares. Each property runs {@link ComplianceLifecycle#tries()} generated examples.
 */
@AddLifecycleHook(value = ComplianceLifecycle.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
public abstract class ComplianceBase {

    /** The namespace under test. */
    protected abstract ArrayNamespace xp();

    /**
     * The dtype category the standard (2024.12) requires of an elementwise function's inputs. It is the
     * {@link ElementwiseOp} table's, except {@code imag}, which the standard defines for complex input only
     * (NumPy's zeros for real input are an extension).
     */
    public static DTypeCategory category(ElementwiseOp op) {
        return op == ElementwiseOp.IMAG ? DTypeCategory.COMPLEX_FLOATING : op.category();
    }

    /** Asserts a result's namespace, dtype and shape. */
    protected void assertArray(NdArray r, DType dtype, int[] shape) {
        if (r.namespace() != xp()) {
            throw new AssertionError("result belongs to namespace " + r.namespace().name() + ", not " + xp().name());
        }
        if (r.dtype() != dtype) {
            throw new AssertionError("dtype " + r.dtype() + ", expected " + dtype);
        }
        if (!Arrays.equals(r.shape(), shape)) {
            throw new AssertionError("shape " + ReferenceShapes.format(r.shape()) + ", expected "
                    + ReferenceShapes.format(shape));
        }
    }
}
