package io.newsroom.extraction.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.newsroom.extraction.engine.BinaryContent;
import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.json.DocumentJsonGenerator;
import io.newsroom.extraction.engine.json.ExtractionDocumentWriter;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engine on the command line, no server: {@code extract [--published ISO] FILE|DIR...} or
 * {@code extract --requests FILE.jsonl}; one extraction document per input on standard output, one per line.
 * An input that cannot be extracted (unreadable, invalid UTF-8, broken JSON, a member missing, binary content) gets
 * the line {@code {"document": name or null, "error": "..."}} in its place, is reported on standard error, and the
 * batch goes on; the exit status is 1 when any input failed.
 */
public final class ExtractCommand {

    private static final String USAGE = """
            usage: extract [--published ISO] FILE|DIR...
                   extract --requests FILE.jsonl|-
            FILE: .html/.htm are read as text/html, anything else as text/plain; DIR: every regular file inside, sorted.
            Request lines: {"document", "content", "contentType", "published"}; document and content are required.
            A line or file that cannot be extracted gets the line {"document": name or null, "error": "..."}.""";

    private static final Set<String> REQUEST_MEMBERS = Set.of("document", "content", "contentType", "published");

    private final ExtractionEngine engine = new ExtractionEngine();
    private final JsonFactory jsonFactory = new JsonFactory();
    private final StringBuilder line = new StringBuilder(1 << 16);
    private final Writer out;
    private final PrintStream err;
    private int failures;

    ExtractCommand(Writer out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new ExtractCommand(out, err).run(args);
        out.flush();
        System.exit(status);
    }

    int run(String[] args) throws IOException {
        String published = null;
        List<String> requestFiles = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    err.println(USAGE);
                    return 0;
                }
                case "--published", "--requests" -> {
                    if (i + 1 == args.length) {
                        err.println(arg + " needs a value\n" + USAGE);
                        return 2;
                    }
                    if (arg.equals("--published")) {
                        published = args[++i];
                    } else {
                        requestFiles.add(args[++i]);
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("unknown option " + arg + "\n" + USAGE);
                        return 2;
                    }
                    inputs.add(Path.of(arg));
                }
            }
        }
        if (requestFiles.isEmpty() && inputs.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        for (Path input : inputs) {
            extractPath(input, published);
        }
        for (String requests : requestFiles) {
            extractRequests(requests);
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private void extractPath(Path input, String published) throws IOException {
        if (!Files.isDirectory(input)) {
            extractFile(input, published);
            return;
        }
        List<Path> files;
        try (Stream<Path> children = Files.list(input)) {
            files = children.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path file : files) {
            extractFile(file, published);
        }
    }

    private void extractFile(Path file, String published) throws IOException {
        String name = file.getFileName().toString();
        String content;
        try {
            content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            refuse(name, name, "cannot read the file: " + e);
            return;
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".html") || lower.endsWith(".htm") ? "text/html" : "text/plain";
        extract(new ExtractionRequest(name, content, type, published), name);
    }

    /** One output line per input line, in order: a line that cannot be extracted gets an error line of its own. */
    private void extractRequests(String source) throws IOException {
        try (InputStream in = "-".equals(source) ? System.in : Files.newInputStream(Path.of(source))) {
            RequestLines lines = new RequestLines(in);
            int number = 0;
            for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
                number++;
                String where = source + ":" + number;
                ExtractionRequest request;
                try {
                    request = parseRequest(RequestLines.decode(bytes));
                } catch (InvalidRequestException e) {
                    refuse(where, e.document, e.getMessage());
                    continue;
                }
                extract(request, where);
            }
        }
    }

    /**
     * Reads one request line: an object with the strings {@code document} and {@code content}, optionally
     * {@code contentType} and {@code published} (strings or null); other members are ignored.
     */
    ExtractionRequest parseRequest(String text) throws InvalidRequestException {
        if (text.isBlank()) {
            throw new InvalidRequestException(null, "empty line: expected a request object "
                    + "{\"document\", \"content\", \"contentType\", \"published\"}");
        }
        Map<String, String> members = new HashMap<>();
        try (JsonParser parser = jsonFactory.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidRequestException(null, "a request line must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!REQUEST_MEMBERS.contains(field)) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING) {
                    members.put(field, parser.getText());
                } else if (value != JsonToken.VALUE_NULL) {
                    throw new InvalidRequestException(members.get("document"),
                            field + " must be a string, not " + describe(value));
                }
            }
            if (parser.nextToken() != null) {
                throw new InvalidRequestException(members.get("document"), "trailing data after the request object");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(members.get("document"), "not well-formed JSON at column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidRequestException(members.get("document"), "cannot read the request: " + e);
        }
        String document = members.get("document");
        if (document == null) {
            throw new InvalidRequestException(null, "the request has no document (its name or id)");
        }
        String content = members.get("content");
        if (content == null) {
            throw new InvalidRequestException(document, "the request has no content");
        }
        return new ExtractionRequest(document, content, members.get("contentType"), members.get("published"));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "a number";
        };
    }

    /** Extracts one request, or refuses it with an error line when it is binary or the engine fails on it. */
    private void extract(ExtractionRequest request, String where) throws IOException {
        Optional<String> binary = BinaryContent.refusal(request.content());
        if (binary.isPresent()) {
            refuse(where, request.document(), binary.get());
            return;
        }
        try {
            line.setLength(0);
            ExtractionDocumentWriter.write(engine.extract(request), line);
        } catch (RuntimeException | StackOverflowError e) {
            refuse(where, request.document(), "the engine failed: " + e);
            return;
        }
        line.append('\n');
        out.append(line);
    }

    /** Writes the error line {@code {"document", "error"}} in the input's place and reports it on standard error. */
    private void refuse(String where, String document, String error) throws IOException {
        failures++;
        err.println("extract: " + where + ": " + error);
        line.setLength(0);
        try (JsonGenerator json = DocumentJsonGenerator.over(line)) {
            json.writeStartObject();
            json.writeStringField("document", document);
            json.writeStringField("error", error);
            json.writeEndObject();
        }
        line.append('\n');
        out.append(line);
    }

    /** A request line that cannot be extracted; {@code document} is its name when it could be read, else null. */
    static final class InvalidRequestException extends Exception {

        final transient String document;

        InvalidRequestException(String document, String message) {
            super(message);
            this.document = document;
        }
    }
}
