package ma.mizan.systems.entity;

/** Where the system is in its life, independent of its registration status. */
public enum Lifecycle {
    IN_DEVELOPMENT, IN_SERVICE, RETIRED
}
