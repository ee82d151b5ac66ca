package org.xpsci.xp.spi.fft;

/**
 * A step a lane FFT's caller runs on each complex row just before the transform first reads it, while the row is
 * in the cache: detrending and windowing, for instance.
 */
@FunctionalInterface
public interface RowPreparer {

    /** Prepares complex row {@code row} (its real and imaginary arrays) in place. */
    void prepare(int row);
}
