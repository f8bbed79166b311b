package dev.refflow;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.engine.RefFlowEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Helpers for tests that analyse a small project under {@code src/test/resources/projects}. */
public final class TestProjects {
    private TestProjects() {
    }

    public static Path project(String name) {
        return Path.of("src/test/resources/projects", name).toAbsolutePath();
    }

    public static AnalysisResult analyse(String name, Path output) {
        Path dir = project(name);
        return new RefFlowEngine().analyze(AnalysisRequest.builder(dir).sourceRoot(dir.resolve("src"))
                .outputDirectory(output).projectName(name).build());
    }

    /** {@code ../shared/data} beside the checkout, looked for upwards from the working directory. */
    public static Optional<Path> sharedData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
