package dev.refflow.maven;

import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Freezes today's findings: analyses the project and writes every finding to {@code baselineFile}
 * ({@code refflow-baseline.json} beside the pom). From then on {@code check} fails only on findings that are not
 * in it. Commit the file; run this goal again to accept the current state.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractRefFlowMojo {

    @Override
    protected boolean usesBaseline() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException {
        AnalysisResult result = analyse();
        if (result.filesAnalysed() == 0) {
            return;
        }
        Path file = baselineFile.toPath();
        if (result.findings().isEmpty()) {
            // nothing to accept: no file to commit (an empty one in every clean module is noise in the repository)
            try {
                if (java.nio.file.Files.deleteIfExists(file)) {
                    getLog().info("RefFlow baseline: no findings; removed " + file + ", which accepted findings that "
                            + "are gone");
                } else {
                    getLog().info("RefFlow baseline: no findings; no baseline written");
                }
            } catch (IOException e) {
                throw new MojoExecutionException("refflow.baselineFile: cannot remove " + file + ": "
                        + e.getMessage(), e);
            }
            return;
        }
        try {
            Baseline.write(file, result.findings());
        } catch (IOException e) {
            throw new MojoExecutionException("refflow.baselineFile: cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("RefFlow baseline: " + result.findings().size() + " finding"
                + (result.findings().size() == 1 ? "" : "s") + " written to " + file
                + "; refflow:check now fails only on findings that are not in it");
    }
}
