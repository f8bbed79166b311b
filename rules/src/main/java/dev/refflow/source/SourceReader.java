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

    /** The digest of a file's bytes: what caches key a file's content by. */
    public static byte[] hash(SourceFile file) throws IOException {
        return hash(file.path());
    }

    /** The digest of a file's bytes (see {@link #digest}). */
    public static byte[] hash(java.nio.file.Path path) throws IOException {
        return digest(Files.readAllBytes(path));
    }

    /**
     * A 16-byte digest of content: CRC-32C and CRC-32 (two different polynomials) and the length. It tells an edited
     * file from the one the cache saw (a change that keeps both checksums and the length is a chance of about one in
     * 2^64), which is all a build cache needs; nothing here defends against crafted collisions. Both checksums are
     * JVM intrinsics even in the interpreter and C1, where SHA-256 is not: SHA-256 of a 20 MB corpus took about 220 ms
     * of CPU under -XX:TieredStopAtLevel=1, these about 5 ms.
     */
    public static byte[] digest(byte[] bytes) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes);
        return ByteBuffer.allocate(16).putInt((int) c.getValue()).putInt((int) d.getValue()).putLong(bytes.length)
                .array();
    }

    public Content read(SourceFile file) throws IOException {
        return decode(file, Files.readAllBytes(file.path()));
    }

    /** The content, and the digest of the bytes read for it (one read where a run needs both). */
    public record Hashed(Content content, byte[] digest) {
    }

    public Hashed readHashed(SourceFile file) throws IOException {
        byte[] bytes = Files.readAllBytes(file.path());
        return new Hashed(decode(file, bytes), digest(bytes));
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
