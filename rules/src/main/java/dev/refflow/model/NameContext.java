package dev.refflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a name in a constant expression may refer to, from the source alone: the enclosing types, the
 * file's imports and its package. Produces candidate fully qualified names in Java's lookup order; the
 * project model later picks the first candidate that is really a constant.
 *
 * @param packageName            the file's package, empty for the default package
 * @param enclosingTypes         fully qualified names of the enclosing types, innermost first
 * @param fileTypes              simple name to fully qualified name of every type declared in the file
 * @param singleTypeImports      simple name to fully qualified name ({@code import a.b.C;})
 * @param onDemandImports        imported packages or types ({@code import a.b.*;})
 * @param staticSingleImports    member name to the fully qualified name of the member
 * @param staticOnDemandImports  types whose static members are all imported
 */
public record NameContext(String packageName, List<String> enclosingTypes, Map<String, String> fileTypes,
                          Map<String, String> singleTypeImports, List<String> onDemandImports,
                          Map<String, String> staticSingleImports, List<String> staticOnDemandImports) {

    public NameContext {
        enclosingTypes = List.copyOf(enclosingTypes);
        fileTypes = Map.copyOf(fileTypes);
        singleTypeImports = Map.copyOf(singleTypeImports);
        onDemandImports = List.copyOf(onDemandImports);
        staticSingleImports = Map.copyOf(staticSingleImports);
        staticOnDemandImports = List.copyOf(staticOnDemandImports);
    }

    public static NameContext empty() {
        return new NameContext("", List.of(), Map.of(), Map.of(), List.of(), Map.of(), List.of());
    }

    public NameContext withEnclosing(String typeName) {
        List<String> types = new ArrayList<>(enclosingTypes.size() + 1);
        types.add(typeName);
        types.addAll(enclosingTypes);
        return new NameContext(packageName, types, fileTypes, singleTypeImports, onDemandImports,
                staticSingleImports, staticOnDemandImports);
    }

    /** Candidates for an unqualified name {@code N}. */
    public List<String> candidatesForName(String name) {
        List<String> out = new ArrayList<>();
        for (String type : enclosingTypes) {
            out.add(type + "." + name);
        }
        String imported = staticSingleImports.get(name);
        if (imported != null) {
            out.add(imported);
        }
        for (String type : staticOnDemandImports) {
            out.add(type + "." + name);
        }
        return out;
    }

    /** Candidates for a member {@code N} of the type written as {@code typeText} ({@code C}, {@code Outer.C}, {@code a.b.C}). */
    public List<String> candidatesForMember(String typeText, String name) {
        List<String> out = new ArrayList<>();
        for (String type : typeCandidates(typeText)) {
            out.add(type + "." + name);
        }
        return out;
    }

    /** Fully qualified names the type written as {@code typeText} may denote, most likely first. */
    public List<String> typeCandidates(String typeText) {
        List<String> out = new ArrayList<>();
        int dot = typeText.indexOf('.');
        String first = dot < 0 ? typeText : typeText.substring(0, dot);
        String rest = dot < 0 ? "" : typeText.substring(dot);
        for (String type : enclosingTypes) {
            if (type.endsWith("." + first) || type.equals(first)) {
                out.add(type + rest);
            }
            out.add(type + "." + typeText);
        }
        String inFile = fileTypes.get(first);
        if (inFile != null) {
            out.add(inFile + rest);
        }
        String imported = singleTypeImports.get(first);
        if (imported != null) {
            out.add(imported + rest);
        }
        out.add(packageName.isEmpty() ? typeText : packageName + "." + typeText);
        for (String pkg : onDemandImports) {
            out.add(pkg + "." + typeText);
        }
        if (dot > 0) {
            out.add(typeText);
        }
        // a handful of candidates: a linear check is cheaper than a stream with a hash set (asked for every type name)
        List<String> distinct = new ArrayList<>(out.size());
        for (String c : out) {
            if (!distinct.contains(c)) {
                distinct.add(c);
            }
        }
        return distinct;
    }
}
