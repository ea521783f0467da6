package io.newsroom.extraction.rest;

import io.newsroom.extraction.engine.BinaryContent;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The text of a request body, decoded strictly: bytes that are not text in the declared charset (UTF-8 unless the
 * Content-Type names another) are refused, never replaced with U+FFFD and extracted as if they were an article.
 */
final class RequestBodyText {

    private RequestBodyText() {
    }

    static String decode(byte[] body, String contentType) {
        Charset charset = charsetOf(contentType);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException(400, "the body is not valid " + charset.name() + " text");
        }
    }

    /** JSON escapes can smuggle in what text cannot hold: NUL and unpaired surrogates. */
    static void checkCharacters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw new BadRequestException(400, field + " contains a NUL character (offset " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BadRequestException(400, field + " is not valid Unicode: unpaired surrogate at offset " + i);
            }
        }
    }

    /** Binary data is refused (422) before the engine turns it into nonsense: the engine's own check. */
    static void checkText(String content) {
        BinaryContent.refusal(content).ifPresent(reason -> {
            throw new BadRequestException(422, reason);
        });
    }

    private static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                String name = pair[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new BadRequestException(415, "charset " + name + " is not supported");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
