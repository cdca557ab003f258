package io.versioner.release;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static io.versioner.release.Fixtures.deploy;
import static io.versioner.release.Fixtures.historyLines;
import static io.versioner.release.Fixtures.map;
import static io.versioner.release.Fixtures.matrix;
import static io.versioner.release.Fixtures.releaseWith;
import static io.versioner.release.Fixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code versioner.releases.auto-progress=false} only people move releases. (A profile restarts the app.) */
@QuarkusTest
@TestProfile(ReleaseAutoProgressOffTest.AutoProgressOff.class)
class ReleaseAutoProgressOffTest {

    public static class AutoProgressOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("versioner.releases.auto-progress", "false");
        }
    }

    @Test
    void deploymentsMoveNoReleaseButTheMatrixAndManualCompletionStillWork() {
        String t = unique("t");
        String id = releaseWith(unique("r"), "a" + t, "1.0.0");
        deploy("a" + t, "1.0.0", "dev-" + t, "success");
        assertEquals("draft", status(id));
        admin().body(map("status", "in_progress")).patch("/releases/" + id).then().statusCode(200);
        deploy("a" + t, "1.0.0", "prod-" + t, "success");
        assertEquals("in_progress", status(id));
        assertTrue(matrix(id, List.of("prod-" + t)).getBoolean("complete_in_production"));
        admin().body(map("status", "completed")).patch("/releases/" + id).then().statusCode(200);
        assertTrue(historyLines(id).stream().noneMatch(l -> l.startsWith("system ")));
    }
}
