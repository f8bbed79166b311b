// Observers added to a static subject are listener registrations: one ListenerNeverRemoved each, not also CapturedOuterInstance.
class ObserverOnStaticSubject {
    interface Observer {
        void update(Object arg);
    }

    interface Subject {
        void addObserver(Observer observer);

        void deleteObserver(Observer observer);
    }

    static Subject prices;

    static class Ticker implements Observer {
        private Object lastPrice;

        Ticker() {
            // expect: ListenerNeverRemoved warning
            prices.addObserver(this);
        }

        @Override
        public void update(Object arg) {
            lastPrice = arg;
        }
    }

    static class Chart {
        private int redraws;

        void show() {
            // expect: ListenerNeverRemoved warning
            prices.addObserver(arg -> redraw());
        }

        private void redraw() {
            redraws++;
        }
    }
}
