package dev.refflow.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample projects name the plugin version they use, so they also run on their own (the README's demo
 * does that); it must be the version this build makes.
 */
class SampleProjectsTest {
    private static final Pattern VERSION = Pattern.compile("<refflow\\.version>([^<]+)</refflow\\.version>");

    @Test
    void samplesUseThisBuildsPluginVersion() throws IOException {
        String built = System.getProperty("refflow.builtVersion", "");
        assertFalse(built.isEmpty(), "surefire passes refflow.builtVersion");
        List<Path> poms;
        try (Stream<Path> dirs = Files.list(Path.of("../sample-projects"))) {
            poms = dirs.map(d -> d.resolve("pom.xml")).filter(Files::exists).sorted().toList();
        }
        assertTrue(poms.size() >= 4, "sample projects: " + poms);
        for (Path pom : poms) {
            Matcher m = VERSION.matcher(Files.readString(pom));
            if (m.find()) {
                assertEquals(built, m.group(1), pom + " names another RefFlow version");
            }
        }
    }
}
