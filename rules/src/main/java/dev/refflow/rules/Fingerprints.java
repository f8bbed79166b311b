package dev.refflow.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity that survives edits elsewhere in the file: rule, file, enclosing type and member, and
 * the flagged statement with white space folded. Not the line number: inserting lines above a finding, or
 * reformatting it, keeps its fingerprint. Used by SARIF {@code partialFingerprints} and baselines.
 */
public final class Fingerprints {
    public static final String KEY = "refflow/v1";

    private Fingerprints() {
    }

    public static String of(Finding f) {
        return of(f, f.ruleId());
    }

    /** The fingerprint the finding had under another ID of its rule (a former one, for old baselines). */
    public static String of(Finding f, String ruleId) {
        String basis = String.join("\u0000", ruleId, f.file().relativePath(), f.enclosingType(), f.member(),
                normalize(f.statement()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * Non-white-space characters the basis keeps of a statement. Statement texts are folded and cut at 120
     * characters, and a cut text with single spaces between its words keeps at least this many.
     */
    private static final int KEPT = 59;

    /**
     * The statement without white space, and without the ellipsis of a text that was cut: a reformatted
     * statement is the same statement, however its long text was cut.
     */
    public static String normalize(String statement) {
        String s = statement.replaceAll("\\s+", "");
        if (s.endsWith("\u2026")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > KEPT ? s.substring(0, KEPT) : s;
    }
}
