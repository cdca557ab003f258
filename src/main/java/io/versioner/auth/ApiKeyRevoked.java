package io.versioner.auth;

import java.util.UUID;

/** Fired inside the transaction that revokes a key, so that whatever acts for the key (sessions) ends with it. */
public record ApiKeyRevoked(UUID keyId) {
}
