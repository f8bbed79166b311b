// The editor stores a `this::save` reference and a lambda reading its field into another class's static fields.
package app;

public class Editor {
    private final String fileName;
    private int saves;

    public Editor(String fileName) {
        this.fileName = fileName;
    }

    public void open() {
        // expect: CapturedOuterInstance
        Hooks.onExit = this::save;
        // expect: CapturedOuterInstance
        Hooks.status = () -> "editing " + fileName;
    }

    void save() {
        saves++;
    }
}
