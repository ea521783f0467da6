package io.newsroom.extraction.engine.json;

/**
 * A minimal streaming JSON writer over a {@link StringBuilder}: the caller drives the structure, this class
 * places commas and escapes strings. No reflection, so it works unchanged in a native image.
 */
public final class JsonOutput {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    /** True right after an opening bracket or a member name: the next value needs no comma. */
    private boolean first = true;

    public JsonOutput(StringBuilder out) {
        this.out = out;
    }

    public StringBuilder builder() {
        return out;
    }

    public JsonOutput beginObject() {
        separate();
        out.append('{');
        first = true;
        return this;
    }

    public JsonOutput endObject() {
        out.append('}');
        first = false;
        return this;
    }

    public JsonOutput beginArray() {
        separate();
        out.append('[');
        first = true;
        return this;
    }

    public JsonOutput endArray() {
        out.append(']');
        first = false;
        return this;
    }

    public JsonOutput name(String name) {
        separate();
        quote(out, name);
        out.append(':');
        first = true;
        return this;
    }

    public JsonOutput value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            quote(out, value);
        }
        first = false;
        return this;
    }

    public JsonOutput value(long value) {
        separate();
        out.append(value);
        first = false;
        return this;
    }

    public JsonOutput value(boolean value) {
        separate();
        out.append(value);
        first = false;
        return this;
    }

    /** Integral values print without a fraction ({@code 1000}, not {@code 1000.0}); NaN and infinities as null. */
    public JsonOutput value(double value) {
        separate();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            out.append("null");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(value);
        }
        first = false;
        return this;
    }

    /** Appends already serialised JSON as the next value (e.g. a nested document). */
    public JsonOutput rawValue(CharSequence json) {
        separate();
        out.append(json);
        first = false;
        return this;
    }

    public JsonOutput member(String name, String value) {
        return name(name).value(value);
    }

    public JsonOutput member(String name, long value) {
        return name(name).value(value);
    }

    public JsonOutput stringArray(String name, Iterable<String> values) {
        name(name).beginArray();
        for (String value : values) {
            value(value);
        }
        return endArray();
    }

    private void separate() {
        if (!first) {
            out.append(',');
        }
    }

    /**
     * Appends {@code value} as a JSON string. Control characters are escaped, U+2028/U+2029 too (they end lines in
     * JavaScript), and a lone surrogate becomes U+FFFD so the output is always valid UTF-8 and keeps its offsets.
     */
    public static void quote(StringBuilder out, String value) {
        out.append('"');
        int length = value.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x2028) {
                continue;
            }
            String escape = null;
            if (c < 0x20 || c == '"' || c == '\\') {
                escape = escapeOf(c);
            } else if (c == 0x2028 || c == 0x2029) {
                escape = c == 0x2028 ? "\\u2028" : "\\u2029";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                escape = "\\ufffd";
            } else if (Character.isLowSurrogate(c)) {
                escape = "\\ufffd";
            }
            if (escape != null) {
                out.append(value, plainFrom, i).append(escape);
                plainFrom = i + 1;
            }
        }
        out.append(value, plainFrom, length).append('"');
    }

    private static String escapeOf(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> "\\u00" + HEX[c >> 4] + HEX[c & 0xF];
        };
    }
}
