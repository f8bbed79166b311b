package demo.service;

import demo.core.Registry;

import java.util.ArrayList;
import java.util.List;

public class Importer {
    private final List<String> rows = new ArrayList<>();

    public void importAll(List<String> input) {
        Registry.register("importer");
        rows.addAll(input);
        rows.clear();
        System.gc();
    }
}
