package io.versioner.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventStatusTest {

    @Test
    void wordsMapCaseInsensitivelyAndTrimmed() {
        assertEquals(EventStatus.STARTED, EventStatus.ofDeploymentWord(" IN_PROGRESS ").orElseThrow());
        assertEquals(EventStatus.ABORTED, EventStatus.ofDeploymentWord("Skipped").orElseThrow());
        assertTrue(EventStatus.ofDeploymentWord("building").isEmpty(), "building is a build word only");
        assertEquals(EventStatus.STARTED, EventStatus.ofBuildWord("Building").orElseThrow());
        assertEquals(EventStatus.COMPLETED, EventStatus.ofBuildWord("built").orElseThrow());
        assertTrue(EventStatus.ofDeploymentWord(null).isEmpty());
    }

    @Test
    void onlyCompletedFailedAndAbortedAreTerminal() {
        assertTrue(EventStatus.COMPLETED.terminal());
        assertTrue(EventStatus.FAILED.terminal());
        assertTrue(EventStatus.ABORTED.terminal());
        assertFalse(EventStatus.PENDING.terminal());
        assertFalse(EventStatus.STARTED.terminal());
    }
}
