// emitter.onData(handler) is matched by emitter.offData(handler) with the same field-held method reference.
import java.util.function.Consumer;

class OnOffPair {
    interface Emitter {
        void onData(Consumer<byte[]> handler);

        void offData(Consumer<byte[]> handler);
    }

    private final Emitter emitter;
    private final Consumer<byte[]> handler = this::handle;
    private long bytes;

    OnOffPair(Emitter emitter) {
        this.emitter = emitter;
    }

    void open() {
        emitter.onData(handler);
    }

    void close() {
        emitter.offData(handler);
    }

    private void handle(byte[] chunk) {
        bytes += chunk.length;
    }
}
