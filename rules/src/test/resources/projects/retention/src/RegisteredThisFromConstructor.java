// `this` is added as a listener to a model passed to the constructor; the API has a remove method that is never called.
class RegisteredThisFromConstructor {
    interface ChangeListener {
        void changed(String property);
    }

    interface Model {
        void addChangeListener(ChangeListener listener);

        void removeChangeListener(ChangeListener listener);
    }

    static class View implements ChangeListener {
        private final Model model;
        private int repaints;

        View(Model model) {
            this.model = model;
            // expect: ListenerNeverRemoved warning
            model.addChangeListener(this);
        }

        @Override
        public void changed(String property) {
            repaints++;
        }
    }
}
