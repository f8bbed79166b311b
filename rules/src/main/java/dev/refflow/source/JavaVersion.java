package dev.refflow.source;

import java.util.Locale;

/**
 * The Java language version sources are read as ({@code 8} to {@code 25}), as Maven users write it: {@code 17},
 * {@code 1.8}, {@code JAVA_21}. RefFlow's own type, so that the request API does not expose the parser's.
 *
 * @param feature the feature release number ({@code 8} for Java 1.8)
 */
public record JavaVersion(int feature) {
    public static final int OLDEST = 8;
    public static final int NEWEST = 25;
    public static final JavaVersion DEFAULT = new JavaVersion(21);
    public static final String ALLOWED = "8, 9, 10 ... 25 (also written 1.8 or JAVA_17)";

    public JavaVersion {
        if (feature < OLDEST || feature > NEWEST) {
            throw new IllegalArgumentException("unknown Java version '" + feature + "'; allowed: " + ALLOWED);
        }
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static JavaVersion parse(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.startsWith("JAVA_")) {
            v = v.substring(5);
        }
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        v = v.replace('.', '_');
        try {
            int major = Integer.parseInt(v.contains("_") ? v.substring(0, v.indexOf('_')) : v);
            if (major >= OLDEST && major <= NEWEST) {
                return new JavaVersion(major);
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the message
        }
        throw new IllegalArgumentException("unknown Java version '" + value + "'; allowed: " + ALLOWED);
    }

    /** {@code JAVA_17}: the form caches were keyed by. */
    @Override
    public String toString() {
        return "JAVA_" + feature;
    }
}
