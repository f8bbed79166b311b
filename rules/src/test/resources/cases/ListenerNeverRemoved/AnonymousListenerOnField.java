// An anonymous listener that updates the enclosing instance is added to a field's button and never removed.
class AnonymousListenerOnField {
    interface ActionListener {
        void actionPerformed(String command);
    }

    interface Button {
        void addActionListener(ActionListener listener);

        void removeActionListener(ActionListener listener);
    }

    private final Button button;
    private int clicks;

    AnonymousListenerOnField(Button button) {
        this.button = button;
    }

    void wire() {
        // expect: ListenerNeverRemoved warning
        button.addActionListener(new ActionListener() {
            @Override
            public void actionPerformed(String command) {
                clicks++;
            }
        });
    }
}
