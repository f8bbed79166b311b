package com.example.inventory;

import java.util.ArrayList;
import java.util.List;

/** A category tree: children are held by their parent only, so no container ever contains itself. */
public final class Category {
    private final String name;
    private final List<Category> children = new ArrayList<>();

    public Category(String name) {
        this.name = name;
    }

    public Category child(String childName) {
        Category c = new Category(childName);
        children.add(c);
        return c;
    }

    public List<String> path(String target) {
        List<String> path = new ArrayList<>();
        collect(target, path);
        return path;
    }

    private boolean collect(String target, List<String> path) {
        path.add(name);
        if (name.equals(target)) {
            return true;
        }
        for (Category c : children) {
            if (c.collect(target, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }
}
