package dev.refflow.api;

import java.util.Locale;

/** The report files RefFlow writes. Console lines are always produced. */
public enum ReportFormat {
    HTML("index.html"), SARIF("refflow.sarif");

    public static final String ALLOWED = "html, sarif";
    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static ReportFormat parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "'; allowed: " + ALLOWED);
    }
}
