package dev.refflow.model;


import java.util.Set;

/**
 * What the model knows of the JDK (and the most common Guava) collection API by name alone: which types
 * are containers and which calls add to, remove from, read or clear them. No symbol solver: a call is only
 * treated as a container operation when its receiver is known to be a container.
 */
public final class JdkApi {
    private JdkApi() {
    }

    private static final Set<String> COLLECTION_TYPES = Set.of(
            "Collection", "List", "ArrayList", "LinkedList", "Vector", "Stack", "CopyOnWriteArrayList",
            "Set", "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "EnumSet",
            "CopyOnWriteArraySet", "ConcurrentSkipListSet", "SequencedCollection", "SequencedSet",
            "Queue", "Deque", "ArrayDeque", "PriorityQueue", "BlockingQueue", "BlockingDeque", "TransferQueue",
            "ConcurrentLinkedQueue", "ConcurrentLinkedDeque", "LinkedBlockingQueue", "LinkedBlockingDeque",
            "ArrayBlockingQueue", "PriorityBlockingQueue", "DelayQueue", "LinkedTransferQueue",
            "SynchronousQueue", "AbstractList", "AbstractCollection", "AbstractSet", "AbstractQueue");

    private static final Set<String> MAP_TYPES = Set.of(
            "Map", "HashMap", "LinkedHashMap", "TreeMap", "SortedMap", "NavigableMap", "SequencedMap",
            "ConcurrentMap", "ConcurrentHashMap", "ConcurrentNavigableMap", "ConcurrentSkipListMap",
            "WeakHashMap", "IdentityHashMap", "Hashtable", "EnumMap", "Properties", "AbstractMap",
            // Guava's and Caffeine's caches take puts like a map
            "Cache", "LoadingCache");

    /** Adds: the argument (for maps, key and value) becomes reachable from the receiver. */
    public static final Set<String> ADD_METHODS = Set.of(
            "add", "addAll", "addFirst", "addLast", "offer", "offerFirst", "offerLast", "push", "put",
            "putAll", "putIfAbsent", "computeIfAbsent", "compute", "merge", "set", "addElement",
            "insertElementAt", "setElementAt", "putFirst", "putLast", "addIfAbsent", "addAllAbsent",
            "transfer", "tryTransfer");

    /** Removal of one named element: {@code remove(x)}. */
    public static final Set<String> REMOVE_ELEMENT_METHODS = Set.of(
            "remove", "removeElement", "removeFirstOccurrence", "removeLastOccurrence");

    /** Removals whose victim the model cannot name. */
    public static final Set<String> REMOVE_SOME_METHODS = Set.of(
            "removeIf", "retainAll", "removeAll", "poll", "pollFirst", "pollLast", "pop", "take",
            "removeFirst", "removeLast", "drainTo", "removeElementAt", "pollFirstEntry", "pollLastEntry",
            "replaceAll", "replace", "computeIfPresent", "setLength", "trimToSize");

    public static final Set<String> CLEAR_METHODS = Set.of("clear", "removeAllElements");

    /** Reads that return an element of the receiver. */
    public static final Set<String> ELEMENT_READ_METHODS = Set.of(
            "get", "getFirst", "getLast", "peek", "peekFirst", "peekLast", "element", "first", "last",
            "getOrDefault", "next", "previous", "elementAt", "firstElement", "lastElement", "floor",
            "ceiling", "higher", "lower");

    /** Calls that return a live view backed by the receiver. */
    public static final Set<String> VIEW_METHODS = Set.of(
            "iterator", "listIterator", "keySet", "values", "entrySet", "subList", "headMap", "tailMap",
            "subMap", "headSet", "tailSet", "subSet", "descendingMap", "descendingSet", "navigableKeySet",
            "descendingIterator", "reversed", "spliterator");

    /** Static factories returning a view or wrapper over their (first) argument. */
    public static final Set<String> WRAPPER_FACTORIES = Set.of(
            "unmodifiableList", "unmodifiableCollection", "unmodifiableSet", "unmodifiableMap",
            "unmodifiableSortedSet", "unmodifiableSortedMap", "unmodifiableNavigableSet",
            "unmodifiableNavigableMap", "unmodifiableSequencedCollection", "unmodifiableSequencedSet",
            "unmodifiableSequencedMap", "synchronizedList", "synchronizedCollection", "synchronizedSet",
            "synchronizedMap", "synchronizedSortedMap", "synchronizedSortedSet", "synchronizedNavigableMap",
            "synchronizedNavigableSet", "checkedList", "checkedSet", "checkedMap", "checkedCollection");

