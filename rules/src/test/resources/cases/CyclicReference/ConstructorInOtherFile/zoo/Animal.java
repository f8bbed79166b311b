package zoo;

public final class Animal {
    private final Keeper keeper;

    public Animal(Keeper keeper) {
        this.keeper = keeper;
    }
}
