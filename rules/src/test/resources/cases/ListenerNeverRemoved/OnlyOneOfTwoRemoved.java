// Two kinds of listener are added; close() removes only the change listener, so only the error listener is reported.
class OnlyOneOfTwoRemoved {
    interface ChangeListener {
        void changed();
    }

    interface ErrorListener {
        void failed(Exception error);
    }

    interface Model {
        void addChangeListener(ChangeListener listener);

        void removeChangeListener(ChangeListener listener);

        void addErrorListener(ErrorListener listener);

        void removeErrorListener(ErrorListener listener);
    }

    static class Panel implements ChangeListener, ErrorListener, AutoCloseable {
        private final Model model;
        private int changes;
        private Exception lastError;

        Panel(Model model) {
            this.model = model;
            model.addChangeListener(this);
            // expect: ListenerNeverRemoved warning
            model.addErrorListener(this);
        }

        @Override
        public void changed() {
            changes++;
        }

        @Override
        public void failed(Exception error) {
            lastError = error;
        }

        @Override
        public void close() {
            model.removeChangeListener(this);
        }
    }
}
