package dev.refflow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Reads a source file in the build's encoding. A file that is not valid in that encoding is still read
 * (bad bytes become U+FFFD) so its code is analysed, and the problem is reported naming the file and line.
 */
public final class SourceReader {
    private final Charset charset;

    public SourceReader(Charset charset) {
        this.charset = charset;
    }

    /** The decoded text, and a problem when the bytes were not valid in the encoding. */
    public record Content(String text, Optional<ProcessingProblem> problem) {
    }

    /** SHA-256 of a file's bytes: what caches key a file's content by. */
    public static byte[] hash(SourceFile file) throws IOException {
        return hash(file.path());
    }

    /** The SHA-256 of a file's bytes. */
    public static byte[] hash(java.nio.file.Path path) throws IOException {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    public Content read(SourceFile file) throws IOException {
        return decode(file, Files.readAllBytes(file.path()));
    }

    /** The content, and the SHA-256 of the bytes read for it (one read where a run needs both). */
    public record Hashed(Content content, byte[] sha256) {
    }

    public Hashed readHashed(SourceFile file) throws IOException {
        byte[] bytes = Files.readAllBytes(file.path());
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Hashed(decode(file, bytes), sha);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private Content decode(SourceFile file, byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Content(strict.decode(buffer).toString(), Optional.empty());
        } catch (CharacterCodingException e) {
            int offset = firstBadOffset(bytes, start);
            String text = new String(bytes, start, bytes.length - start, charset);
            int line = lineAtByte(bytes, start, offset);
            String message = "not valid " + charset.name() + " at byte " + offset
                    + " (set the build's encoding, e.g. project.build.sourceEncoding); bad bytes were read as U+FFFD";
            return new Content(text, Optional.of(new ProcessingProblem(file, line, 0, message)));
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private int firstBadOffset(byte[] bytes, int start) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        return start;
    }

    private static int lineAtByte(byte[] bytes, int start, int offset) {
        int line = 1;
        for (int i = start; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
