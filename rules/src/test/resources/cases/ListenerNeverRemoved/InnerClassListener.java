// An instance of a non-static inner class that updates its outer object is added to a parameter and never removed.
// The source is a parameter: how long it lives is the caller's business, so a note.
class InnerClassListener {
    interface Listener {
        void onChange(int value);
    }

    interface Source {
        void addListener(Listener listener);

        void removeListener(Listener listener);
    }

    private int total;

    class Accumulator implements Listener {
        @Override
        public void onChange(int value) {
            total += value;
        }
    }

    void attach(Source source) {
        // expect: ListenerNeverRemoved note
        source.addListener(new Accumulator());
    }
}
