package org.somaagent.sa01.tooling.source;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A source template with {@code {{key}}} holes; every hole must be filled, every value used. */
public record Template(String text) {

    private static final Pattern HOLE = Pattern.compile("\\{\\{(\\w+)}}");

    public String fill(Map<String, String> values) {
        Matcher m = HOLE.matcher(text);
        StringBuilder out = new StringBuilder();
        Set<String> used = new HashSet<>();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template hole {{" + m.group(1) + "}} has no value");
            }
            used.add(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (!used.containsAll(values.keySet())) {
            throw new IllegalStateException("unused template values " + values.keySet());
        }
        return out.toString();
    }
}
