package dev.refflow.maven;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.InvalidRequestException;
import dev.refflow.engine.RefFlowEngine;
import dev.refflow.report.ConsoleReport;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the goals share: the parameters, turning them into one engine request, and printing the result. Mojos
 * stay thin; the engine decides everything. Nothing here is static or shared between executions, so modules
 * built in parallel ({@code mvn -T}) never see each other's state.
 */
abstract class AbstractRefFlowMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /** Skip RefFlow entirely. */
    @Parameter(property = "refflow.skip", defaultValue = "false")
    protected boolean skip;

    /** Also analyse test sources. */
    @Parameter(property = "refflow.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /** From which estimated size an allocation counts as large: bytes, or with a unit (512k, 1M). */
    @Parameter(property = "refflow.largeAllocationBytes", defaultValue = "1048576")
    protected String largeAllocationBytes;

    /**
     * Java version of the sources (8 ... 25), and the release they are compiled for: it decides what javac emits, as
     * well as how the sources are parsed (below 18 every inner and anonymous class keeps its enclosing instance,
     * used or not). Defaults to the project's {@code maven.compiler.release} or {@code maven.compiler.source}, else
     * the compiler plugin's {@code release} or {@code source}, else 21.
     */
    @Parameter(property = "refflow.languageLevel")
    protected String languageLevel;

    /** Where the reports go. */
    @Parameter(property = "refflow.outputDirectory", defaultValue = "${project.build.directory}/refflow")
    protected File outputDirectory;

    /** Report files to write: html, sarif (comma-separated). */
    @Parameter(property = "refflow.formats", defaultValue = "html,sarif")
    protected String formats;

    /** Encoding of the sources. */
    @Parameter(property = "refflow.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /** Worker threads for parsing and modelling; default: the number of cores. */
    @Parameter(property = "refflow.threads")
    protected String threads;

    /** Ant-style globs, relative to each source root, of the files to analyse (default: all). */
    @Parameter(property = "refflow.includes")
    protected List<String> includes;

    /** Ant-style globs, relative to each source root, of files not to analyse. */
    @Parameter(property = "refflow.excludes")
    protected List<String> excludes;

    /**
     * Rule levels: {@code <rules><CyclicReference>error</CyclicReference><ExplicitGcCall>off</ExplicitGcCall></rules>}.
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * Rule levels from the command line or a property, {@code ExplicitGcCall=off,CyclicReference=error}; for a rule
     * both name, this wins over {@code <rules>}.
     */
    @Parameter(property = "refflow.rules")
    protected String ruleLevels;

    /**
     * Keep per-file facts and the last result between runs, so unchanged files are not parsed again. Results are
     * the same with and without it.
     */
    @Parameter(property = "refflow.cache", defaultValue = "true")
    protected boolean cache;

    /** Where the cache lives. */
    @Parameter(property = "refflow.cacheDirectory", defaultValue = "${project.build.directory}/refflow/cache")
    protected File cacheDirectory;

    /** Seconds one file may take before it is given up and reported as a processing problem. */
    @Parameter(property = "refflow.fileTimeLimit", defaultValue = "30")
    protected String fileTimeLimit;

    /**
     * The baseline: findings listed in it are accepted and do not fail the build; only new ones do. Written by
     * the {@code baseline} goal. No file, no baseline.
     */
    @Parameter(property = "refflow.baselineFile", defaultValue = "${project.basedir}/refflow-baseline.json")
    protected File baselineFile;

    /** Also analyse generated sources (source roots under target/generated-sources), which are skipped by default. */
    @Parameter(property = "refflow.includeGeneratedSources", defaultValue = "false")
    protected boolean includeGeneratedSources;

    /**
     * Library model files of your own (comma-separated paths, relative to the project folder): what your
     * frameworks' methods do with the references they are given, in the format of RefFlow's own models. Their rows
     * add to RefFlow's and replace RefFlow's row for the same method.
     */
    @Parameter(property = "refflow.models")
    protected String models;

    /**
     * Print each finding's flow trace as indented lines under it (at most 12 lines per
     * finding; the reports have them all).
     */
    @Parameter(property = "refflow.trace", defaultValue = "true")
    protected boolean trace;

    /**
     * The report's title; default: the project's artifactId, or without a project the folders analysed.
     */
    @Parameter(property = "refflow.title")
    protected String title;

    /** Source folders to analyse instead of the project's (comma-separated); needed when there is no project. */
    @Parameter(property = "refflow.sources")
    protected String sources;

    protected final AnalysisResult analyse() throws MojoExecutionException {
        return analyse(outputDirectory(baseDirectory()));
    }

    /** Analyses and writes the reports into {@code reportDirectory}. */
    protected final AnalysisResult analyse(Path reportDirectory) throws MojoExecutionException {
        AnalysisRequest request = request(reportDirectory);
        if (request.sourceRoots().isEmpty()) {
            // a parent pom, or a module without Java sources: nothing to analyse, no empty report
            getLog().info("RefFlow: no Java source folders here; nothing to analyse");
            return new AnalysisResult(List.of(), List.of(), List.of(), 0, 0, Map.of());
        }
        getLog().info("RefFlow " + dev.refflow.api.RefFlowVersion.get() + ": analysing " + describeRoots(request));
        long start = System.nanoTime();
        AnalysisResult result = new RefFlowEngine().analyze(request);
        print(result, request, java.time.Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    private AnalysisRequest request(Path reportDirectory) throws MojoExecutionException {
        try {
            Path base = baseDirectory();
            AnalysisRequest.Builder b = AnalysisRequest.builder(base)
                    .sourceRoots(sourceRoots(base))
                    .modules(modules(base))
                    .includes(includes == null ? List.of() : includes)
                    .excludes(excludes == null ? List.of() : excludes)
                    .largeAllocationBytes(ParameterValues.bytes("refflow.largeAllocationBytes", largeAllocationBytes))
                    .formats(ParameterValues.formats("refflow.formats", formats))
                    .outputDirectory(reportDirectory)
                    .projectName(title != null && !title.isBlank() ? title.strip()
                            : hasProject() ? project.getArtifactId() : foldersTitle(base))
                    .cacheDirectory(cache ? cacheDirectory(base) : null)
                    .baselineFile(usesBaseline() && baselineFile != null ? baselineFile.toPath() : null)
                    .fileTimeLimit(java.time.Duration.ofSeconds(
                            ParameterValues.positiveInt("refflow.fileTimeLimit", fileTimeLimit)))
                    .log(getLog()::info);
            if (encoding != null && !encoding.isBlank()) {
                b = b.encoding(encoding);
            }
            if (languageLevel != null && !languageLevel.isBlank()) {
                // set on purpose: a value RefFlow does not know is an error naming the parameter
                b = b.languageLevel(languageLevel);
            } else if (projectJavaVersion() != null) {
                // what the build compiles for: read at the nearest level RefFlow knows, said once
                b = b.projectLanguageLevel(projectJavaVersion(), getLog()::info);
            }
            if (models != null && !models.isBlank()) {
                List<Path> files = new java.util.ArrayList<>();
                for (String m : models.split(",")) {
                    if (!m.isBlank()) {
                        files.add(base.resolve(m.strip()));
                    }
                }
                b = b.models(files);
            }
            if (threads != null && !threads.isBlank()) {
                b = b.threads(ParameterValues.positiveInt("refflow.threads", threads));
            }
            Map<String, String> levels = new java.util.TreeMap<>(rules == null ? Map.of() : rules);
            if (ruleLevels != null && !ruleLevels.isBlank()) {
                levels.putAll(ParameterValues.ruleLevels("refflow.rules", ruleLevels));
            }
            for (Map.Entry<String, String> r : levels.entrySet()) {
                b = b.rule(r.getKey(), r.getValue());
            }
            return b.build();
        } catch (ParameterValues.BadValueException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (InvalidRequestException e) {
            String property = e.parameter().equals("rules") ? "rules" : "refflow." + e.parameter();
            throw new MojoExecutionException(property + e.getMessage().substring(e.parameter().length()));
        }
    }

    /**
     * Where the reports go unless the goal says otherwise. Without a project the parameter's default names a build
     * folder there is none of: unless {@code refflow.outputDirectory} is given, {@code ./refflow-report}, as the CLI.
     */
    protected Path outputDirectory(Path base) {
        if (!hasProject() && !userSet("refflow.outputDirectory")) {
            return base.resolve("refflow-report");
        }
        return outputDirectory == null ? base.resolve("target/refflow") : outputDirectory.toPath();
    }

    /** Whether the user gave a property on the command line or in a properties file (not a default). */
    private boolean userSet(String property) {
        return session != null && session.getUserProperties().containsKey(property)
                || System.getProperty(property) != null;
    }

    /** A run without a project is named after the folders it analyses, as given ({@code src/main/java, lib}). */
    private String foldersTitle(Path base) {
        List<String> names = new ArrayList<>();
        for (String s : ParameterValues.list(sources == null ? "" : sources)) {
            Path p = base.resolve(s).normalize();
            String shown = p.equals(base) ? String.valueOf(base.getFileName()) : base.relativize(p).toString();
            names.add(shown.isEmpty() ? "sources" : shown);
        }
        return names.isEmpty() ? String.valueOf(base.getFileName()) : String.join(", ", names);
    }

    /** Whether findings in {@code baselineFile} are set aside; the goal that writes the baseline says no. */
    protected boolean usesBaseline() {
        return true;
    }

    /** The modules to report by; only an aggregate has any. */
    protected List<dev.refflow.api.Module> modules(Path base) {
        return List.of();
    }

    protected Path cacheDirectory(Path base) {
        // without a pom, ${project.build.directory} points into Maven's stub project: keep the cache with the report,
        // as the CLI does, unless the user names a folder
        if (!hasProject()) {
            return userSet("refflow.cacheDirectory") && cacheDirectory != null ? cacheDirectory.toPath()
                    : outputDirectory(base).resolve("cache");
        }
        return cacheDirectory != null ? cacheDirectory.toPath() : base.resolve("target/refflow/cache");
    }

    /** A real project, not the stub Maven makes when a goal runs without a pom. */
    protected final boolean hasProject() {
        return project != null && project.getFile() != null;
    }

    protected Path baseDirectory() {
        if (hasProject()) {
            return project.getBasedir().toPath();
        }
        String root = session != null ? session.getExecutionRootDirectory() : null;
        return Path.of(root != null ? root : ".").toAbsolutePath().normalize();
    }

    protected List<Path> sourceRoots(Path base) throws MojoExecutionException {
        List<Path> roots = new ArrayList<>();
        if (sources != null && !sources.isBlank()) {
            for (String s : ParameterValues.list(sources)) {
                Path p = base.resolve(s).normalize();
                if (!p.toFile().isDirectory()) {
                    throw new MojoExecutionException("refflow.sources: '" + s + "' is not a directory (resolved to "
                            + p + ")");
                }
                if (!containsJava(p)) {
                    getLog().warn("RefFlow: refflow.sources: '" + s + "' holds no .java files");
                }
                roots.add(p);
            }
            return roots;
        }
        if (!hasProject()) {
            throw new MojoExecutionException("refflow.sources: there is no project here; name the source folders "
                    + "to analyse, e.g. -Drefflow.sources=src/main/java");
        }
        return projectSourceRoots(project);
    }

    /**
     * A project's compile source roots (and test roots with {@code includeTests}) that exist, without generated
     * sources unless {@code includeGeneratedSources}.
     */
    protected final List<Path> projectSourceRoots(MavenProject p) {
        List<String> declared = new ArrayList<>(p.getCompileSourceRoots());
        if (includeTests) {
            declared.addAll(p.getTestCompileSourceRoots());
        }
        Path target = Path.of(p.getBuild().getDirectory()).toAbsolutePath().normalize();
        Path base = p.getBasedir() != null ? p.getBasedir().toPath().toAbsolutePath().normalize() : target.getParent();
        // Maven's defaults exist in every project whether or not it has sources: only others were configured
        List<Path> defaults = List.of(base.resolve("src/main/java"), base.resolve("src/test/java"));
        List<Path> roots = new ArrayList<>();
        List<String> skippedGenerated = new ArrayList<>();
        for (String root : declared) {
            Path path = Path.of(root).toAbsolutePath().normalize();
            boolean generated = path.startsWith(target.resolve("generated-sources"))
                    || path.startsWith(target.resolve("generated-test-sources"));
            if (generated && !includeGeneratedSources) {
                if (path.toFile().isDirectory()) {
                    skippedGenerated.add(relative(base, path));
                }
                continue;
            }
            if (!path.toFile().isDirectory()) {
                if (!generated && !defaults.contains(path)) {
                    getLog().warn("RefFlow: the source folder " + relative(base, path) + " configured in the pom "
                            + "does not exist; nothing is analysed there");
                }
                continue;
            }
            if (!generated && !defaults.contains(path) && !containsJava(path)) {
                getLog().warn("RefFlow: the source folder " + relative(base, path) + " configured in the pom "
                        + "holds no .java files");
            }
            if (!roots.contains(path)) {
                roots.add(path);
            }
        }
        if (!skippedGenerated.isEmpty()) {
            getLog().info("RefFlow skips generated sources in " + String.join(", ", skippedGenerated)
                    + " (-Drefflow.includeGeneratedSources=true analyses them)");
        }
        return roots;
    }

    private static String relative(Path base, Path path) {
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }

    /** Whether a folder holds a Java source file anywhere below it. */
    static boolean containsJava(Path folder) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    /** The Java version the sources are written for: the project's, as the compiler would see it. */
    protected String projectJavaVersion() {
        return hasProject() ? javaVersionOf(project) : null;
    }

    /** The Java version a project compiles for, or null when it does not say. */
    protected static String javaVersionOf(MavenProject project) {
        for (String key : List.of("maven.compiler.release", "maven.compiler.source")) {
            String v = project.getProperties().getProperty(key);
            if (v != null && !v.isBlank() && !v.contains("${")) {
                return v;
            }
        }
        Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (compiler != null && compiler.getConfiguration() instanceof Xpp3Dom config) {
            for (String key : List.of("release", "source")) {
                Xpp3Dom child = config.getChild(key);
                if (child != null && child.getValue() != null && !child.getValue().contains("${")) {
                    return child.getValue();
                }
            }
        }
        return null;
    }

    private static String describeRoots(AnalysisRequest request) {
        List<String> out = new ArrayList<>();
        for (Path p : request.sourceRoots()) {
            Path rel = p.startsWith(request.baseDirectory()) ? request.baseDirectory().relativize(p) : p;
            out.add(rel.toString().isEmpty() ? "." : rel.toString());
        }
        return out.isEmpty() ? "no source folders" : String.join(", ", out);
    }

    private void print(AnalysisResult result, AnalysisRequest request, java.time.Duration took) {
        for (ConsoleReport.Line line : ConsoleReport.problems(result)) {
            getLog().error(line.text());
        }
        List<ConsoleReport.Line> lines = ConsoleReport.findings(result);
        for (int i = 0; i < lines.size(); i++) {
            ConsoleReport.Line line = lines.get(i);
            List<String> all = new ArrayList<>();
            all.add(line.text());
            if (trace) {
                all.addAll(ConsoleReport.trace(result.findings().get(i)));
            }
            for (String text : all) {
                switch (line.level()) {
                    case ERROR -> getLog().error(text);
                    case WARNING -> getLog().warn(text);
                    case NOTE -> getLog().info(text);
                    default -> throw new IllegalStateException();
                }
            }
        }
        getLog().info(ConsoleReport.summary(result, request.languageLevel(), took));
        for (String line : ConsoleReport.fixedBaselineEntries(result)) {
            getLog().info(line);
        }
        for (String path : ConsoleReport.reportPaths(result)) {
            getLog().info(path);
        }
    }

    /** Runs the goal unless skipped. */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("RefFlow is skipped (refflow.skip).");
            return;
        }
        run();
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
