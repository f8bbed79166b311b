class SwitchFinallyAndNested {
    void bySwitch(int mode) {
        switch (mode) {
            case 1:
                // expect: ExplicitGcCall
                System.gc();
                break;
            default:
                break;
        }
    }

    void inFinally(Runnable r) {
        try {
            r.run();
        } finally {
            // expect: ExplicitGcCall
            System.gc();
        }
    }

    Runnable anonymous() {
        return new Runnable() {
            @Override
            public void run() {
                // expect: ExplicitGcCall
                Runtime.getRuntime().gc();
            }
        };
    }
}
