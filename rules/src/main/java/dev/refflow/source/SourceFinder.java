package dev.refflow.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the {@code .java} files under source roots, filtered by Ant-style include and exclude globs
 * relative to each root ({@code **}{@code /generated/**}), sorted by their path relative to the base directory.
 */
public final class SourceFinder {
    private final Path baseDir;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public SourceFinder(Path baseDir, List<String> includes, List<String> excludes) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        FileSystem fs = FileSystems.getDefault();
        this.includes = includes.stream().map(g -> fs.getPathMatcher("glob:" + normalizeGlob(g))).toList();
        this.excludes = excludes.stream().map(g -> fs.getPathMatcher("glob:" + normalizeGlob(g))).toList();
    }

    /** Ant's {@code **}{@code /Foo.java} also matches {@code Foo.java} at the root; Java's glob does not. */
    private static String normalizeGlob(String glob) {
        String g = glob.strip().replace('\\', '/');
        if (g.endsWith("/")) {
            g = g + "**";
        }
        if (g.startsWith("**/")) {
            g = "{" + g.substring(3) + "," + g + "}";
        }
        return g;
    }

    public List<SourceFile> find(List<Path> roots) {
        TreeSet<SourceFile> files = new TreeSet<>();
        for (Path root : roots) {
            Path absRoot = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(absRoot)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(absRoot)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                        .filter(p -> selected(absRoot.relativize(p)))
                        .forEach(p -> files.add(new SourceFile(p, relativeName(p))));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list source files under " + absRoot, e);
            }
        }
        return new ArrayList<>(files);
    }

    private boolean selected(Path relative) {
        if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(relative))) {
            return false;
        }
        return excludes.stream().noneMatch(m -> m.matches(relative));
    }

    private String relativeName(Path file) {
        Path rel = file.startsWith(baseDir) ? baseDir.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }
}
