package dev.refflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** RefFlow's own version, as built. */
public final class RefFlowVersion {
    private static final String VERSION = load();

    private RefFlowVersion() {
    }

    public static String get() {
        return VERSION;
    }

    /**
     * The version plus the size and time of the jar RefFlow runs from: caches written by another build of the
     * same (snapshot) version are not trusted.
     */
    public static String build() {
        return BUILD;
    }

    private static final String BUILD = computeBuild();

    private static String computeBuild() {
        try {
            java.net.URL location = RefFlowVersion.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path path = java.nio.file.Path.of(location.toURI());
            if (java.nio.file.Files.isRegularFile(path)) {
                return VERSION + "@" + java.nio.file.Files.size(path) + "/"
                        + java.nio.file.Files.getLastModifiedTime(path).toMillis();
            }
            // classes in a directory (tests, IDE): the version file's time stands for the build
            java.nio.file.Path props = path.resolve("dev/refflow/api/version.properties");
            return VERSION + "@dir/" + (java.nio.file.Files.exists(props)
                    ? java.nio.file.Files.getLastModifiedTime(props).toMillis() : 0);
        } catch (Exception e) {
            return VERSION;
        }
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = RefFlowVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
