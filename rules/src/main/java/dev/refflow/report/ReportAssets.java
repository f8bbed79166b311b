package dev.refflow.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The report page's own style sheet and script, inlined into it, and the Content-Security-Policy that allows exactly
 * those two by their SHA-256 hashes: no {@code 'unsafe-inline'}, so an event handler or script that got into the page
 * (were escaping ever to fail) would not run, and a style attribute would not apply.
 */
final class ReportAssets {
    /** The report's script, as inlined: its hash is the only script the policy allows. */
    static final String SCRIPT = load("report.js", "</script");
    /** The fixed part of the report's style sheet; {@link #style} adds the pictures' minimum widths. */
    static final String STYLE = load("report.css", "</style");

    private ReportAssets() {
    }

    /**
     * The style sheet for a page whose pictures have these minimum widths (the {@code mw-N} classes the template
     * gives them: a picture shrinks with the page only down to the size its text stays readable at).
     */
    static String style(Collection<Integer> minWidths) {
        StringBuilder css = new StringBuilder(STYLE);
        for (int w : new TreeSet<>(minWidths)) {
            css.append(".pic svg.mw-").append(w).append(" { min-width: ").append(w).append("px; }\n");
        }
        return css.toString();
    }

    /** The policy for a page that inlines exactly this style sheet and this script. */
    static String policy(String style, String script) {
        return "default-src 'none'; script-src " + hashSource(script) + "; style-src " + hashSource(style)
                + "; base-uri 'none'; form-action 'none'";
    }

    /** A CSP hash source: {@code 'sha256-<base64 of the SHA-256 of the UTF-8 text>'}. */
    static String hashSource(String inlineText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inlineText.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * A resource as the page will carry it. Line ends are made {@code \n}: a browser hashes an element's text after
     * the parser has turned every CR LF into LF, so a checkout with CR LF line ends would otherwise block its own
     * script.
     */
    private static String load(String name, String closingTag) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.toLowerCase(Locale.ROOT).contains(closingTag)) {
                throw new IllegalStateException(name + " must not contain " + closingTag);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
