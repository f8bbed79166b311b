// On a constructor: the view lives exactly as long as its model, so registering without removing is fine here.
class ConstructorSuppression {
    interface ChangeListener {
        void changed(String property);
    }

    interface Model {
        void addChangeListener(ChangeListener listener);

        void removeChangeListener(ChangeListener listener);
    }

    static class View implements ChangeListener {
        private int repaints;

        @SuppressWarnings("refflow:ListenerNeverRemoved")
        View(Model model) {
            // suppressed: ListenerNeverRemoved
            model.addChangeListener(this);
        }

        @Override
        public void changed(String property) {
            repaints++;
        }
    }
}
