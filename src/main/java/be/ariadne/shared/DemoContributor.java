package be.ariadne.shared;

/**
 * A module's part of the demo data, seeded by {@code --demo} after the organisations and users
 * exist. Must be idempotent: seeding twice changes nothing.
 */
public interface DemoContributor {
    /** Lower runs first. */
    int order();

    void seed();
}
