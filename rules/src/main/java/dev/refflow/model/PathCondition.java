package dev.refflow.model;

import java.util.Arrays;

/**
 * The branch arms under which something holds: a sorted set of (branch id, arm) pairs. Two facts added in
 * different arms of the same {@code if} never hold together; a cycle whose edges need incompatible arms
 * is not a cycle of any run.
 */
public final class PathCondition implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final PathCondition TRUE = new PathCondition(new long[0]);

    private final long[] terms;

    private PathCondition(long[] terms) {
        this.terms = terms;
    }

    /** Keeps {@link #TRUE} a single instance across serialization. */
    private Object readResolve() {
        return terms.length == 0 ? TRUE : this;
    }

    private static long term(int branch, int arm) {
        return ((long) branch << 32) | (arm & 0xFFFF_FFFFL);
    }

    private static int branchOf(long term) {
        return (int) (term >>> 32);
    }

    public PathCondition and(int branch, int arm) {
        long t = term(branch, arm);
        int pos = Arrays.binarySearch(terms, t);
        if (pos >= 0) {
            return this;
        }
        int insert = -pos - 1;
        long[] next = new long[terms.length + 1];
        System.arraycopy(terms, 0, next, 0, insert);
        next[insert] = t;
        System.arraycopy(terms, insert, next, insert + 1, terms.length - insert);
        return new PathCondition(next);
    }

    /** The terms both conditions share: what holds on either path. */
    public PathCondition common(PathCondition other) {
        if (other == this || Arrays.equals(terms, other.terms)) {
            return this;
        }
        long[] out = new long[Math.min(terms.length, other.terms.length)];
        int n = 0;
        for (long t : terms) {
            if (Arrays.binarySearch(other.terms, t) >= 0) {
                out[n++] = t;
            }
        }
        return n == 0 ? TRUE : new PathCondition(Arrays.copyOf(out, n));
    }

    /** True when some run can satisfy both: no branch is required to take two different arms. */
    public boolean compatible(PathCondition other) {
        for (long t : terms) {
            for (long u : other.terms) {
                if (branchOf(t) == branchOf(u) && t != u) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Both conditions together; only meaningful when {@link #compatible}. */
    public PathCondition union(PathCondition other) {
        PathCondition out = this;
        for (long t : other.terms) {
            out = out.and(branchOf(t), (int) t);
        }
        return out;
    }

    /** True when every term of this condition is also a term of {@code other}. */
    public boolean isImpliedBy(PathCondition other) {
        for (long t : terms) {
            if (Arrays.binarySearch(other.terms, t) < 0) {
                return false;
            }
        }
        return true;
    }

    /** This condition without the terms of the given branches. */
    public PathCondition without(java.util.function.IntPredicate branch) {
        long[] out = new long[terms.length];
        int n = 0;
        for (long t : terms) {
            if (!branch.test(branchOf(t))) {
                out[n++] = t;
            }
        }
        return n == terms.length ? this : n == 0 ? TRUE : new PathCondition(Arrays.copyOf(out, n));
    }

    public long[] terms() {
        return terms.clone();
    }

    public static PathCondition of(long[] terms) {
        long[] sorted = terms.clone();
        Arrays.sort(sorted);
        return terms.length == 0 ? TRUE : new PathCondition(sorted);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathCondition p && Arrays.equals(terms, p.terms);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms);
    }

    @Override
    public String toString() {
        return Arrays.toString(terms);
    }
}
