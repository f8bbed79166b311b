package dev.refflow.model;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a value a body builds comes from the inputs of the call that runs the body: then it differs from call to
 * call (per-call data: a context built from the request, the user looked up by the id passed in), where a value built
 * without them is the same kind of thing every time (an object made with no arguments or with constants, a tool).
 * <p>
 * The inputs are the body's parameters when the body runs per call: a method that is not initialization-only
 * ({@link CallGraph#initializationOnly}), or a constructor of a class the project makes per call
 * ({@link Instantiations}). The parameters of a body that runs once, or as often as the project does not show (a
 * constructor of a class made by a framework or only once), are configuration, not per-call data. A value is built
 * from the inputs when it is one of them or is made from one: an object constructed, or a call made, with one as an
 * argument or receiver; a lambda, method reference or anonymous class capturing one; an object that refers to one
 * (a container holding it); an argument the model keeps no object for (a concatenation, arithmetic) that names one.
 * What {@code this}, fields and statics hold is not the call's input, and neither is anything the body cannot trace
 * back: unknown is never per-call data.
 */
public final class CallInputs {
    private static final int MAX_DEPTH = 6;
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)+'");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final ProjectModel project;

    CallInputs(ProjectModel project) {
        this.project = project;
    }

    /** True when the body runs per call, so that its parameters are per-call inputs. */
    public boolean perCall(MethodFlow body) {
        if (body.parameterCount() == 0) {
            return false;
        }
        return switch (body.kind()) {
            case METHOD -> !project.calls().initializationOnly(body);
            case CONSTRUCTOR -> project.instantiations().perCall(body.ownerType()) != null;
            default -> false;
        };
    }

    /** True when object {@code id} of the body is built from the inputs of a call that runs the body per call. */
    public boolean builtFromInputs(MethodFlow body, int id) {
        return perCall(body) && derived(body, id, 0, new HashSet<>());
    }

    /** True when argument {@code index} of a call the body makes is built from the inputs of a per-call run. */
    public boolean argumentBuiltFromInputs(MethodFlow body, CallSite call, int index) {
        return perCall(body) && argument(body, call, index, 0, new HashSet<>());
    }

    private boolean argument(MethodFlow m, CallSite c, int index, int depth, Set<Integer> seen) {
        int[] objects = c.argument(index);
        if (objects.length == 0) {
            // no object: a primitive or string computed from its parts, which the source text names
            return namesParameter(m, KeyDomains.argumentText(c.text(), index));
        }
        for (int id : objects) {
            if (derived(m, id, depth, seen)) {
                return true;
            }
        }
        return false;
    }

    private boolean derived(MethodFlow m, int id, int depth, Set<Integer> seen) {
        if (id < 0 || id >= m.objects().size()) {
            return false;
        }
        AbstractObject o = m.object(id);
        int site = o.site() >= 0 && o.site() < m.objects().size() ? o.site() : id;
        switch (o.kind()) {
            case PARAMETER:
                return id < m.parameterCount();
            case THIS, FIELD, STATIC_FIELD:
                return false;
            default:
                break;
        }
        if (depth >= MAX_DEPTH || !seen.add(site)) {
            return false;
        }
        for (FlowEvent e : m.events()) {
            // what a lambda, method reference or anonymous class captures
            if (e.kind() == EventKind.CAPTURE && e.subject() == site && derived(m, e.target(), depth + 1, seen)) {
                return true;
            }
        }
        for (CallSite c : m.calls()) {
            if (c.result() != site) {
                continue;
            }
            for (int r : c.receivers()) {
                if (derived(m, r, depth + 1, seen)) {
                    return true;
                }
            }
            for (int k = 0; k < c.argumentCount(); k++) {
                if (argument(m, c, k, depth + 1, seen)) {
                    return true;
                }
            }
        }
        for (ExitPoint x : m.exits()) {
            for (HeapEdge e : x.heap()) {
                // an object that refers to an input: a container holding it, a constructor argument kept
                if (e.from() == site && derived(m, e.to(), depth + 1, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The source text of an expression names one of the body's parameters (outside string and char literals). */
    static boolean namesParameter(MethodFlow m, String text) {
        if (text.isEmpty() || m.parameterCount() == 0) {
            return false;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < m.parameterCount(); i++) {
            names.add(m.parameter(i).name());
        }
        String code = LITERAL.matcher(text).replaceAll("\"\"");
        Matcher n = NAME.matcher(code);
        while (n.find()) {
            if (!names.contains(n.group())) {
                continue;
            }
            // a simple name, not a member of something else ({@code x.id}) nor a method ({@code id()}): a local
            // cannot shadow a parameter in Java, so the name is the parameter
            int before = n.start() - 1;
            while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
                before--;
            }
            int after = n.end();
            while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
                after++;
            }
            boolean member = before >= 0 && code.charAt(before) == '.';
            boolean called = after < code.length() && code.charAt(after) == '(';
            if (!member && !called) {
                return true;
            }
        }
        return false;
    }
}
