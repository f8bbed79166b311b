package dev.refflow.source;

import java.nio.file.Path;

/**
 * One Java source file to analyse.
 *
 * @param path         absolute, normalized path
 * @param relativePath path relative to the project base directory, with {@code /} separators: what reports show
 */
public record SourceFile(Path path, String relativePath) implements Comparable<SourceFile> {
    @Override
    public int compareTo(SourceFile o) {
        return relativePath.compareTo(o.relativePath);
    }
}
