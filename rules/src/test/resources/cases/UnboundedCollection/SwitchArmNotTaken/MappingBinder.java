// Binds mappings written without the annotation: always joined, so it never makes a batch loader.
class MappingBinder {
    BatchLoaders bind(Class<?> entity, int columns) {
        return new BatchLoaders(FetchMode.JOINED, entity, columns);
    }
}
