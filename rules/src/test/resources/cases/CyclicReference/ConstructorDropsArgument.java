// The constructor only reads its argument: no reference is kept, so there is no cycle.
class ConstructorDropsArgument {
    static final class Owner {
        Pet pet;
        String name = "x";
    }

    static final class Pet {
        private final String ownerName;

        Pet(Owner owner) {
            this.ownerName = owner.name;
        }
    }

    Owner adopt() {
        Owner o = new Owner();
        Pet p = new Pet(o);
        o.pet = p;
        return o;
    }
}
