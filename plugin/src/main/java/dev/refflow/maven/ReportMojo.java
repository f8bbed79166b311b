package dev.refflow.maven;

import dev.refflow.api.AnalysisResult;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Analyses and writes the reports; never fails on findings. Runs without a project too: point it at any
 * folders with {@code -Drefflow.sources=DIR[,DIR]}. Listed under {@code <reporting>}, it is also a page of the
 * Maven site ({@code refflow.html}: the summary and the findings, linking to the full report copied beside it).
 */
@Mojo(name = "report", requiresProject = false, threadSafe = true)
public class ReportMojo extends AbstractRefFlowMojo implements MavenReport {
    /** The folder of the full HTML report and SARIF inside the site. */
    static final String SITE_FOLDER = "refflow";

    /** Where the site is generated; the site plugin sets it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
    private File reportOutputDirectory;

    @Override
    protected void run() throws MojoExecutionException {
        analyse();
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        if (skip) {
            SitePage.skipped(sink, getName(locale));
            return;
        }
        Path full = getReportOutputDirectory().toPath().resolve(SITE_FOLDER);
        try {
            AnalysisResult result = analyse(full);
            SitePage.render(sink, getName(locale), result, SITE_FOLDER + "/index.html", SITE_FOLDER + "/refflow.sarif");
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return "refflow";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "RefFlow";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Code that keeps memory alive longer than meant: escaping cycles, large and static allocations, "
                + "collections that only grow, weak keys pinned by their values, listeners never removed.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return hasProject();
    }
}
