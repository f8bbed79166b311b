package zoo;

// The constructor that keeps its argument is in another file: the project model knows it.
final class Zoo {
    static Keeper current;

    static void open() {
        Keeper k = new Keeper();
        Animal lion = new Animal(k);
        // expect: CyclicReference warning
        k.favourite = lion;
        current = k;
    }
}
