package org.xpsci.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON text as Python's json.loads reads it. */
class JsonTest {

    @Test
    void nestedValuesAndEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a\"b\\c\nd\u0001");
        m.put("n", 3L);
        m.put("x", 0.5);
        m.put("nan", Double.NaN);
        m.put("l", Arrays.asList(true, null, List.of()));
        assertEquals("{\"s\": \"a\\\"b\\\\c\\nd\\u0001\", \"n\": 3, \"x\": 0.5, \"nan\": null, \"l\": [true, null, []]}",
                Json.write(m));
    }
}
