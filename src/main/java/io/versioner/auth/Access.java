package io.versioner.auth;

/** What an endpoint needs; {@link Role} says which roles have it. */
public enum Access {
    /** post build and deployment events */
    INGEST,
    /** read the catalog, deployments and releases */
    READ,
    /** change the catalog and releases */
    WRITE,
    /** manage API keys */
    ADMIN
}
