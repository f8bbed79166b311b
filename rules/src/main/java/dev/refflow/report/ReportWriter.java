package dev.refflow.report;

import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one report file from a result. Every format has one writer; {@link #all()} lists them, so the engine
 * writes whatever formats a request asks for without knowing any of them. A writer never decides what is a
 * finding: it shows the result it is given.
 */
public interface ReportWriter {

    /**
     * What besides the result a report shows: the project's name, the folder paths are relative to, and the
     * source folders analysed (some may lie outside that folder).
     */
    record Context(String projectName, Path baseDirectory, List<Path> sourceRoots) {
        public Context {
            sourceRoots = List.copyOf(sourceRoots);
        }

        public Context(String projectName, Path baseDirectory) {
            this(projectName, baseDirectory, List.of());
        }
    }

    ReportFormat format();

    void write(AnalysisResult result, Context context, Path target) throws IOException;

    /** One writer per format, in the formats' order. */
    static List<ReportWriter> all() {
        return List.of(new HtmlReportWriter(), new SarifReportWriter());
    }
}
