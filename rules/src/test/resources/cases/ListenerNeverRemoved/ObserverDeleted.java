// addObserver(this) in the constructor, deleteObserver(this) in dispose(): released.
class ObserverDeleted {
    interface Observer {
        void update(Object arg);
    }

    interface Subject {
        void addObserver(Observer observer);

        void deleteObserver(Observer observer);
    }

    static class Gauge implements Observer {
        private final Subject subject;
        private Object value;

        Gauge(Subject subject) {
            this.subject = subject;
            subject.addObserver(this);
        }

        @Override
        public void update(Object arg) {
            value = arg;
        }

        void dispose() {
            subject.deleteObserver(this);
        }
    }
}
