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
        String basis = String.join("\u0000", f.ruleId(), f.file().relativePath(), f.enclosingType(), f.member(),
                normalize(f.statement()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The statement without white space: a reformatted statement is the same statement. */
    public static String normalize(String statement) {
        return statement.replaceAll("\\s+", "");
    }
}
