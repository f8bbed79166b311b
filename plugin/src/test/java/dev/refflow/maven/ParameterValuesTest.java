package dev.refflow.maven;

import dev.refflow.api.ReportFormat;
import dev.refflow.rules.Level;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterValuesTest {

    @Test
    void sizesAcceptBytesAndBinaryUnits() throws Exception {
        assertEquals(1_048_576, ParameterValues.bytes("p", "1048576"));
        assertEquals(512 * 1024, ParameterValues.bytes("p", "512k"));
        assertEquals(2 * 1024 * 1024, ParameterValues.bytes("p", "2MiB"));
        assertEquals(1024L * 1024 * 1024, ParameterValues.bytes("p", " 1 G "));
    }

    @Test
    void badValuesNameTheParameterAndWhatIsAllowed() {
        var e = assertThrows(ParameterValues.BadValueException.class,
                () -> ParameterValues.bytes("refflow.largeAllocationBytes", "-3"));
        assertTrue(e.getMessage().startsWith("refflow.largeAllocationBytes: '-3'"), e.getMessage());
        e = assertThrows(ParameterValues.BadValueException.class, () -> ParameterValues.level("refflow.failOnLevel", "fatal"));
        assertEquals("refflow.failOnLevel: 'fatal' is not a level; allowed: error, warning, note", e.getMessage());
        e = assertThrows(ParameterValues.BadValueException.class,
                () -> ParameterValues.nonNegativeInt("refflow.maxAllowedFindings", "-1"));
        assertTrue(e.getMessage().contains("refflow.maxAllowedFindings"));
        e = assertThrows(ParameterValues.BadValueException.class, () -> ParameterValues.formats("refflow.formats", "html,pdf"));
        assertEquals("refflow.formats: 'pdf' is not a report format; allowed: html, sarif", e.getMessage());
        assertThrows(ParameterValues.BadValueException.class, () -> ParameterValues.positiveInt("refflow.threads", "0"));
    }

    @Test
    void validValuesParse() throws Exception {
        assertEquals(Level.NOTE, ParameterValues.level("p", " Note "));
        assertEquals(Set.of(ReportFormat.SARIF), ParameterValues.formats("p", "sarif"));
        assertEquals(Set.of(ReportFormat.HTML, ReportFormat.SARIF), ParameterValues.formats("p", "html, sarif,"));
        assertEquals(0, ParameterValues.nonNegativeInt("p", "0"));
    }

    @Test
    void ruleLevelsFromTheCommandLineKeepTheirOrderAndNameBadItems() throws Exception {
        assertEquals(java.util.List.of("ExplicitGcCall", "CyclicReference"), java.util.List.copyOf(
                ParameterValues.ruleLevels("refflow.rules", "ExplicitGcCall=off, CyclicReference:error").keySet()));
        assertEquals("error", ParameterValues.ruleLevels("p", "CyclicReference:error").get("CyclicReference"));
        var e = assertThrows(ParameterValues.BadValueException.class,
                () -> ParameterValues.ruleLevels("refflow.rules", "ExplicitGcCall"));
        assertTrue(e.getMessage().startsWith("refflow.rules: 'ExplicitGcCall' is not RuleId=level"), e.getMessage());
    }
}
