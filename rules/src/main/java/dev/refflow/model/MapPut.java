package dev.refflow.model;

import java.util.List;

/**
 * A put into a map (put, putIfAbsent, computeIfAbsent, compute, merge), with what the value refers to at that
 * moment. Rules decide whether the map is weak-keyed; the model records whether the value reaches the key.
 *
 * @param event      index of the ADD event of the value
 * @param receivers  the map objects
 * @param keys       the key objects
 * @param values     the value objects
 * @param pathToKey  references from a value to a key (empty when the value is the key itself or does not reach it)
 * @param valueIsKey true when a value object is a key object
 */
public record MapPut(int event, int[] receivers, int[] keys, int[] values, List<HeapEdge> pathToKey,
                     boolean valueIsKey) implements java.io.Serializable {
    public MapPut {
        pathToKey = List.copyOf(pathToKey);
    }

    public boolean valueReachesKey() {
        return valueIsKey || !pathToKey.isEmpty();
    }
}
