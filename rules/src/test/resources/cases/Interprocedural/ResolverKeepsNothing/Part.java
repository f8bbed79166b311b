interface Part {
    void resolve(Context context);
}
