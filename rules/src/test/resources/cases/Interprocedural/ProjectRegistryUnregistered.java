import java.util.ArrayList;
import java.util.List;

// Negative: the project's registry takes this in with enlist and lets it go with dismiss.
class ProjectRegistryUnregistered {
    static final class Roster {
        private final List<Object> members = new ArrayList<>();

        void enlist(Object member) {
            members.add(member);
        }

        void dismiss(Object member) {
            members.remove(member);
        }
    }

    private final Roster roster;

    ProjectRegistryUnregistered(Roster roster) {
        this.roster = roster;
    }

    void open() {
        roster.enlist(this);
    }

    void close() {
        roster.dismiss(this);
    }
}
