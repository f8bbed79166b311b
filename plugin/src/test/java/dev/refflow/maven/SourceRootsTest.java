package dev.refflow.maven;

import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which folders a module's analysis covers: main sources; tests and generated sources only when asked. */
class SourceRootsTest {

    private static MavenProject project(Path dir) throws IOException {
        MavenProject p = new MavenProject();
        Build build = new Build();
        build.setDirectory(dir.resolve("target").toString());
        p.setBuild(build);
        for (String root : List.of("src/main/java", "target/generated-sources/annotations", "src/test/java",
                "target/generated-test-sources/test-annotations")) {
            Files.createDirectories(dir.resolve(root));
        }
        p.addCompileSourceRoot(dir.resolve("src/main/java").toString());
        p.addCompileSourceRoot(dir.resolve("target/generated-sources/annotations").toString());
        p.addCompileSourceRoot(dir.resolve("src/main/missing").toString());
        p.addTestCompileSourceRoot(dir.resolve("src/test/java").toString());
        p.addTestCompileSourceRoot(dir.resolve("target/generated-test-sources/test-annotations").toString());
        return p;
    }

    @Test
    void mainSourcesOnlyByDefault(@TempDir Path dir) throws IOException {
        CheckMojo mojo = new CheckMojo();
        assertEquals(List.of(dir.resolve("src/main/java")), mojo.projectSourceRoots(project(dir)));
    }

    @Test
    void testsAndGeneratedSourcesWhenAsked(@TempDir Path dir) throws IOException {
        CheckMojo mojo = new CheckMojo();
        mojo.includeTests = true;
        assertEquals(List.of(dir.resolve("src/main/java"), dir.resolve("src/test/java")),
                mojo.projectSourceRoots(project(dir)));
        mojo.includeGeneratedSources = true;
        assertEquals(List.of(dir.resolve("src/main/java"), dir.resolve("target/generated-sources/annotations"),
                dir.resolve("src/test/java"), dir.resolve("target/generated-test-sources/test-annotations")),
                mojo.projectSourceRoots(project(dir)));
    }
}
