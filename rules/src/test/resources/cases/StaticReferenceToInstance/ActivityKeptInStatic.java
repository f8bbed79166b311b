// Positive: a helper keeps the activity it was given in a static: the classic Android leak.
class ActivityKeptInStatic {
    static class Activity {
    }

    static class Toasts {
        private static Activity host;

        void attach(Activity activity) {
            // expect: StaticReferenceToInstance
            host = activity;
        }
    }
}
