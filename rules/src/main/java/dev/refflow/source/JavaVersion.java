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

    /**
     * A version a project's build names, read as the nearest level RefFlow knows: {@code 1.7} (or older) as 8, a
     * release newer than RefFlow knows ({@code 26}) as 25; the source is the same language, give or take features
     * RefFlow reads anyway. Null when the value is no version at all.
     *
     * @param level    the level to read the sources at
     * @param adjusted whether that differs from what the build names
     */
    public record Nearest(JavaVersion level, boolean adjusted) {
    }

    public static Nearest nearest(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.startsWith("JAVA_")) {
            v = v.substring(5);
        }
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0 || end < v.length() && v.charAt(end) != '.' && v.charAt(end) != '_') {
            return null;
        }
        int major;
        try {
            major = Integer.parseInt(v.substring(0, end));
        } catch (NumberFormatException e) {
            return null;
        }
        int feature = Math.max(OLDEST, Math.min(NEWEST, major));
        return new Nearest(new JavaVersion(feature), feature != major);
    }

    /** The version as users write it: {@code 17}. */
    public String displayName() {
        return Integer.toString(feature);
    }

    /** {@code JAVA_17}: the form caches were keyed by. */
    @Override
    public String toString() {
        return "JAVA_" + feature;
    }
}
