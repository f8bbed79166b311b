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

    /** How this goal was started: from the command line, or bound to a phase in a pom. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private org.apache.maven.plugin.MojoExecution mojoExecution;

    @Override
    protected void run() throws MojoExecutionException {
        if (startedAtReactorRoot()) {
            analyseEveryModule();
            return;
        }
        analyse();
    }

    /**
     * {@code mvn refflow:report} typed at the root of a multi-module build. The goal runs without a project too, and
     * Maven runs such a goal once, at the root, skipping the modules; the user means what {@code mvn verify} does
     * with the goal bound: a report per module.
     */
    private boolean startedAtReactorRoot() {
        return hasProject() && (sources == null || sources.isBlank()) && session != null
                && session.getProjects().size() > 1 && project.equals(session.getTopLevelProject())
                && mojoExecution != null && mojoExecution.getSource() == org.apache.maven.plugin.MojoExecution.Source.CLI;
    }

    /**
     * Each project of the reactor in build order, analysed as its own module with its own folders, Java level, cache,
     * baseline and reports, as if the goal ran in it: paths the root's defaults gave are taken from the module.
     */
    private void analyseEveryModule() throws MojoExecutionException {
        org.apache.maven.project.MavenProject root = project;
        File rootOutput = outputDirectory;
        File rootCache = cacheDirectory;
        File rootBaseline = baselineFile;
        getLog().info("RefFlow: refflow:report at the root of a multi-module build analyses each of its "
                + session.getProjects().size() + " projects as its own module (refflow:aggregate analyses them as one)");
        try {
            for (org.apache.maven.project.MavenProject module : session.getProjects()) {
                project = module;
                outputDirectory = moved(rootOutput, root, module, "refflow");
                cacheDirectory = moved(rootCache, root, module, "refflow/cache");
                baselineFile = rootBaseline != null && rootBaseline.toPath().equals(
                        root.getBasedir().toPath().resolve("refflow-baseline.json"))
                        ? module.getBasedir().toPath().resolve("refflow-baseline.json").toFile() : rootBaseline;
                getLog().info("RefFlow: module " + module.getArtifactId());
                analyse();
            }
        } finally {
            project = root;
            outputDirectory = rootOutput;
            cacheDirectory = rootCache;
            baselineFile = rootBaseline;
        }
    }

    /** The module's own {@code target/<below>} where the root's default was given; another folder per module. */
    private static File moved(File rootValue, org.apache.maven.project.MavenProject root,
                              org.apache.maven.project.MavenProject module, String below) {
        if (rootValue == null) {
            return null;
        }
        Path rootDefault = Path.of(root.getBuild().getDirectory()).resolve(below);
        if (rootValue.toPath().toAbsolutePath().normalize().equals(rootDefault.toAbsolutePath().normalize())) {
            return Path.of(module.getBuild().getDirectory()).resolve(below).toFile();
        }
        return module.equals(root) ? rootValue : rootValue.toPath().resolve(module.getArtifactId()).toFile();
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
