package dev.refflow.engine;

import dev.refflow.project.CacheIO;
import dev.refflow.rules.Finding;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.source.ProcessingProblem;
import dev.refflow.source.SourceFile;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The last result, valid while every file has the same content and every setting that affects findings is the
 * same: then a run only hashes the files, reads this small file and writes the reports. Nothing is parsed, and
 * the parser is not even loaded.
 */
final class ResultCache {
    private static final String FILE = "result.bin";

    private record Snapshot(String key, String[] paths, byte[][] hashes, List<Finding> findings,
                            List<ProcessingProblem> problems, int files, long lines) implements Serializable {
    }

    private ResultCache() {
    }

    /** The cached result for exactly these files and hashes, rebound to the files as found now; null if none. */
    static AnalysisResult lookup(Path directory, String key, List<SourceFile> files, byte[][] hashes,
                                 List<RuleDescriptor> rules, Consumer<String> info) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Snapshot s;
        try {
            s = CacheIO.deserialize(Files.readAllBytes(file), Snapshot.class);
        } catch (IOException | RuntimeException e) {
            info.accept("RefFlow cache " + file + " is unreadable (" + e.getMessage() + "); rebuilding it");
            return null;
        }
        if (!s.key().equals(key) || s.paths().length != files.size()) {
            return null;
        }
        Map<String, SourceFile> byPath = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            if (!f.relativePath().equals(s.paths()[i]) || !Arrays.equals(hashes[i], s.hashes()[i])) {
                return null;
            }
            byPath.put(f.relativePath(), f);
        }
        List<Finding> findings = new ArrayList<>(s.findings().size());
        for (Finding f : s.findings()) {
            findings.add(f.withFile(byPath.get(f.file().relativePath())));
        }
        List<ProcessingProblem> problems = new ArrayList<>(s.problems().size());
        for (ProcessingProblem p : s.problems()) {
            problems.add(new ProcessingProblem(byPath.get(p.file().relativePath()), p.line(), p.column(), p.message()));
        }
        return new AnalysisResult(findings, problems, rules, s.files(), s.lines(), Map.of());
    }

    static void save(Path directory, String key, List<SourceFile> files, byte[][] hashes, AnalysisResult result)
            throws IOException {
        String[] paths = files.stream().map(SourceFile::relativePath).toArray(String[]::new);
        Snapshot s = new Snapshot(key, paths, hashes, result.findings(), result.problems(), result.filesAnalysed(),
                result.linesAnalysed());
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, "result", ".tmp");
        try {
            Files.write(tmp, CacheIO.serialize(s));
            Files.move(tmp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
