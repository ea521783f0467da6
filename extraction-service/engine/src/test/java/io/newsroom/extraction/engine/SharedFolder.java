package io.newsroom.extraction.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's {@code ../shared} folder (corpora, gold, scorer), found upwards from the working directory. */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** The shared folder, or {@code ../shared} resolved against the working directory when none is found. */
    public static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("eval")) || Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        return Path.of("../shared").toAbsolutePath();
    }

    /** The folder of the reference article and its gold. */
    public static Path seed() {
        return find().resolve("corpus").resolve("seed");
    }
}
