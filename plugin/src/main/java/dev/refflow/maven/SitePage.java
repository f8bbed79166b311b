package dev.refflow.maven;

import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Module;
import dev.refflow.report.ConsoleReport;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleDescriptor;
import org.apache.maven.doxia.sink.Sink;

import java.util.List;

/**
 * The Maven site page: the summary and a table of the findings, in the site's own look (Doxia escapes every
 * text), linking to the full HTML report with sources, traces and pictures, and to the SARIF file.
 */
final class SitePage {
    private SitePage() {
    }

    static void render(Sink sink, String title, AnalysisResult result, String fullReport, String sarif) {
        open(sink, title);
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();

        sink.paragraph();
        sink.text(ConsoleReport.summary(result) + ". ");
        sink.link(fullReport);
        sink.text("Full report");
        sink.link_();
        sink.text(" (sources, flow traces and pictures of each finding), ");
        sink.link(sarif);
        sink.text("SARIF");
        sink.link_();
        sink.text(".");
        sink.paragraph_();

        summaryTable(sink, result);
        findingsTable(sink, result);

        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    static void skipped(Sink sink, String title) {
        open(sink, title);
        sink.paragraph();
        sink.text("RefFlow was skipped (refflow.skip).");
        sink.paragraph_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void open(Sink sink, String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
    }

    private static void subsection(Sink sink, String title) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(title);
        sink.sectionTitle2_();
    }

    private static void summaryTable(Sink sink, AnalysisResult result) {
        subsection(sink, "By rule");
        sink.table();
        sink.tableRows();
        row(sink, true, "Rule", "Errors", "Warnings", "Notes");
        for (RuleDescriptor d : result.rules()) {
            row(sink, false, d.id(), count(result, d.id(), Level.ERROR), count(result, d.id(), Level.WARNING),
                    count(result, d.id(), Level.NOTE));
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private static void findingsTable(Sink sink, AnalysisResult result) {
        subsection(sink, "Findings");
        if (result.findings().isEmpty()) {
            sink.paragraph();
            sink.text("No findings: nothing in these sources keeps memory alive longer than it should, as far as "
                    + "RefFlow can tell.");
            sink.paragraph_();
            sink.section2_();
            return;
        }
        boolean modules = !result.modules().isEmpty();
        sink.table();
        sink.tableRows();
        if (modules) {
            row(sink, true, "Module", "Level", "Rule", "Where", "Finding");
        } else {
            row(sink, true, "Level", "Rule", "Where", "Finding");
        }
        for (Finding f : result.findings()) {
            String where = f.file().relativePath() + ":" + f.line();
            if (modules) {
                Module m = result.moduleOf(f.file());
                row(sink, false, m == null ? "" : m.name(), f.level().id(), f.ruleId(), where, f.message());
            } else {
                row(sink, false, f.level().id(), f.ruleId(), where, f.message());
            }
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private static String count(AnalysisResult result, String rule, Level level) {
        List<Finding> all = result.findings();
        return Long.toString(all.stream().filter(f -> f.ruleId().equals(rule) && f.level() == level).count());
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String c : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(c);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }
}
