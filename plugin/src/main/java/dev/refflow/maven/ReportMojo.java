package dev.refflow.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Analyses and writes the reports; never fails on findings. Runs without a project too: point it at any
 * folders with {@code -Drefflow.sources=DIR[,DIR]}.
 */
@Mojo(name = "report", requiresProject = false, threadSafe = true)
public class ReportMojo extends AbstractRefFlowMojo {
    @Override
    protected void run() throws MojoExecutionException {
        analyse();
    }
}
