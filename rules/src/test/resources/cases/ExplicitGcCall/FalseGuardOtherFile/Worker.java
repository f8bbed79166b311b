package app;

class Worker {
    void step() {
        if (Flags.TRACE_MEMORY) {
            System.gc();
        }
    }
}
