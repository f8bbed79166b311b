package dev.refflow.engine;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long run says how far it is; a short one stays quiet. */
class ProgressTest {
    private static final Path CASES = Path.of("src/test/resources/cases").toAbsolutePath();

    private static List<String> run(Duration interval) {
        List<String> log = new ArrayList<>();
        AnalysisResult r = new RefFlowEngine().analyze(AnalysisRequest.builder(CASES).sourceRoot(CASES).threads(2)
                .progressInterval(interval).log(log::add).build());
        assertTrue(r.filesAnalysed() > 100);
        return log;
    }

    @Test
    void progressLinesCountFilesDoneOutOfAll() {
        List<String> log = run(Duration.ofNanos(1));
        Pattern line = Pattern.compile("RefFlow: analysed (\\d+) of (\\d+) files");
        int last = 0;
        int seen = 0;
        for (String l : log) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                int done = Integer.parseInt(m.group(1));
                assertTrue(done > last, "the count only grows: " + last + " then " + done);
                assertTrue(done < Integer.parseInt(m.group(2)), "no line once everything is done");
                last = done;
                seen++;
            }
        }
        assertTrue(seen > 0, log.toString());
        assertEquals(seen, log.size(), "nothing else is logged: " + log);
    }

    @Test
    void aRunShorterThanTheIntervalPrintsNoProgress() {
        assertFalse(run(Duration.ofMinutes(10)).stream().anyMatch(l -> l.contains("analysed")));
    }
}
