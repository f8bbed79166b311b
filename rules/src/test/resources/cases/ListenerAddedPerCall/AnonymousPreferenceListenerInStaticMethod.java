// Positive: a static method adds a new anonymous listener to a static Preferences node on every call.
import java.util.prefs.PreferenceChangeEvent;
import java.util.prefs.PreferenceChangeListener;
import java.util.prefs.Preferences;

class AnonymousPreferenceListenerInStaticMethod {
    private static final Preferences PREFS = Preferences.userRoot().node("app");

    static String read(String key) {
        // expect: ListenerAddedPerCall warning
        PREFS.addPreferenceChangeListener(new PreferenceChangeListener() {
            @Override
            public void preferenceChange(PreferenceChangeEvent e) {
                System.out.println(key + " -> " + e.getNewValue());
            }
        });
        return PREFS.get(key, "");
    }
}
