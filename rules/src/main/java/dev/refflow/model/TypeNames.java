package dev.refflow.model;

import java.util.ArrayList;
import java.util.List;

/** String helpers for types as written in source: raw names and generic arguments. */
public final class TypeNames {
    private TypeNames() {
    }

    /** {@code java.util.Map<K, List<V>>} gives {@code Map}; {@code int[]} gives {@code int[]}. */
    public static String rawSimpleName(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String t = type.strip();
        int lt = t.indexOf('<');
        String suffix = "";
        if (lt >= 0) {
            int gt = t.lastIndexOf('>');
            suffix = gt >= 0 ? t.substring(gt + 1).strip() : "";
            t = t.substring(0, lt);
        }
        int dot = t.lastIndexOf('.');
        return (dot < 0 ? t : t.substring(dot + 1)) + suffix;
    }

    /** {@code java.util.Map<K, V>} gives {@code java.util.Map}: the name as written, without type arguments. */
    public static String rawName(String type) {
        if (type == null) {
            return "";
        }
        int lt = type.indexOf('<');
        return (lt < 0 ? type : type.substring(0, lt)).strip();
    }

    /** The generic arguments, split at top level: {@code Map<K, List<V>>} gives {@code [K, List<V>]}. */
    public static List<String> typeArguments(String type) {
        List<String> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        int lt = type.indexOf('<');
        int gt = type.lastIndexOf('>');
        if (lt < 0 || gt < lt) {
            return out;
        }
        String inner = type.substring(lt + 1, gt);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(inner.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = inner.substring(start).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    public static boolean isArray(String type) {
        return type != null && type.strip().endsWith("]");
    }

    /** {@code int[][]} gives {@code int[]}; {@code String[]} gives {@code String}. */
    public static String componentType(String arrayType) {
        String t = arrayType.strip();
        return t.endsWith("[]") ? t.substring(0, t.length() - 2).strip() : t;
    }
}
