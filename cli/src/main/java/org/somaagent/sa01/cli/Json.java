package org.somaagent.sa01.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON {@code --output json} prints (docs/json-output.md): maps, lists, strings, numbers, booleans, null; no library needed. */
final class Json {

    private Json() {}

    /** An ordered object: {@code Json.object("command", "history", "ok", true)}. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String write(Object value) {
        StringBuilder s = new StringBuilder();
        write(s, value);
        return s.toString();
    }

    private static void write(StringBuilder s, Object value) {
        if (value instanceof Optional<?> o) {
            write(s, o.orElse(null));
        } else if (value == null) {
            s.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            s.append(value);
        } else if (value instanceof Map<?, ?> map) {
            s.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                string(s, e.getKey().toString());
                s.append(':');
                write(s, e.getValue());
                if (it.hasNext()) {
                    s.append(',');
                }
            }
            s.append('}');
        } else if (value instanceof List<?> list) {
            s.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                write(s, list.get(i));
            }
            s.append(']');
        } else {
            string(s, value.toString());
        }
    }

    private static void string(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
