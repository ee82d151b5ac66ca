package org.xpsci.xp.cpu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xpsci.testing.Fixture;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.Xp;

/**
 * Parses the index spec strings of gen_indexing.py: components separated by ',', each an integer, a slice
 * 'start:stop:step', 'None', '...', 'm:name' (a mask from the fixture) or 'i:name' (an index array).
 */
final class IndexSpec {

    private IndexSpec() {
    }

    /** The text of a uint8 fixture array. */
    static String text(Fixture f, ArrayNamespace xp, String name) {
        long[] b = Xp.toLongArray(f.get(xp, name));
        byte[] bytes = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            bytes[i] = (byte) b[i];
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Index[] parse(String spec, Fixture f, ArrayNamespace xp) {
        if (spec.isEmpty()) {
            return new Index[0];
        }
        List<Index> out = new ArrayList<>();
        for (String p : spec.split(",", -1)) {
            if (p.equals("None")) {
                out.add(Index.newAxis());
            } else if (p.equals("...")) {
                out.add(Index.ellipsis());
            } else if (p.startsWith("m:")) {
                out.add(Index.mask(f.get(xp, p.substring(2))));
            } else if (p.startsWith("i:")) {
                out.add(Index.positions(f.get(xp, p.substring(2))));
            } else if (p.contains(":")) {
                String[] s = p.split(":", -1);
                out.add(Index.slice(part(s, 0), part(s, 1), part(s, 2)));
            } else {
                out.add(Index.at(Long.parseLong(p)));
            }
        }
        return out.toArray(new Index[0]);
    }

    private static Integer part(String[] s, int i) {
        return i < s.length && !s[i].isEmpty() ? Integer.valueOf(s[i]) : null;
    }
}
