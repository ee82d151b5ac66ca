package org.xpsci.stats;

/**
 * A warning raised by a statistic where SciPy warns (delivered through {@link StatsWarnings}).
 *
 * @param category what SciPy would raise
 * @param function the SciPy name of the function that warned (e.g. "ttest_ind")
 * @param message  SciPy's message
 */
public record StatsWarning(Category category, String function, String message) {

    /** The SciPy warning class a warning mirrors. */
    public enum Category {
        /** {@code scipy.stats.SmallSampleWarning}: a sample (slice) is too small; its results are NaN. */
        SMALL_SAMPLE("SmallSampleWarning"),
        /** {@code RuntimeWarning}: precision loss in a moment from catastrophic cancellation (nearly equal data). */
        PRECISION_LOSS("RuntimeWarning"),
        /** {@code scipy.stats.ConstantInputWarning}: an input is constant; the correlation is undefined (NaN). */
        CONSTANT_INPUT("ConstantInputWarning"),
        /** {@code scipy.stats.NearConstantInputWarning}: an input is nearly constant; the result may be inaccurate. */
        NEAR_CONSTANT_INPUT("NearConstantInputWarning");

        private final String scipyName;

        Category(String scipyName) {
            this.scipyName = scipyName;
        }

        /** The name of SciPy's warning class. */
        public String scipyName() {
            return scipyName;
        }
    }

    @Override
    public String toString() {
        return category.scipyName() + " in " + function + ": " + message;
    }
}
