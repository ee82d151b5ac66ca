package org.xpsci.xp;

/**
 * Zero-copy strided views, a library-specific capability of backends whose arrays are strided views over
 * addressable memory (the cpu backend). Consumers reach it through {@link ArrayNamespace#stridedViews()},
 * under a fast-path check, and keep a portable path for namespaces without it.
 */
public interface StridedViews {

    /**
     * A view of {@code x} with a new trailing axis of length {@code window}: element {@code [..., k, j]} is
     * {@code x[..., k*step + j]} along {@code axis} (NumPy's {@code sliding_window_view} with a step). The
     * windowed axis becomes {@code (x.shape[axis] - window) / step + 1} windows, placed where {@code axis} was;
     * the window axis is appended last. The view shares x's memory; writing it is not allowed.
     *
     * @throws IllegalArgumentException when window is not in [1, x.shape[axis]] or step is not positive
     */
    NdArray slidingWindowView(NdArray x, int window, int step, int axis);
}
