package dev.refflow.cache;

import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Baseline;
import dev.refflow.api.ReportFormat;

import dev.refflow.rules.Finding;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.rules.SuppressedFinding;
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
 * same: then a run only checks the files, reads this small file and, if the reports on disk are no longer the
 * ones it wrote, writes them again. Nothing is parsed, and the parser is not even loaded.
 */
public final class ResultCache {
    private static final String FILE = "result.bin";

    /** A report file as it was written: where, and the digest of its bytes. */
    public record WrittenReport(ReportFormat format, String path, byte[] hash) implements Serializable {
    }

    /**
     * The result of the last run and what it was computed from. {@code stamps} and {@code stampedAtNanos} let
     * the next run skip hashing files that were not touched since (see {@link FileHashes}).
     */
    public record Snapshot(String key, String[] paths, byte[][] hashes, FileHashes.Stamp[] stamps, long stampedAtNanos,
                    List<Finding> findings, List<SuppressedFinding> suppressed, List<ProcessingProblem> problems,
                    int files, long lines,
                    String reportKey, List<WrittenReport> reports) implements Serializable {

        /** The result for exactly these files and hashes, rebound to the files as found now; null if another. */
        public AnalysisResult resultFor(String resultKey, List<SourceFile> now, byte[][] nowHashes,
                                 List<RuleDescriptor> rules) {
            if (!key.equals(resultKey) || paths.length != now.size()) {
                return null;
            }
            Map<String, SourceFile> byPath = new HashMap<>();
            for (int i = 0; i < now.size(); i++) {
                SourceFile f = now.get(i);
                if (!f.relativePath().equals(paths[i]) || !Arrays.equals(nowHashes[i], hashes[i])) {
                    return null;
                }
                byPath.put(f.relativePath(), f);
            }
            List<Finding> rebound = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                rebound.add(f.withFile(byPath.get(f.file().relativePath())).withTraceFiles(byPath));
            }
            List<ProcessingProblem> reboundProblems = new ArrayList<>(problems.size());
            for (ProcessingProblem p : problems) {
                reboundProblems.add(new ProcessingProblem(byPath.get(p.file().relativePath()), p.line(), p.column(),
                        p.message()));
            }
            List<SuppressedFinding> reboundSuppressed = new ArrayList<>(suppressed.size());
            for (SuppressedFinding f : suppressed) {
                reboundSuppressed.add(f.withFile(byPath.get(f.finding().file().relativePath())));
            }
            return new AnalysisResult(rebound, reboundProblems, rules, files, lines, Map.of(), reboundSuppressed,
                    Baseline.Outcome.NONE, List.of());
        }
    }

    private ResultCache() {
    }

    /** The snapshot in {@code directory}, or null when there is none or it is unusable (said in one line). */
    public static Snapshot read(Path directory, Consumer<String> info) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return CacheIO.deserialize(Files.readAllBytes(file), Snapshot.class);
        } catch (IOException | RuntimeException e) {
            info.accept("RefFlow cache " + file + " is unreadable (" + e.getMessage() + "); rebuilding it");
            return null;
        }
    }

    public static void save(Path directory, Snapshot snapshot) throws IOException {
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, "result", ".tmp");
        try {
            Files.write(tmp, CacheIO.serialize(snapshot));
            Files.move(tmp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
