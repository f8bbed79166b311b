// An inner class that uses no outer member itself but creates another inner class of the outer needs, and captures, the outer instance.
class InnerCreatesAnotherInner {
    static Cursor shared;
    private final String[] rows = {"a", "b"};

    class Entry {
        String value(int index) {
            return rows[index];
        }
    }

    class Cursor {
        Entry entry() {
            return new Entry();
        }
    }

    void share() {
        // expect: CapturedOuterInstance
        shared = new Cursor();
    }
}
