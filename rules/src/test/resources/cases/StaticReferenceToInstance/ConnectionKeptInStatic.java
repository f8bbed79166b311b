import java.sql.Connection;

// Positive: a connection handed to an instance is published through a static; after close it is still reachable.
class ConnectionKeptInStatic {
    static Connection shared;

    void open(Connection connection) {
        // expect: StaticReferenceToInstance
        shared = connection;
    }
}
