// Positive: each screen (one is opened per navigation) publishes itself in a static when created and nothing clears
// it: the closed screen stays.
class ScreenKeepsItself {
    static ScreenKeepsItself current;
    private final StringBuilder content = new StringBuilder();

    void onCreate() {
        // expect: StaticReferenceToInstance warning
        current = this;
        content.append("ready");
    }
}

class Navigator {
    ScreenKeepsItself open() {
        ScreenKeepsItself screen = new ScreenKeepsItself();
        screen.onCreate();
        return screen;
    }
}
