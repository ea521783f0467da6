package io.newsroom.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service reads, taken from its application.properties: the `${NAME:default}`
 * placeholders, the environment form of every property it defines (SmallRye Config maps `A_B_C` to `a.b-c`),
 * and Quarkus' own `QUARKUS_*` settings, plus `JDK_JAVA_OPTIONS` for the JVM image's java launcher.
 */
final class ServiceSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern PROPERTY = Pattern.compile("^(?:%[\\w-]+\\.)?([\\w.\\-\"]+)\\s*=", Pattern.MULTILINE);

    private final Set<String> names = new HashSet<>();

    private ServiceSettings() {
    }

    static ServiceSettings of(String service) {
        Path properties = Path.of("..", service, "src", "main", "resources", "application.properties");
        ServiceSettings settings = new ServiceSettings();
        try {
            String text = Files.readString(properties);
            Matcher placeholder = PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                settings.names.add(placeholder.group(1));
            }
            Matcher property = PROPERTY.matcher(text);
            while (property.find()) {
                settings.names.add(property.group(1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + properties.toAbsolutePath(), e);
        }
        return settings;
    }

    boolean reads(String variable) {
        return names.contains(variable) || variable.startsWith("QUARKUS_") || variable.equals("JDK_JAVA_OPTIONS");
    }
}
