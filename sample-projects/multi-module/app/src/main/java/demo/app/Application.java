package demo.app;

import demo.core.Registry;

public class Application {
    public void reload() {
        Registry.PLUGINS.clear();
        Registry.register("core");
    }

    public static void main(String[] args) {
        new Application().reload();
        System.out.println(Registry.size() + " plugins");
    }
}
