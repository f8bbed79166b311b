class MainMethod {
    public static void main(String[] args) {
        System.gc();
        Runtime.getRuntime().gc();
    }
}
