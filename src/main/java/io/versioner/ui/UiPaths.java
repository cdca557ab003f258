package io.versioner.ui;

/** Where the dashboard lives and what its cookie is called. */
final class UiPaths {
    static final String PREFIX = "/ui";
    static final String COOKIE = "versioner_session";

    private UiPaths() {
    }

    /** The dashboard's base URL path ("/ui/", or under quarkus.http.root-path), for links in pages. */
    static String base(String rootPath) {
        String root = rootPath == null || rootPath.isEmpty() ? "/" : rootPath;
        return (root.endsWith("/") ? root : root + "/") + PREFIX.substring(1) + "/";
    }

    /** A sign-in "next" target is only ever one of our own pages: never another site (open redirect). */
    static boolean isLocalPage(String target, String base) {
        if (target == null || !target.startsWith(base) || target.startsWith("//") || target.contains("\\")
                || target.length() > 2000) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (java.net.URISyntaxException e) {
            return false; // spaces, line breaks and the like: not a link one of our pages made
        }
    }
}
