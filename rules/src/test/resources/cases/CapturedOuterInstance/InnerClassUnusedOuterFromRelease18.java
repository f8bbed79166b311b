// Negative: compiled for release 25, inner and local classes that do not use their outer instance have no this$0, so the static field and the shutdown hook keep only them.
// refflow: languageLevel=25
class InnerClassUnusedOuterFromRelease18 {
    static Counter shared;
    private final StringBuilder log = new StringBuilder();

    class Counter {
        private int count;

        void increment() {
            count++;
        }
    }

    void init() {
        shared = new Counter();
    }

    void installHook() {
        class Farewell extends Thread {
            @Override
            public void run() {
                System.out.println("bye");
            }
        }
        Runtime.getRuntime().addShutdownHook(new Farewell());
    }

    String log() {
        return log.toString();
    }
}
