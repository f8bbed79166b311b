package dev.refflow.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Code whose retained size the size model estimates from this very source, and the test measures with
 * JOL by running it. Each method returns what it builds.
 */
final class SizeFixtures {
    private static final int MIB = 1024 * 1024;

    private SizeFixtures() {
    }

    static List<Integer> boxedIntsByLoop() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        return list;
    }

    static List<Integer> boxedIntsByStream() {
        return IntStream.range(0, 1_000_000).boxed().collect(Collectors.toList());
    }

    static int[] intArray() {
        return new int[1_000_000];
    }

    static byte[] byteArray() {
        return new byte[64 * MIB];
    }

    static Map<Integer, String> hashMapOfStrings() {
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            map.put(i, "v" + i);
        }
        return map;
    }

    static List<String> presizedEmptyList() {
        return new ArrayList<>(2_000_000);
    }

    static List<Integer> linkedList() {
        List<Integer> list = new LinkedList<>();
        for (int i = 0; i < 100_000; i++) {
            list.add(i);
        }
        return list;
    }

    static Set<Integer> hashSet() {
        Set<Integer> set = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            set.add(i);
        }
        return set;
    }

    static List<String> streamToList() {
        return IntStream.range(0, 300_000).mapToObj(i -> "item-" + i).toList();
    }

    static long[][] matrix() {
        return new long[500][1000];
    }

    static List<int[]> listOfArrays() {
        List<int[]> rows = new ArrayList<>();
        for (int r = 0; r < 2_000; r++) {
            rows.add(new int[256]);
        }
        return rows;
    }
}
