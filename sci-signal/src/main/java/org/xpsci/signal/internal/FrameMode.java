package org.xpsci.signal.internal;

/** What spectrogram and stft keep of each segment's spectrum X (already scaled). */
enum FrameMode {
    /** |X|², real. */
    PSD,
    /** X, complex. */
    COMPLEX,
    /** |X|, real. */
    MAGNITUDE,
    /** The angle of X, real. */
    ANGLE,
    /** The angle of X unwrapped along the frequencies, real. */
    PHASE;

    /** Whether values are complex. */
    boolean complex() {
        return this == COMPLEX;
    }
}
