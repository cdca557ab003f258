package io.versioner.ui;

import io.quarkus.qute.TemplateData;

/**
 * What every page's layout shows: where links start, who is signed in and what they may do, the CSRF token
 * for forms, and which section is current (for aria-current in the navigation).
 */
@TemplateData
public record Frame(String base, String title, String section, String user, String role, boolean editor, String csrf) {
    public boolean signedIn() {
        return user != null;
    }
}
