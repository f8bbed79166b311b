package dev.refflow.cache;

import dev.refflow.source.SourceFile;
import dev.refflow.source.SourceReader;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The digest of every file's content ({@code SourceReader.digest}), which is what the caches are keyed by. Hashing a large project is most of
 * a warm run, so, like Git's index and Gradle's file snapshots, a file whose size and modification time are what
 * they were last time keeps last time's hash without being read. Git's "racily clean" rule applies: that is
 * trusted only for files last modified well before they were stamped, so an edit in the same clock tick as the
 * stamp is never missed.
 */
public final class FileHashes {
    /** A modification this close to the stamp could hide in the same timestamp granularity. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** The hash of a file that could not be read: never a cache hit. */
    public static final byte[] UNREADABLE = new byte[0];

    /** Size and modification time of a file, in nanoseconds since the epoch; null when unreadable. */
    public record Stamp(long size, long modifiedNanos) implements Serializable {
    }

    /** Hashes and stamps of the files, in the files' order, and when the stamps were taken. */
    public record Hashed(byte[][] hashes, Stamp[] stamps, long stampedAtNanos) {
    }

    private FileHashes() {
    }

    /** Hashes the files on {@code threads} threads, reusing {@code previous} hashes where that is safe. */
    public static Hashed compute(List<SourceFile> files, ResultCache.Snapshot previous, int threads) {
        long stampedAt = now();
        Map<String, Integer> before = new HashMap<>();
        if (previous != null && previous.stamps() != null && previous.stamps().length == previous.paths().length) {
            for (int i = 0; i < previous.paths().length; i++) {
                before.put(previous.paths()[i], i);
            }
        }
        byte[][] hashes = new byte[files.size()][];
        Stamp[] stamps = new Stamp[files.size()];
        Runnable all = () -> IntStream.range(0, files.size()).parallel().forEach(i -> {
            SourceFile file = files.get(i);
            stamps[i] = stamp(file);
            Integer j = before.get(file.relativePath());
            if (j != null && stamps[i] != null && stamps[i].equals(previous.stamps()[j])
                    && stamps[i].modifiedNanos() + RACY_NANOS < previous.stampedAtNanos()) {
                hashes[i] = previous.hashes()[j];
                return;
            }
            try {
                hashes[i] = SourceReader.hash(file);
            } catch (IOException e) {
                // unreadable now: never a cache hit; the analysis reports the problem
                hashes[i] = UNREADABLE;
                stamps[i] = null;
            }
        });
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(all).join();
        } finally {
            pool.shutdown();
        }
        return new Hashed(hashes, stamps, stampedAt);
    }

    /** The time stamps are taken at, for {@link Hashed#stampedAtNanos()}. */
    public static long now() {
        return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    }

    /** A file's size and modification time, or null when they cannot be read. */
    public static Stamp stamp(SourceFile file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file.path(), BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return null;
        }
    }
}
