package dev.refflow.engine;

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
