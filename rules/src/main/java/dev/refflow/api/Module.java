package dev.refflow.api;

/**
 * One module of an aggregate analysis: its name and its folder relative to the aggregate's base directory
 * ({@code /}-separated, empty for the base itself). Reports group findings by module.
 */
public record Module(String name, String path) implements java.io.Serializable {
    public Module {
        path = path.replace('\\', '/');
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
    }

    /** Whether a file, by its path relative to the base directory, lies in this module's folder. */
    public boolean holds(String relativePath) {
        return path.isEmpty() || relativePath.equals(path) || relativePath.startsWith(path + "/");
    }
}
