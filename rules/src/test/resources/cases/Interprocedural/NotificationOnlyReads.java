// Negative: onChanged is named like a registration, but the project's method only reads what it is given.
class NotificationOnlyReads {
    static final class Model {
        private int version;

        void onChanged(Object source) {
            version++;
            System.out.println(source + " changed, version " + version);
        }
    }

    private final Model model;

    NotificationOnlyReads(Model model) {
        this.model = model;
    }

    void edit() {
        model.onChanged(this);
    }
}
