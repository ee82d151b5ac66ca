package org.xpsci.stats.internal;

import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** Chooses the {@link SliceEngine} for a set of samples: host loops when fast paths are on and allowed. */
public final class SliceEngines {

    private SliceEngines() {
    }

    /** The engine for the samples and any other arrays the statistic reads (null entries are ignored). */
    public static SliceEngine<?, ?> of(SampleSet s, NdArray... others) {
        boolean host = Xp.fastPathsEnabled();
        for (int i = 0; host && i < s.count(); i++) {
            host = Xp.hostBuffer(s.sample(i)).isPresent();
        }
        for (NdArray o : others) {
            host &= o == null || Xp.hostBuffer(o).isPresent();
        }
        if (host) {
            return new HostSliceEngine(s.xp(), s.outShape(), Math.toIntExact(s.outSize()));
        }
        return new NamespaceSliceEngine(s.xp(), s.outShape(), s.sample(0).device());
    }
}
