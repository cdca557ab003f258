package io.versioner.environment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of an environment; also the order environments are shown in. */
@Schema(name = "EnvironmentType", enumeration = { "dev", "test", "staging", "production", "other" })
public enum EnvironmentType {
    DEV("dev", "development", "local", "sandbox"),
    TEST("test", "qa", "integration", "int", "sit"),
    STAGING("staging", "stage", "stg", "uat", "preprod"),
    PRODUCTION("prod", "production", "live", "prd"),
    OTHER;

    private final Set<String> tokens;

    EnvironmentType(String... tokens) {
        this.tokens = Set.of(tokens);
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EnvironmentType fromWire(String s) {
        for (EnvironmentType t : values()) {
            if (t.wire().equals(s)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Guesses the type from a name's tokens (split at - _ . and space, case-insensitive). The earliest type
     * in declaration order wins when tokens disagree ("prod-qa" is test); "pre" + "prod" reads as preprod;
     * a name with "non" or "nonprod" is never production.
     */
    public static EnvironmentType guess(String name) {
        String[] raw = name.toLowerCase(Locale.ROOT).split("[-_. ]+");
        java.util.List<String> tokens = new java.util.ArrayList<>();
        boolean nonProd = false;
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i];
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("pre") && i + 1 < raw.length && raw[i + 1].equals("prod")) {
                tokens.add("preprod");
                i++;
                continue;
            }
            if (t.equals("non") || t.equals("nonprod")) {
                nonProd = true;
            }
            tokens.add(t);
        }
        for (EnvironmentType type : values()) {
            if (type == PRODUCTION && nonProd) {
                continue;
            }
            for (String t : tokens) {
                if (type.tokens.contains(t)) {
                    return type;
                }
            }
        }
        return OTHER;
    }
}
