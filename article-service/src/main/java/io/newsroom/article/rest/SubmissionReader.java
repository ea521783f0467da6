package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ContentType;
import io.newsroom.article.service.ArticleProblem;
import io.newsroom.article.service.ArticleSubmission;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;

/** Reads a submission body byte by byte so that every kind of bad input gets its own clear refusal. */
public class SubmissionReader {

    static final Set<String> FIELDS = Set.of("content", "contentType", "externalId", "sourceUrl", "publishedAt");
    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_SOURCE_URL = 2048;
    /** The share of control characters above which content is binary data: the engine's BinaryContent rule. */
    static final int MAX_CONTROL_PERCENT = 10;

    private final ObjectMapper mapper;
    private final int maxContentBytes;

    public SubmissionReader(ObjectMapper mapper, int maxContentBytes) {
        this.mapper = mapper;
        this.maxContentBytes = maxContentBytes;
    }

    public ArticleSubmission read(byte[] body) {
        if (body == null || body.length == 0) {
            throw ArticleProblem.badRequest("The request body is empty; expected a JSON object with content and contentType");
        }
        JsonNode root = parseJson(decodeUtf8(body));
        if (!root.isObject()) {
            throw ArticleProblem.badRequest("The request body must be a JSON object, not " + root.getNodeType().name().toLowerCase());
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ArticleProblem.badRequest("Unknown field '" + name + "'; accepted fields: content, contentType, externalId, sourceUrl, publishedAt");
            }
        }
        String content = requiredText(root, "content");
        int contentBytes = content.getBytes(StandardCharsets.UTF_8).length;
        if (contentBytes > maxContentBytes) {
            throw new ArticleProblem(413, "Content too large",
                    "content is " + contentBytes + " bytes of UTF-8; the limit is " + maxContentBytes + " bytes");
        }
        checkStorable("content", content);
        checkText(content);
        String mediaType = requiredText(root, "contentType");
        ContentType contentType = ContentType.fromMediaType(mediaType.split(";", 2)[0])
                .orElseThrow(() -> new ArticleProblem(415, "Unsupported content type",
                        "contentType '" + mediaType + "' is not supported; use text/plain or text/html"));
        String externalId = optionalText(root, "externalId", MAX_EXTERNAL_ID);
        String sourceUrl = optionalText(root, "sourceUrl", MAX_SOURCE_URL);
        if (sourceUrl != null) {
            checkUrl(sourceUrl);
        }
        Instant publishedAt = IsoDates.parse("publishedAt", optionalText(root, "publishedAt", 64));
        return new ArticleSubmission(content, contentType, externalId, sourceUrl, publishedAt);
    }

    private static String decodeUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            return decoder.decode(bytes).toString();
        } catch (MalformedInputException e) {
            throw ArticleProblem.badRequest("The request body is not valid UTF-8 (malformed byte sequence at byte " + bytes.position() + ")");
        } catch (CharacterCodingException e) {
            throw ArticleProblem.badRequest("The request body is not valid UTF-8");
        }
    }

    private JsonNode parseJson(String json) {
        try {
            JsonNode root = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
            if (root == null || root.isMissingNode()) {
                throw ArticleProblem.badRequest("The request body is empty; expected a JSON object with content and contentType");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ArticleProblem.badRequest("The request body is not well-formed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw ArticleProblem.badRequest(field + " is required");
        }
        if (!node.isTextual()) {
            throw ArticleProblem.badRequest(field + " must be a string");
        }
        if (node.asText().isBlank()) {
            throw ArticleProblem.badRequest(field + " must not be blank");
        }
        return node.asText();
    }

    private static String optionalText(JsonNode root, String field, int maxLength) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String text = requiredText(root, field).strip();
        if (text.length() > maxLength) {
            throw ArticleProblem.badRequest(field + " is longer than " + maxLength + " characters");
        }
        checkStorable(field, text);
        return text;
    }

    /** JSON escapes can smuggle in what UTF-8 text cannot hold: NUL and unpaired surrogates. */
    private static void checkStorable(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw ArticleProblem.badRequest(field + " contains a NUL character (offset " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ArticleProblem.badRequest(field + " is not valid Unicode: unpaired surrogate at offset " + i);
            }
        }
    }

    /**
     * Binary data (an image, an archive, a UTF-16 file sent as UTF-8 escapes) would be stored and extracted into
     * nonsense: more than 10 % control characters (tab, line feed, carriage return and form feed aside) or U+FFFD.
     */
    private static void checkText(String content) {
        int controls = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f' : c >= 0x7F && c <= 0x9F || c == '\uFFFD') {
                controls++;
            }
        }
        if ((long) controls * 100 > (long) content.length() * MAX_CONTROL_PERCENT) {
            throw new ArticleProblem(422, "Binary content", "content is binary data, not text: " + controls + " of its "
                    + content.length() + " characters are control characters or U+FFFD (more than "
                    + MAX_CONTROL_PERCENT + " %)");
        }
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw ArticleProblem.badRequest("sourceUrl '" + url + "' must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw ArticleProblem.badRequest("sourceUrl '" + url + "' is not a valid URL: " + e.getReason());
        }
    }
}
