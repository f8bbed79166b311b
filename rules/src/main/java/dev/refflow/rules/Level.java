package dev.refflow.rules;

import java.util.Locale;

/** How serious a finding is. Only {@link #ERROR} and {@link #WARNING} count toward failing a build. */
public enum Level {
    ERROR, WARNING, NOTE;

    public static final String ALLOWED = "error, warning, note";

    /** The SARIF and configuration spelling: {@code error}, {@code warning}, {@code note}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level is at least as serious as {@code other}. */
    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static Level parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (Level l : values()) {
            if (l.id().equals(v)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level '" + value + "'; allowed: " + ALLOWED);
    }
}
