package dev.refflow.cache;

import dev.refflow.model.FileFacts;

import dev.refflow.source.SourceFile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Per-file facts from a previous run, keyed by the file's path relative to the base directory and the digest of
 * its content ({@code SourceReader.digest}), valid only for the same RefFlow build and the same settings that shape
 * facts.
 * An unchanged file's facts are taken from here instead of parsing it again. Each file's facts are stored
 * in {@link FactsCodec}'s compact form and decoded only when asked for. A file that is missing, corrupt,
 * truncated or foreign is ignored (with one line of information) and rewritten.
 */
public final class FactsCache {
    private static final int MAGIC = 0x52464643; // "RFFC"
    private static final int FORMAT = 12;

    /** One file's entry: its path, content hash and encoded facts. */
    public record Entry(String relativePath, byte[] hash, byte[] facts) {
    }

    private final Map<String, Entry> entries;
    private final Consumer<String> info;
    private final Path file;
    private boolean reported;

    private FactsCache(Map<String, Entry> entries, Path file, Consumer<String> info) {
        this.entries = entries;
        this.file = file;
        this.info = info;
    }

    public static FactsCache empty() {
        return new FactsCache(Map.of(), null, line -> { });
    }

    /** Loads the cache written for {@code key}; an unusable file gives an empty cache and one message. */
    public static FactsCache load(Path file, String key, Consumer<String> info) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                info.accept("RefFlow cache " + file + " was written by another RefFlow build or settings; rebuilding it");
                return empty();
            }
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("bad entry count");
            }
            CRC32 check = new CRC32();
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                byte[] hash = in.readNBytes(in.readUnsignedByte());
                int length = in.readInt();
                if (length < 0) {
                    throw new IOException("bad entry length");
                }
                byte[] facts = in.readNBytes(length);
                if (facts.length != length) {
                    throw new IOException("truncated");
                }
                check.update(path.getBytes(StandardCharsets.UTF_8));
                check.update(hash);
                check.update(facts);
                entries.put(path, new Entry(path, hash, facts));
            }
            if (in.readLong() != check.getValue()) {
                throw new IOException("checksum mismatch");
            }
            return new FactsCache(entries, file, info);
        } catch (IOException | RuntimeException e) {
            info.accept("RefFlow cache " + file + " is unreadable (" + e.getMessage() + "); rebuilding it");
            return empty();
        }
    }

    /** The cached entry of a file whose content has this hash, or null. */
    public Entry entry(SourceFile source, byte[] hash) {
        Entry e = entries.get(source.relativePath());
        return e != null && Arrays.equals(e.hash(), hash) ? e : null;
    }

    /** The cached facts of an entry, bound to the file as found now; null (and one message) if they are corrupt. */
    public FileFacts decode(Entry e, SourceFile source) {
        try {
            return FactsCodec.decode(e.facts(), source);
        } catch (IOException ex) {
            synchronized (this) {
                if (!reported) {
                    reported = true;
                    info.accept("RefFlow cache " + file + " has corrupt entries (" + ex.getMessage()
                            + "); those files are analysed again");
                }
            }
            return null;
        }
    }

    /** Writes the cache atomically (a reader never sees half a file). */
    public static void save(Path file, String key, List<Entry> entries) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "facts", ".tmp");
        try {
            CRC32 check = new CRC32();
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key);
                out.writeInt(entries.size());
                for (Entry e : entries) {
                    out.writeUTF(e.relativePath());
                    out.writeByte(e.hash().length);
                    out.write(e.hash());
                    out.writeInt(e.facts().length);
                    out.write(e.facts());
                    check.update(e.relativePath().getBytes(StandardCharsets.UTF_8));
                    check.update(e.hash());
                    check.update(e.facts());
                }
                out.writeLong(check.getValue());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
