// An inner object stores itself in a static: it holds its enclosing instance too, which is CapturedOuterInstance's
// finding; one leak gives one finding. A static nested object storing itself is this rule's.
class InnerObjectStoresItself {
    static Object lastHandler;
    static Object lastWorker;
    private final StringBuilder log = new StringBuilder();

    final class Handler {
        void start() {
            log.append("start");
            // expect: CapturedOuterInstance
            lastHandler = this;
        }
    }

    static final class Worker {
        private final byte[] scratch = new byte[4096];

        void start() {
            // expect: StaticReferenceToInstance note
            lastWorker = this;
        }
    }
}
