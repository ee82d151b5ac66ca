package org.xpsci.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.xpsci.xp.NdArray;

/**
 * A window as SciPy's spectral functions take it: a name such as {@code "hann"} or {@code "hann_periodic"}, a
 * name with parameters (Python's tuple {@code ('kaiser', 8.0)}), or the window's values as a 1-d array.
 * Names and parameters are those of {@code scipy.signal.get_window}; see {@link Windows#get}.
 */
public sealed interface WindowSpec permits WindowSpec.Named, WindowSpec.Values {

    /**
     * A window by name with its parameters; a null parameter is Python's None (the {@code center} of
     * {@code ('exponential', None, tau)}). For {@code general_cosine} the parameters are its coefficients.
     *
     * @param name   the window's name or alias, optionally suffixed {@code _periodic} or {@code _symmetric}
     * @param params the parameters after the name (unmodifiable; may hold nulls)
     */
    record Named(String name, List<Double> params) implements WindowSpec {

        /**
         * Copies the parameters.
         *
         * @throws IllegalArgumentException when the name is null
         */
        public Named {
            if (name == null) {
                throw new IllegalArgumentException("window name must not be null");
            }
            params = Collections.unmodifiableList(new ArrayList<>(params == null ? List.of() : params));
        }

        @Override
        public String toString() {
            if (params.isEmpty()) {
                return "'" + name + "'";
            }
            StringBuilder sb = new StringBuilder("('").append(name).append('\'');
            for (Double p : params) {
                sb.append(", ").append(p == null ? "None" : p.toString());
            }
            return sb.append(')').toString();
        }
    }

    /**
     * A window given by its values.
     *
     * @param values a 1-d real array, in the namespace of the signal it is used with
     */
    record Values(NdArray values) implements WindowSpec {

        /**
         * Checks the array is present.
         *
         * @throws IllegalArgumentException when it is null
         */
        public Values {
            Objects.requireNonNull(values, "window values");
        }

        @Override
        public String toString() {
            return "array(shape=" + Arrays.toString(values.shape()) + ", dtype=" + values.dtype() + ")";
        }
    }

    /** A window by name, with parameters as SciPy's tuple form takes them ({@code ("kaiser", 8.0)}). */
    static WindowSpec of(String name, Double... params) {
        return new Named(name, params == null ? List.of() : Arrays.asList(params));
    }

    /** A window given by its values (a 1-d real array). */
    static WindowSpec of(NdArray values) {
        return new Values(values);
    }

    /** A Kaiser window of shape parameter beta: what {@code get_window} makes of a bare number. */
    static WindowSpec kaiser(double beta) {
        return of("kaiser", beta);
    }
}
