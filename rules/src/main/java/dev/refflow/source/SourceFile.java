package dev.refflow.source;

import java.nio.file.Path;

/**
 * One Java source file to analyse.
 *
 * @param path         absolute, normalized path
 * @param relativePath path relative to the project base directory, with {@code /} separators: what reports show
 */
public record SourceFile(Path path, String relativePath) implements Comparable<SourceFile>, java.io.Serializable {
    @Override
    public int compareTo(SourceFile o) {
        return relativePath.compareTo(o.relativePath);
    }

    /** A Path is not serializable: caches store the file as two strings. */
    private Object writeReplace() {
        return new Stored(path.toString(), relativePath);
    }

    private record Stored(String path, String relativePath) implements java.io.Serializable {
        private Object readResolve() {
            return new SourceFile(Path.of(path), relativePath);
        }
    }
}
