// Positive: at the default release (21) javac drops an unused this$0, but not from a serializable inner class: this one keeps its outer instance, and a static field keeps it.
import java.io.Serializable;

class SerializableInnerKeepsOuter {
    static Snapshot last;
    private final long[] history = new long[10_000];

    class Snapshot implements Serializable {
        private final long taken;

        Snapshot(long taken) {
            this.taken = taken;
        }

        long taken() {
            return taken;
        }
    }

    void snapshot(long now) {
        // expect: CapturedOuterInstance warning
        last = new Snapshot(now);
    }

    int historySize() {
        return history.length;
    }
}
