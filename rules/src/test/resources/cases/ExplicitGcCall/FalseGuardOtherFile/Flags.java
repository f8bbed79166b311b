package app;

public interface Flags {
    boolean TRACE_MEMORY = false;
}
