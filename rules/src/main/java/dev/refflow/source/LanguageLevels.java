package dev.refflow.source;

import com.github.javaparser.ParserConfiguration.LanguageLevel;

import java.util.Locale;

/** Turns a Java version as Maven users write it ({@code 17}, {@code 1.8}, {@code JAVA_21}) into a parser level. */
public final class LanguageLevels {
    public static final LanguageLevel DEFAULT = LanguageLevel.JAVA_21;
    public static final String ALLOWED = "8, 9, 10 ... 25 (also written 1.8 or JAVA_17)";

    private LanguageLevels() {
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static LanguageLevel parse(String value) {
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
            if (major >= 8 && major <= 25) {
                return LanguageLevel.valueOf("JAVA_" + major);
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the message
        }
        throw new IllegalArgumentException("unknown Java version '" + value + "'; allowed: " + ALLOWED);
    }
}
