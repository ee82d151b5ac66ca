package org.xpsci.fft.internal;

/**
 * The eight real-to-real transforms (DCT and DST types 1 to 4) with SciPy's unnormalised definitions, their
 * logical lengths (the FFT length they correspond to, which normalisation divides by) and the end-term
 * scalings of {@code orthogonalize}.
 */
public enum R2rType {
    /** DCT-I: {@code y[k] = x[0] + (-1)^k x[n-1] + 2 sum x[j] cos(pi k j/(n-1))}. */
    DCT1(true, 1),
    /** DCT-II: {@code y[k] = 2 sum x[j] cos(pi k (2j+1)/(2n))}. */
    DCT2(true, 2),
    /** DCT-III: {@code y[k] = x[0] + 2 sum_{j>0} x[j] cos(pi j (2k+1)/(2n))}. */
    DCT3(true, 3),
    /** DCT-IV: {@code y[k] = 2 sum x[j] cos(pi (2j+1)(2k+1)/(4n))}. */
    DCT4(true, 4),
    /** DST-I: {@code y[k] = 2 sum x[j] sin(pi (j+1)(k+1)/(n+1))}. */
    DST1(false, 1),
    /** DST-II: {@code y[k] = 2 sum x[j] sin(pi (k+1)(2j+1)/(2n))}. */
    DST2(false, 2),
    /** DST-III: {@code y[k] = (-1)^k x[n-1] + 2 sum_{j<n-1} x[j] sin(pi (j+1)(2k+1)/(2n))}. */
    DST3(false, 3),
    /** DST-IV: {@code y[k] = 2 sum x[j] sin(pi (2j+1)(2k+1)/(4n))}. */
    DST4(false, 4);

    static final double SQRT2 = Math.sqrt(2);

    private final boolean cosine;
    private final int number;

    R2rType(boolean cosine, int number) {
        this.cosine = cosine;
        this.number = number;
    }

    /**
     * The transform of a family and type number.
     *
     * @throws IllegalArgumentException when the type is not 1 to 4
     */
    public static R2rType of(boolean cosine, int type) {
        if (type < 1 || type > 4) {
            throw new IllegalArgumentException("invalid " + (cosine ? "DCT" : "DST") + " type " + type
                    + "; type must be 1, 2, 3 or 4");
        }
        return values()[(cosine ? 0 : 4) + type - 1];
    }

    /** Whether this is a cosine transform. */
    public boolean cosine() {
        return cosine;
    }

    /** The type number, 1 to 4. */
    public int number() {
        return number;
    }

    /** The transform an inverse call executes: types 2 and 3 swap, 1 and 4 are their own inverses. */
    public R2rType inverse() {
        return number == 2 || number == 3 ? of(cosine, 5 - number) : this;
    }

    /** The logical length normalisation divides by: 2(n-1) for DCT-I, 2(n+1) for DST-I, else 2n. */
    public int logicalLength(int n) {
        if (this == DCT1) {
            return 2 * (n - 1);
        }
        return this == DST1 ? 2 * (n + 1) : 2 * n;
    }

    /**
     * Checks that the transform is defined for {@code n} points (DCT-I needs two).
     *
     * @throws IllegalArgumentException for DCT-I of one point (SciPy: "zero-length FFT requested")
     */
    public void checkLength(int n, int axis) {
        if (this == DCT1 && n < 2) {
            throw new IllegalArgumentException("zero-length FFT requested: DCT type 1 needs at least 2 points along"
                    + " axis " + axis + "; got " + n);
        }
    }

    /** Factor of the first input term under orthogonalize (1 when untouched). */
    double preFirst() {
        return this == DCT1 || this == DCT3 ? SQRT2 : 1;
    }

    /** Factor of the last input term under orthogonalize. */
    double preLast() {
        return this == DCT1 || this == DST3 ? SQRT2 : 1;
    }

    /** Factor of the first output term under orthogonalize. */
    double postFirst() {
        return this == DCT1 || this == DCT2 ? 1 / SQRT2 : 1;
    }

    /** Factor of the last output term under orthogonalize. */
    double postLast() {
        return this == DCT1 || this == DST2 ? 1 / SQRT2 : 1;
    }
}
