package dev.refflow.maven;

import dev.refflow.api.Module;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses every module of the reactor as one project: one project-wide model, so a static collection filled
 * in one module and cleared in another is not flagged, and one report with a section per module. Run it at the
 * root ({@code mvn refflow:aggregate}); it never fails the build.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateMojo extends AbstractRefFlowMojo {

    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    private List<MavenProject> reactorProjects;

    /** Where the aggregate report goes (the modules' own reports stay in theirs). */
    @Parameter(property = "refflow.aggregateOutputDirectory",
            defaultValue = "${project.build.directory}/refflow-aggregate")
    private File aggregateOutputDirectory;

    @Override
    protected void run() throws MojoExecutionException {
        analyse();
    }

    @Override
    protected Path outputDirectory(Path base) {
        return aggregateOutputDirectory.toPath();
    }

    @Override
    protected Path cacheDirectory(Path base) {
        return aggregateOutputDirectory.toPath().resolve("cache");
    }

    @Override
    protected List<Path> sourceRoots(Path base) {
        List<Path> roots = new ArrayList<>();
        for (MavenProject p : reactorProjects) {
            for (Path root : projectSourceRoots(p)) {
                if (!roots.contains(root)) {
                    roots.add(root);
                }
            }
        }
        return roots;
    }

    @Override
    protected List<Module> modules(Path base) {
        List<Module> modules = new ArrayList<>();
        for (MavenProject p : reactorProjects) {
            if (!projectSourceRoots(p).isEmpty()) {
                Path dir = p.getBasedir().toPath().toAbsolutePath().normalize();
                String relative = dir.startsWith(base) ? base.relativize(dir).toString() : dir.toString();
                modules.add(new Module(p.getArtifactId(), relative));
            }
        }
        return modules;
    }

    /** The newest Java version any module compiles for: its syntax is what the parser must accept. */
    @Override
    protected String projectJavaVersion() {
        String newest = null;
        for (MavenProject p : reactorProjects) {
            String v = javaVersionOf(p);
            if (v != null && (newest == null || feature(v) > feature(newest))) {
                newest = v;
            }
        }
        return newest;
    }

    /** {@code 17} for "17", {@code 8} for "1.8"; -1 for anything else (then another module's version wins). */
    static int feature(String version) {
        String v = version.strip();
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
