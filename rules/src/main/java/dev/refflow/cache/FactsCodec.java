package dev.refflow.cache;

import dev.refflow.model.FileFacts;
import dev.refflow.source.SourceFile;

import java.io.IOException;

/**
 * One file's {@link FileFacts} in the cache's compact binary form ({@link RecordCodec}: every component of every
 * fact record, in declaration order). Encoding is done by the worker that built the facts, so it runs in parallel
 * with the rest of the analysis; decoding checks every length and tag, and any inconsistency is an
 * {@link IOException} (the cache entry is then ignored).
 */
public final class FactsCodec {
    private FactsCodec() {
    }

    public static byte[] encode(FileFacts facts) {
        RecordCodec.Writer w = new RecordCodec.Writer();
        w.record(facts, FileFacts.class);
        return w.bytes();
    }

    /** The facts, bound to {@code file} as found now. */
    public static FileFacts decode(byte[] data, SourceFile file) throws IOException {
        try {
            RecordCodec.Reader r = new RecordCodec.Reader(data, file);
            FileFacts facts = (FileFacts) r.record(FileFacts.class);
            if (!r.atEnd()) {
                throw new IOException("trailing bytes");
            }
            return facts;
        } catch (RuntimeException e) {
            throw new IOException("corrupt facts: " + e, e);
        }
    }
}