    /**
     * Calls that only read what they are given: passing a collection to them lets nobody change it.
     * Everything else a collection is passed to may keep it, or add to or remove from it.
     */
    public static final Set<String> READ_ONLY_CALLS = Set.of(
            "copyOf", "join", "unmodifiableList", "unmodifiableSet", "unmodifiableMap", "unmodifiableCollection",
            "unmodifiableSortedMap", "unmodifiableSortedSet", "unmodifiableNavigableMap", "unmodifiableNavigableSet",
            "max", "min", "frequency", "disjoint", "requireNonNull", "equals", "hash", "hashCode", "toString",
            "valueOf", "format", "formatted", "printf", "println", "print", "append", "debug", "info", "warn",
            "error", "trace", "isEmpty", "size", "contains", "containsAll", "containsKey", "containsValue",
            "checkArgument", "checkState", "checkNotNull", "assertEquals", "assertTrue", "assertThat");

    /** The type of the view a view method returns. */
    public static String viewType(String method) {
        return switch (method) {
            case "keySet", "entrySet", "headSet", "tailSet", "subSet", "descendingSet", "navigableKeySet" -> "Set";
            case "values" -> "Collection";
            case "subList", "reversed" -> "List";
            case "headMap", "tailMap", "subMap", "descendingMap" -> "Map";
            default -> "Iterator";
        };
    }

    public static boolean isCollectionType(String rawName) {
        return COLLECTION_TYPES.contains(rawName);
    }

    public static boolean isMapType(String rawName) {
        return MAP_TYPES.contains(rawName);
    }

    /** True for a collection, a map or an array type (raw simple name). */
    public static boolean isContainerType(String rawName) {
        return isCollectionType(rawName) || isMapType(rawName) || rawName.endsWith("]");
    }

    /** The concrete shape a JDK class name stands for; interfaces have none. */
    public static ContainerShape shapeOf(String rawName) {
        return ContainerShape.ofClass(rawName);
    }

    /** Guava's static factories ({@code Lists.newArrayList()}): the shape they create. */
    public static ContainerShape guavaFactoryShape(String scope, String method) {
        return switch (scope + "." + method) {
            case "Lists.newArrayList", "Lists.newArrayListWithCapacity", "Lists.newArrayListWithExpectedSize" ->
                    ContainerShape.ARRAY_LIST;
            case "Lists.newLinkedList" -> ContainerShape.LINKED_LIST;
            case "Maps.newHashMap", "Maps.newHashMapWithExpectedSize" -> ContainerShape.HASH_MAP;
            case "Maps.newLinkedHashMap" -> ContainerShape.LINKED_HASH_MAP;
            case "Maps.newTreeMap" -> ContainerShape.TREE_MAP;
            case "Maps.newConcurrentMap" -> ContainerShape.CONCURRENT_HASH_MAP;
            case "Sets.newHashSet", "Sets.newHashSetWithExpectedSize" -> ContainerShape.HASH_SET;
            case "Sets.newLinkedHashSet" -> ContainerShape.LINKED_HASH_SET;
            case "Sets.newTreeSet" -> ContainerShape.TREE_SET;
            default -> null;
        };
    }

    /** Return types of a few static calls the rules need to recognise receivers by. */
    public static String staticCallType(String scope, String method) {
        return switch (scope + "." + method) {
            case "Runtime.getRuntime", "java.lang.Runtime.getRuntime" -> "Runtime";
            case "ManagementFactory.getMemoryMXBean", "java.lang.management.ManagementFactory.getMemoryMXBean" ->
                    "MemoryMXBean";
            case "String.valueOf", "String.format", "String.join", "Integer.toString", "Long.toString",
                 "Integer.toHexString", "Long.toHexString", "Double.toString", "String.copyValueOf" -> "String";
            case "Integer.valueOf" -> "Integer";
            case "Long.valueOf" -> "Long";
            case "Integer.parseInt", "Math.abs", "Math.max", "Math.min", "Math.toIntExact", "Integer.sum" -> "int";
            case "Long.parseLong", "System.nanoTime", "System.currentTimeMillis" -> "long";
            default -> "";
        };
    }
}
