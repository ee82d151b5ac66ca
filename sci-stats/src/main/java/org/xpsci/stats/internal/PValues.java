package org.xpsci.stats.internal;

import org.xpsci.stats.Alternative;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.stats.internal.special.StudentTFunction;

/** P-values of a t statistic (SciPy's {@code _get_pvalue} with the symmetric Student t distribution). */
final class PValues {

    private PValues() {
    }

    /** less: cdf(t); greater: sf(t); two-sided: 2 sf(|t|). */
    static <V, B> V studentT(SliceEngine<V, B> e, V t, V df, Alternative alternative) {
        VectorAlgebra<V, B> m = e.algebra();
        switch (alternative) {
            case LESS:
                return e.apply(StudentTFunction.CDF, t, df);
            case GREATER:
                return e.apply(StudentTFunction.SF, t, df);
            default:
                return m.mul(e.apply(StudentTFunction.SF, m.abs(t), df), 2.0);
        }
    }
}
