package org.xpsci.signal.internal;

/**
 * Which segments the lanes of a {@link SegmentBatch} hold, batch after batch, over one piece of work
 * ({@link WorkSplit}: lines line0 .. line1 - 1, segments p0 .. p1 - 1 of each): runs of consecutive segments
 * of one line, in lane order, a batch filling every lane until the piece runs out.
 */
final class LaneRuns {

    private final WorkSplit piece;
    private final int lanes;
    private final int[] line;
    private final int[] first;
    private final int[] count;
    private final int[] lane;
    private int size;
    private int used;
    private int nextLine;
    private int nextSegment;

    LaneRuns(WorkSplit piece, int lanes) {
        this.piece = piece;
        this.lanes = lanes;
        int most = Math.min(lanes, piece.line1() - piece.line0()) + 1;
        line = new int[most];
        first = new int[most];
        count = new int[most];
        lane = new int[most];
        nextLine = piece.line0();
        nextSegment = piece.p0();
    }

    /** Moves to the next batch; false when the piece is done. */
    boolean next() {
        size = 0;
        used = 0;
        int p0 = piece.p0();
        int p1 = piece.p1();
        while (used < lanes && nextLine < piece.line1() && p1 > p0) {
            int c = Math.min(lanes - used, p1 - nextSegment);
            line[size] = nextLine;
            first[size] = nextSegment;
            count[size] = c;
            lane[size] = used;
            size++;
            used += c;
            nextSegment += c;
            if (nextSegment == p1) {
                nextLine++;
                nextSegment = p0;
            }
        }
        return size > 0;
    }

    /**
     * Whether the next batch's lanes hold the same line as this one's (one run filling every lane in both), so
     * that lanes may go on accumulating without a flush in between.
     */
    boolean sameLineNext() {
        return size == 1 && used == lanes && nextLine == line[0] && piece.p1() - nextSegment >= lanes;
    }

    /** The number of runs. */
    int size() {
        return size;
    }

    /** The line of run i. */
    int line(int i) {
        return line[i];
    }

    /** The first segment of run i. */
    int first(int i) {
        return first[i];
    }

    /** The number of segments (and lanes) of run i. */
    int count(int i) {
        return count[i];
    }

    /** The first lane of run i. */
    int lane(int i) {
        return lane[i];
    }
}
