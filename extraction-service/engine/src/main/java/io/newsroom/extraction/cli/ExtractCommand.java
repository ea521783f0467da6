package io.newsroom.extraction.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsroom.extraction.engine.ExtractionEngine;
import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.json.ExtractionDocumentWriter;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The engine on the command line, no server: {@code extract [--published ISO] FILE|DIR...} or
 * {@code extract --requests FILE.jsonl}; one extraction document per input on standard output, one per line.
 * A failing input is reported on standard error and the batch goes on; the exit status is 1 when any input failed.
 */
public final class ExtractCommand {

    private static final String USAGE = """
            usage: extract [--published ISO] FILE|DIR...
                   extract --requests FILE.jsonl|-
            FILE: .html/.htm are read as text/html, anything else as text/plain; DIR: every regular file inside, sorted.
            Request lines: {"document", "content", "contentType", "published"}.""";

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
            fail(name, e);
            return;
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".html") || lower.endsWith(".htm") ? "text/html" : "text/plain";
        extract(new ExtractionRequest(name, content, type, published));
    }

    private void extractRequests(String source) throws IOException {
        try (BufferedReader reader = "-".equals(source)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                ExtractionRequest request;
                try {
                    request = parseRequest(text, source + ":" + number);
                } catch (IOException | RuntimeException e) {
                    fail(source + ":" + number, e);
                    continue;
                }
                extract(request);
            }
        }
    }

    /** Reads one request line; unknown members are ignored, a missing document name becomes {@code file:line}. */
    ExtractionRequest parseRequest(String text, String fallbackName) throws IOException {
        String document = null;
        String content = null;
        String contentType = null;
        String published = null;
        try (JsonParser parser = jsonFactory.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a request line must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                String string = value == JsonToken.VALUE_NULL ? null : parser.getText();
                switch (field) {
                    case "document" -> document = string;
                    case "content" -> content = string;
                    case "contentType" -> contentType = string;
                    case "published" -> published = string;
                    default -> { }
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("trailing data after the request object");
            }
        }
        if (content == null) {
            throw new IllegalArgumentException("request has no content");
        }
        return new ExtractionRequest(document == null ? fallbackName : document, content, contentType, published);
    }

    private void extract(ExtractionRequest request) throws IOException {
        try {
            line.setLength(0);
            ExtractionDocumentWriter.write(engine.extract(request), line);
        } catch (RuntimeException | StackOverflowError e) {
            fail(request.document(), e);
            return;
        }
        line.append('\n');
        out.append(line);
    }

    private void fail(String name, Throwable e) {
        failures++;
        err.println("extract: " + name + ": " + e);
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            err.println("    at " + trace[0]);
        }
    }
}
