package app;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

import java.util.ArrayList;
import java.util.List;

class Jobs {
    static final List<String> DONE = new ArrayList<>();

    static void finish(String job) {
        DONE.add(job);
    }

    @SuppressFBWarnings(value = "ExplicitGcCall", justification = "measured: halves the next pause <script>")
    void afterBatch() {
        System.gc();
    }

    @SuppressWarnings("refflow:ExplicitGcCall")
    void idle() {
        System.out.println("idle");
    }
}
