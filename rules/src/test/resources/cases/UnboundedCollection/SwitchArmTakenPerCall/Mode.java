// How a report is rendered.
enum Mode {
    TEXT, CACHED
}
