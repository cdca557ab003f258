package io.versioner.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentTypeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "dev, dev", "Development, dev", "local, dev", "my-sandbox, dev",
            "test, test", "QA, test", "integration, test", "int-1, test", "SIT, test",
            "staging, staging", "stage, staging", "eu.stg, staging", "UAT, staging", "preprod, staging",
            "pre-prod, staging", "pre_prod, staging", "pre prod, staging",
            "prod, production", "production, production", "live, production", "PRD-eu-west, production",
            "prod-qa, test", "qa_prod, test", "dev.prod, dev",
            "non-prod, other", "nonprod, other", "non-prod-qa, test", "nonprod-live, other",
            "blue, other", "production2, other", "'', other", "---, other"
    })
    void guessesTypeFromNameTokens(String name, String type) {
        assertEquals(type, EnvironmentType.guess(name).wire());
    }
}
