package io.versioner.version;

/** Where a version was built from; any field may be null. */
public record ScmInfo(String sha, String branch, String repository, String buildUrl, String buildNumber) {
    public static final ScmInfo NONE = new ScmInfo(null, null, null, null, null);
}
