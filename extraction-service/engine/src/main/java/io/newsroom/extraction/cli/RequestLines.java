package io.newsroom.extraction.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a request file as bytes, so that one line of invalid UTF-8 is refused on its own instead of ending the
 * reading of the whole file (what a decoding reader does). A line ends at LF; a CR before it is dropped.
 */
final class RequestLines {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];

    RequestLines(InputStream in) {
        this.in = in;
    }

    /** The next line without its end, or null at the end of the input (a last empty line is no line). */
    byte[] next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? copy(length) : null;
                }
            }
            any = true;
            int from = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - from;
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
            }
            System.arraycopy(buffer, from, line, length, chunk);
            length += chunk;
            if (position < limit) {
                position++;
                return copy(length);
            }
        }
    }

    private byte[] copy(int length) {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return Arrays.copyOf(line, end);
    }

    /** The line as text; invalid UTF-8 is an error naming the offending byte, never silently replaced. */
    static String decode(byte[] bytes) throws ExtractCommand.InvalidRequestException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(input).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ExtractCommand.InvalidRequestException(null,
                    "the line is not valid UTF-8 (malformed byte sequence at byte " + input.position() + ")");
        }
    }
}
