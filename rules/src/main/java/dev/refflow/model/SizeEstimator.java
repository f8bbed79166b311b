package dev.refflow.model;


import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Estimates the memory one allocation retains, from its flow model: the container's structure for the
 * number of elements added to it (each add counted as many times as the loops around it, but not around
 * the allocation, run), plus the elements the method itself creates. Adds under a branch, in loops of
 * unknown length, or of values the model cannot size are left out, so the estimate is a lower bound
 * unless {@link Estimate#complete()}.
 */
public final class SizeEstimator {

    /**
     * @param bytes        estimated retained bytes
     * @param elements     number of elements, or -1 when not a counted container
     * @param elementBytes bytes of the elements alone (part of {@code bytes})
     * @param complete     false when some part could not be sized: then {@code bytes} is a lower bound
     * @param elementType  what the elements are, for messages ({@code Integer})
     * @param firstLine    line of the allocation
     * @param lastLine     last line of the code that filled it
     */
    public record Estimate(long bytes, long elements, long elementBytes, boolean complete, String elementType,
                           int firstLine, int lastLine) {
        static final Estimate NONE = new Estimate(0, -1, 0, false, "", 0, 0);
    }

    private final ConstantResolver constants;

    public SizeEstimator(ConstantResolver constants) {
        this.constants = constants;
    }

    public Estimate estimate(MethodFlow method, int objectId) {
        return estimate(method, method.object(objectId).site(), new HashSet<>());
    }

    public OptionalLong evaluate(SizeExpr expr) {
        return expr.evaluate(constants);
    }

    private Estimate estimate(MethodFlow m, int site, Set<Integer> visiting) {
        if (!visiting.add(site)) {
            return Estimate.NONE;
        }
        try {
            return estimateSite(m, site, visiting);
        } finally {
            visiting.remove(site);
        }
    }

    private Estimate estimateSite(MethodFlow m, int site, Set<Integer> visiting) {
        AbstractObject o = m.object(site);
        Allocation a = o.allocation();
        if (a == null) {
            return new Estimate(JvmLayout.align(JvmLayout.OBJECT_HEADER), -1, 0, false, "", o.line(), o.line());
        }
        Set<Integer> loopBranches = new HashSet<>();
        for (Loop l : m.loops()) {
            loopBranches.add(l.branch());
        }
        long n = 0;
        long elementBytes = 0;
        boolean complete = true;
        int lastLine = o.line();
        String elementType = a.componentType();
        // a removal or clear may have undone earlier adds: count only adds after the last one, and none
        // at all when it repeats in a loop of its own
        int countFrom = 0;
        for (FlowEvent e : m.events()) {
            if (e.subject() == site && (e.kind() == EventKind.CLEAR || e.kind() == EventKind.REMOVE_FROM_CONTAINER)) {
                complete = false;
                countFrom = relativeLoops(e.loops(), o.loops()).isEmpty() ? e.index() + 1 : Integer.MAX_VALUE;
            }
        }
        for (FlowEvent e : m.events()) {
            if (e.kind() != EventKind.ADD_TO_CONTAINER || e.subject() != site || e.index() < countFrom) {
                continue;
            }
            if (!e.condition().without(loopBranches::contains).isImpliedBy(o.condition())) {
                complete = false;
                continue;
            }
            OptionalLong count = relativeCount(m, e, o);
            if (count.isEmpty()) {
                complete = false;
                continue;
            }
            long k = count.getAsLong();
            ElementValue v = e.element();
            lastLine = Math.max(lastLine, rangeEnd(m, e, o));
            if (v.kind() == ElementValue.Kind.ALL_OF) {
                // addAll of a collection built here: its elements join this one
                Estimate source = estimate(m, v.object(), visiting);
                if (source.elements() < 0) {
                    complete = false;
                    continue;
                }
                n += k * source.elements();
                elementBytes += k * source.elementBytes();
                complete &= source.complete();
                continue;
            }
            if (!v.key()) {
                n += k;
            }
            // a primitive stored into a primitive array lives in its slot, which the array's size already counts
            boolean inSlot = a.isArray() && JvmLayout.isPrimitive(a.componentType())
                    && v.kind() == ElementValue.Kind.BOXED;
            long cost = inSlot ? 0 : elementCost(m, e, v, k, o, visiting);
            if (cost < 0) {
                complete = false;
            } else {
                elementBytes += cost;
            }
            if ((elementType.isEmpty() || elementType.equals("Object")) && !v.key()) {
                elementType = v.describe();
            }
        }
        if (a.copyOf() >= 0) {
            Estimate source = estimate(m, a.copyOf(), visiting);
            if (source.elements() >= 0) {
                n += source.elements();
                elementBytes += source.elementBytes();
                complete &= source.complete();
                if (elementType.isEmpty()) {
                    elementType = source.elementType();
                }
            } else {
                complete = false;
            }
        } else if (a.exactStorage() && !a.isArray() && n == 0 && m.events().stream().noneMatch(
                e -> e.kind() == EventKind.ADD_TO_CONTAINER && e.subject() == site)) {
            // built from something the model cannot see: its size is unknown
            complete = false;
        }
        if (a.shape() != null && a.shape().isMap()) {
            elementType = "entries";
        }
        long structure;
        long elements = n;
        if (a.isArray()) {
            long[] dims = new long[a.dimensions().size()];
            for (int i = 0; i < dims.length; i++) {
                OptionalLong d = a.dimensions().get(i).evaluate(constants);
                if (d.isEmpty() || d.getAsLong() < 0 || isLengthLimit(d.getAsLong())) {
                    return new Estimate(elementBytes, -1, elementBytes, false, elementType, o.line(), lastLine);
                }
                dims[i] = d.getAsLong();
            }
            if (dims.length == 0) {
                return new Estimate(elementBytes, -1, elementBytes, false, elementType, o.line(), lastLine);
            }
            structure = arrayStructure(a.componentType(), dims, 0);
            elements = dims[0];
        } else if (a.shape() == null) {
            structure = JvmLayout.align(JvmLayout.OBJECT_HEADER + 12);
        } else {
            long capacity = -1;
            if (a.hasInitialCapacity()) {
                OptionalLong c = a.initialCapacity().evaluate(constants);
                if (c.isPresent() && c.getAsLong() >= 0 && !isLengthLimit(c.getAsLong())) {
                    capacity = c.getAsLong();
                } else {
                    complete = false;
                }
            }
            structure = a.shape().structureBytes(n, capacity, a.exactStorage());
        }
        return new Estimate(structure + elementBytes, elements, elementBytes, complete, elementType, o.line(), lastLine);
    }

    /**
     * A length at the VM's array limit ({@code Integer.MAX_VALUE - 8}, {@code Integer.MAX_VALUE}): code that names it
     * means "as much as there is", a cap on data it reads, never a size it means to allocate. Not evidence of a size.
     */
    private static boolean isLengthLimit(long length) {
        return length >= Integer.MAX_VALUE - 64L;
    }

    /** {@code new int[a][b]}: the outer array of references plus {@code a} inner arrays. */
    private static long arrayStructure(String base, long[] dims, int level) {
        if (level == dims.length - 1) {
            return JvmLayout.arrayBytes(dims[level], JvmLayout.slotBytes(base));
        }
        long inner = arrayStructure(base, dims, level + 1);
        try {
            return Math.addExact(JvmLayout.arrayBytes(dims[level], JvmLayout.REFERENCE),
                    Math.multiplyExact(dims[level], inner));
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE / 4;
        }
    }

    /** How many times the add runs for one object of the container: the loops around it but not around the allocation. */
    private OptionalLong relativeCount(MethodFlow m, FlowEvent e, AbstractObject container) {
        long count = 1;
        for (int loop : relativeLoops(e.loops(), container.loops())) {
            OptionalLong trips = m.loops().get(loop).tripCount().evaluate(constants);
            if (trips.isEmpty()) {
                return trips;
            }
            try {
                count = Math.multiplyExact(count, Math.max(0, trips.getAsLong()));
            } catch (ArithmeticException overflow) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(count);
    }

    private static List<Integer> relativeLoops(int[] eventLoops, int[] allocationLoops) {
        Set<Integer> outer = new HashSet<>();
        for (int l : allocationLoops) {
            outer.add(l);
        }
        List<Integer> out = new java.util.ArrayList<>();
        for (int l : eventLoops) {
            if (!outer.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    private int rangeEnd(MethodFlow m, FlowEvent e, AbstractObject container) {
        List<Integer> loops = relativeLoops(e.loops(), container.loops());
        return loops.isEmpty() ? e.endLine() : Math.max(e.endLine(), m.loops().get(loops.get(0)).endLine());
    }

    /** Bytes of the values {@code k} executions of one add put in, or -1 when they cannot be sized. */
    private long elementCost(MethodFlow m, FlowEvent e, ElementValue v, long k, AbstractObject container,
                             Set<Integer> visiting) {
        try {
            switch (v.kind()) {
                case BOXED -> {
                    long each = JvmLayout.boxedBytes(v.type());
                    if (each < 0) {
                        return -1;
                    }
                    long total = Math.multiplyExact(k, each);
                    if (v.loop() >= 0) {
                        Loop loop = m.loops().get(v.loop());
                        OptionalLong low = loop.low().evaluate(constants);
                        OptionalLong high = loop.high().evaluate(constants);
                        OptionalLong trips = loop.tripCount().evaluate(constants);
                        if (low.isPresent() && high.isPresent() && trips.isPresent() && trips.getAsLong() > 0) {
                            long cached = JvmLayout.cachedBoxCount(v.type(), low.getAsLong(), high.getAsLong());
                            total -= k / trips.getAsLong() * cached * each;
                        }
                    }
                    return Math.max(0, total);
                }
                case STRING -> {
                    OptionalLong length = v.length().evaluate(constants);
                    return length.isEmpty() ? -1 : Math.multiplyExact(k, JvmLayout.stringBytes(length.getAsLong()));
                }
                case SHARED, NULL -> {
                    return 0;
                }
                case OBJECT -> {
                    AbstractObject element = m.object(v.object());
                    Estimate each = estimate(m, element.site(), visiting);
                    Set<Integer> elementLoops = new HashSet<>();
                    for (int l : element.loops()) {
                        elementLoops.add(l);
                    }
                    boolean freshPerAdd = elementLoops.containsAll(relativeLoops(e.loops(), container.loops()));
                    long bytes = freshPerAdd ? Math.multiplyExact(k, each.bytes()) : each.bytes();
                    return each.complete() || each.bytes() > 0 ? bytes : -1;
                }
                default -> {
                    return -1;
                }
            }
        } catch (ArithmeticException overflow) {
            return -1;
        }
    }

    /** The number of bytes {@code shape} takes for {@code n} elements: exposed for tests of the layout model. */
    public static long structure(ContainerShape shape, long n) {
        return shape.structureBytes(n, -1, false);
    }
}
