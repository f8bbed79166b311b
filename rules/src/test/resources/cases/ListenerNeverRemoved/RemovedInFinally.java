// A listener added for the duration of a call and removed in finally is released.
class RemovedInFinally {
    interface ProgressListener {
        void progress(int percent);
    }

    interface Job {
        void addProgressListener(ProgressListener listener);

        void removeProgressListener(ProgressListener listener);

        void run();
    }

    static class ProgressBar implements ProgressListener {
        private int percent;

        void track(Job job) {
            job.addProgressListener(this);
            try {
                job.run();
            } finally {
                job.removeProgressListener(this);
            }
        }

        @Override
        public void progress(int value) {
            percent = value;
        }
    }
}
