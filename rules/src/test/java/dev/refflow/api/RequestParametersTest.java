package dev.refflow.api;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the request reads what users and builds write: language levels, rule IDs. */
class RequestParametersTest {
    private static final Path BASE = Path.of("/p");

    private static AnalysisRequest.Builder builder() {
        return AnalysisRequest.builder(BASE).sourceRoot(BASE);
    }

    @Test
    void aBuildsOldOrNewJavaVersionIsReadAtTheNearestLevelAndSaidOnce() {
        List<String> said = new ArrayList<>();
        assertEquals(8, builder().projectLanguageLevel("1.7", said::add).build().languageLevel().feature());
        assertEquals(8, builder().projectLanguageLevel("1.5", said::add).build().languageLevel().feature());
        assertEquals(25, builder().projectLanguageLevel("26", said::add).build().languageLevel().feature());
        assertEquals(3, said.size());
        assertTrue(said.get(0).contains("compiles for Java 1.7; reading the sources as Java 8"), said.get(0));
        assertTrue(said.get(2).contains("compiles for Java 26; reading the sources as Java 25"), said.get(2));
    }

    @Test
    void aBuildsKnownVersionIsTakenSilently() {
        List<String> said = new ArrayList<>();
        assertEquals(17, builder().projectLanguageLevel("17", said::add).build().languageLevel().feature());
        assertEquals(8, builder().projectLanguageLevel("1.8", said::add).build().languageLevel().feature());
        assertEquals(11, builder().projectLanguageLevel("11.0.2", said::add).build().languageLevel().feature());
        assertTrue(said.isEmpty(), said.toString());
    }

    @Test
    void aBuildVersionThatIsNoVersionLeavesTheDefaultAndSaysSo() {
        List<String> said = new ArrayList<>();
        assertEquals(21, builder().projectLanguageLevel("latest", said::add).build().languageLevel().feature());
        assertEquals(1, said.size());
        assertTrue(said.get(0).contains("'latest' is not a version"), said.get(0));
    }

    @Test
    void anExplicitLevelRefFlowDoesNotKnowIsAnErrorNamingTheParameter() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> builder().languageLevel("26"));
        assertEquals("languageLevel", e.parameter());
        assertTrue(e.getMessage().contains("unknown Java version '26'"), e.getMessage());
    }

    @Test
    void aMisspelledRuleIdSuggestsTheNearestOne() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> builder().rule("CyclicRefernce", "off").build());
        assertTrue(e.getMessage().contains("unknown rule 'CyclicRefernce'; did you mean CyclicReference?"),
                e.getMessage());
        InvalidRequestException lower = assertThrows(InvalidRequestException.class,
                () -> builder().rule("explicitgccall", "off").build());
        assertTrue(lower.getMessage().contains("did you mean ExplicitGcCall?"), lower.getMessage());
        InvalidRequestException far = assertThrows(InvalidRequestException.class,
                () -> builder().rule("MemoryLeak", "off").build());
        assertTrue(!far.getMessage().contains("did you mean") && far.getMessage().contains("Known rules: "),
                far.getMessage());
    }
}
