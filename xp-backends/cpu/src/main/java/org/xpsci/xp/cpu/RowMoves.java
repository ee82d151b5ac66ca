package org.xpsci.xp.cpu;

import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * Moves elements between scattered places of a storage array and a C-ordered buffer of the same storage type,
 * for gathers (advanced indexing, take) and scatters (advanced assignment). The places come as rows: row r
 * starts at element {@code rows[r]} and holds elements {@code rows[r] + inner[q]}; the buffer holds row after
 * row. Contiguous rows move with {@link System#arraycopy}; large gathers split across the worker pool.
 */
final class RowMoves {

    /** Storage slots addressed per batch on the element-by-element path. */
    private static final int BATCH = 4096;

    private RowMoves() {
    }

    /** buffer[r*inner.length + q] = storage[rows[r] + inner[q]]; {@code width} is 2 for complex storage. */
    static void gather(Object storage, int[] rows, int[] inner, Object buffer, int width) {
        long work = (long) rows.length * inner.length;
        int chunks = Math.min(Parallel.chunks(work, Parallel.CHEAP_GRAIN), Math.max(rows.length, 1));
        int per = (rows.length + chunks - 1) / Math.max(chunks, 1);
        Parallel.forEach(chunks, c -> move(storage, buffer, rows, inner, width, false, c * per,
                Math.min(rows.length, (c + 1) * per)));
    }

    /**
     * storage[rows[r] + inner[q]] = buffer[r*inner.length + q], in order, so a place named twice keeps the
     * last value; {@code parallel} may be set when no place repeats.
     */
    static void scatter(Object buffer, Object storage, int[] rows, int[] inner, int width, boolean parallel) {
        long work = (long) rows.length * inner.length;
        int chunks = parallel ? Math.min(Parallel.chunks(work, Parallel.CHEAP_GRAIN), Math.max(rows.length, 1)) : 1;
        int per = (rows.length + chunks - 1) / Math.max(chunks, 1);
        Parallel.forEach(chunks, c -> move(storage, buffer, rows, inner, width, true, c * per,
                Math.min(rows.length, (c + 1) * per)));
    }

    private static void move(Object storage, Object buffer, int[] rows, int[] inner, int width, boolean toStorage,
                             int r0, int r1) {
        int n = inner.length;
        int rowLen = width * n;
        if (n == 0 || r0 >= r1) {
            return;
        }
        if (rowLen >= 16 && isRun(inner)) {
            for (int r = r0; r < r1; r++) {
                int s = width * (rows[r] + inner[0]);
                int b = r * rowLen;
                if (toStorage) {
                    System.arraycopy(buffer, b, storage, s, rowLen);
                } else {
                    System.arraycopy(storage, s, buffer, b, rowLen);
                }
            }
            return;
        }
        if (rowLen == 1 && inner[0] == 0) {
            // single elements: the rows are the storage slots
            if (toStorage) {
                put(buffer, r0, storage, rows, r0, r1 - r0);
            } else {
                take(storage, rows, r0, r1 - r0, buffer, r0);
            }
            return;
        }
        // short or scattered rows: element by element, a batch of rows at a time
        int batch = Math.max(1, BATCH / rowLen);
        int[] slot = new int[Math.min(r1 - r0, batch) * rowLen];
        for (int r = r0; r < r1; r += batch) {
            int end = Math.min(r1, r + batch);
            int k = 0;
            for (int rr = r; rr < end; rr++) {
                for (int q = 0; q < n; q++) {
                    int e = width * (rows[rr] + inner[q]);
                    for (int w = 0; w < width; w++) {
                        slot[k++] = e + w;
                    }
                }
            }
            if (toStorage) {
                put(buffer, r * rowLen, storage, slot, 0, k);
            } else {
                take(storage, slot, 0, k, buffer, r * rowLen);
            }
        }
    }

    private static boolean isRun(int[] inner) {
        for (int q = 1; q < inner.length; q++) {
            if (inner[q] != inner[0] + q) {
                return false;
            }
        }
        return true;
    }

    /** dst[at + i] = src[slot[from + i]] for i < n. */
    private static void take(Object src, int[] slot, int from, int n, Object dst, int at) {
        if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            for (int i = 0; i < n; i++) d[at + i] = s[slot[from + i]];
        } else if (src instanceof float[] s) {
            float[] d = (float[]) dst;
            for (int i = 0; i < n; i++) d[at + i] = s[slot[from + i]];
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            for (int i = 0; i < n; i++) d[at + i] = s[slot[from + i]];
        } else if (src instanceof int[] s) {
            int[] d = (int[]) dst;
            for (int i = 0; i < n; i++) d[at + i] = s[slot[from + i]];
        } else if (src instanceof short[] s) {
            short[] d = (short[]) dst;
            for (int i = 0; i < n; i++) d[at + i] = s[slot[from + i]];
        } else {
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dst;
            for (int i = 0; i < n; i++) d[at + i] = s[slot[from + i]];
        }
    }

    /** dst[slot[from + i]] = src[at + i] for i < n. */
    private static void put(Object src, int at, Object dst, int[] slot, int from, int n) {
        if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            for (int i = 0; i < n; i++) d[slot[from + i]] = s[at + i];
        } else if (src instanceof float[] s) {
            float[] d = (float[]) dst;
            for (int i = 0; i < n; i++) d[slot[from + i]] = s[at + i];
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            for (int i = 0; i < n; i++) d[slot[from + i]] = s[at + i];
        } else if (src instanceof int[] s) {
            int[] d = (int[]) dst;
            for (int i = 0; i < n; i++) d[slot[from + i]] = s[at + i];
        } else if (src instanceof short[] s) {
            short[] d = (short[]) dst;
            for (int i = 0; i < n; i++) d[slot[from + i]] = s[at + i];
        } else {
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dst;
            for (int i = 0; i < n; i++) d[slot[from + i]] = s[at + i];
        }
    }
}
