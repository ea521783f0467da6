package io.newsroom.extraction.engine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonpCharacterEscapes;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The engine's one JSON setup: Jackson's streaming generator, on one line, whose output is valid JSON and valid
 * UTF-8 whatever the strings hold. Control characters are escaped ({@code \n}, {@code \u0001}), U+2028/U+2029 too
 * (they end lines in JavaScript), a lone surrogate becomes U+FFFD (one char for one, so offsets into the text stay
 * valid), NaN and infinities are null, and integral doubles print without a fraction ({@code 1000}, not
 * {@code 1000.0}). No reflection, so it works unchanged in a native image.
 */
public final class DocumentJsonGenerator extends JsonGeneratorDelegate {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private DocumentJsonGenerator(JsonGenerator generator) {
        super(generator, false);
    }

    /** A generator writing to {@code out}; closing or flushing it does not close {@code out}. */
    public static DocumentJsonGenerator over(Writer out) {
        try {
            return new DocumentJsonGenerator(FACTORY.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generator appending to {@code out}; call {@link #flush()} (or close) before reading it. */
    public static DocumentJsonGenerator over(StringBuilder out) {
        return over(new StringBuilderWriter(out));
    }

    /**
     * Jackson's own escapes for every string, and U+2028/U+2029 escaped too where a string holds one: its custom
     * escaping reads char by char, so it is switched on only for those strings.
     */
    @Override
    public void writeString(String text) throws IOException {
        String safe = text == null ? null : withoutLoneSurrogates(text);
        if (safe == null || safe.indexOf('\u2028') < 0 && safe.indexOf('\u2029') < 0) {
            super.writeString(safe);
            return;
        }
        delegate.setCharacterEscapes(JsonpCharacterEscapes.instance());
        try {
            super.writeString(safe);
        } finally {
            delegate.setCharacterEscapes(null);
        }
    }

    @Override
    public void writeNumber(double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            writeNull();
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            writeNumber((long) value);
        } else {
            super.writeNumber(value);
        }
    }

    /** {@code text} with each surrogate that is not half of a pair replaced by U+FFFD; the same instance when none. */
    static String withoutLoneSurrogates(String text) {
        int length = text.length();
        char[] copy = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (copy == null) {
                copy = text.toCharArray();
            }
            copy[i] = '\uFFFD';
        }
        return copy == null ? text : new String(copy);
    }

    /** Jackson buffers and writes whole chunks, so an unsynchronised adapter is all a StringBuilder needs. */
    private static final class StringBuilderWriter extends Writer {

        private final StringBuilder out;

        StringBuilderWriter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            out.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            out.append(text, offset, offset + length);
        }

        @Override
        public void write(int c) {
            out.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
