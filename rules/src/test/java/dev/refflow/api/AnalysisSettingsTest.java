package dev.refflow.api;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The cache keys follow every setting that changes what is found, and nothing else. */
class AnalysisSettingsTest {
    private static final Path BASE = Path.of("/p");

    private static AnalysisRequest request(UnaryOperator<AnalysisRequest.Builder> change) {
        return change.apply(AnalysisRequest.builder(BASE).sourceRoot(BASE)).build();
    }

    @Test
    void everyFindingSettingChangesTheResultKey() {
        String plain = request(b -> b).settings().cacheKey();
        List<UnaryOperator<AnalysisRequest.Builder>> changes = List.of(
                b -> b.largeAllocationBytes(2048),
                b -> b.rule("ExplicitGcCall", "off"),
                b -> b.rule("CyclicReference", "error"),
                b -> b.includes(List.of("**/A.java")),
                b -> b.excludes(List.of("**/gen/**")),
                b -> b.encoding("ISO-8859-1"),
                b -> b.languageLevel("11"));
        for (UnaryOperator<AnalysisRequest.Builder> c : changes) {
            assertNotEquals(plain, request(c).settings().cacheKey());
        }
    }

    @Test
    void onlyParsingSettingsChangeTheFactsKey() {
        String plain = request(b -> b).settings().facts().cacheKey();
        assertEquals(plain, request(b -> b.largeAllocationBytes(2048).rule("ExplicitGcCall", "off"))
                .settings().facts().cacheKey());
        assertNotEquals(plain, request(b -> b.encoding("ISO-8859-1")).settings().facts().cacheKey());
        assertNotEquals(plain, request(b -> b.languageLevel("11")).settings().facts().cacheKey());
    }

    @Test
    void settingsThatOnlyShapeReportsOrSpeedLeaveTheKeysAlone() {
        String plain = request(b -> b).settings().cacheKey();
        assertEquals(plain, request(b -> b.threads(1).projectName("x").timing(true)).settings().cacheKey());
    }
}
