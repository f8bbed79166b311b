package dev.refflow.rules;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.EventKind;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.Loop;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ConstantResolver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/** Turns flow events into the trace steps findings carry. */
public final class Traces {
    private Traces() {
    }

    public static TraceStep step(FlowEvent e) {
        return new TraceStep(e.line(), e.endLine(), e.kind().verb(), e.text());
    }

    public static TraceStep step(int line, String action, String text) {
        return new TraceStep(line, line, action, text);
    }

    /**
     * The life of one allocation up to event {@code until}: its allocation, aliases, and what was added to or
     * removed from it. Adds inside loops are shown once, over the loop's lines, with the number of times
     * they run: {@code L13-15 add 1,000,000 Integer in loop}.
     */
    public static List<TraceStep> history(MethodFlow m, int site, int until, ConstantResolver constants) {
        List<TraceStep> steps = new ArrayList<>();
        AbstractObject o = m.object(site);
        Set<Integer> shownLoops = new HashSet<>();
        for (FlowEvent e : m.events()) {
            if (e.index() > until) {
                break;
            }
            boolean about = e.subject() == site;
            if (!about) {
                continue;
            }
            switch (e.kind()) {
                case ALLOCATE, ALIAS, REASSIGN, SET_NULL, REMOVE_FROM_CONTAINER, CLEAR -> steps.add(step(e));
                case ADD_TO_CONTAINER -> {
                    if (e.element().key()) {
                        // the value's add of the same put tells the story
                        continue;
                    }
                    int loop = outermostRelativeLoop(e, o);
                    if (loop < 0) {
                        steps.add(step(e));
                    } else if (shownLoops.add(loop)) {
                        Loop l = m.loops().get(loop);
                        OptionalLong count = count(m, e, o, constants);
                        String times = count.isPresent() ? formatCount(count.getAsLong()) + " " : "";
                        boolean map = o.allocation() != null && o.allocation().isContainer()
                                && o.allocation().shape().isMap();
                        boolean primitiveSlots = o.allocation() != null && o.allocation().isArray()
                                && dev.refflow.model.JvmLayout.isPrimitive(o.allocation().componentType());
                        String what = map ? "entries" : primitiveSlots ? o.allocation().componentType()
                                : e.element().describe();
                        steps.add(new TraceStep(Math.min(l.line(), e.line()), Math.max(l.endLine(), e.endLine()),
                                "add", times + what + " in loop: " + e.text()));
                    }
                }
                default -> {
                }
            }
        }
        return steps;
    }

    private static int outermostRelativeLoop(FlowEvent e, AbstractObject container) {
        Set<Integer> outer = new HashSet<>();
        for (int l : container.loops()) {
            outer.add(l);
        }
        for (int l : e.loops()) {
            if (!outer.contains(l)) {
                return l;
            }
        }
        return -1;
    }

    private static OptionalLong count(MethodFlow m, FlowEvent e, AbstractObject container, ConstantResolver constants) {
        Set<Integer> outer = new HashSet<>();
        for (int l : container.loops()) {
            outer.add(l);
        }
        long n = 1;
        for (int l : e.loops()) {
            if (outer.contains(l)) {
                continue;
            }
            OptionalLong trips = m.loops().get(l).tripCount().evaluate(constants);
            if (trips.isEmpty()) {
                return trips;
            }
            n *= trips.getAsLong();
        }
        return OptionalLong.of(n);
    }

    public static String formatCount(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The first event of a kind about an object, or null. */
    public static FlowEvent first(MethodFlow m, EventKind kind, int subject) {
        for (FlowEvent e : m.events()) {
            if (e.kind() == kind && e.subject() == subject) {
                return e;
            }
        }
        return null;
    }
}
