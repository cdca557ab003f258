package io.versioner.common;

import java.util.List;

/**
 * A refusal the API answers with a status and a {@code detail}; the one exception mapper turns it into
 * the error body. Services throw these; resources never build error responses themselves.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final transient Object detail;

    public ApiException(int status, Object detail) {
        super(detail instanceof String s ? s : String.valueOf(status), null, false, false);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public Object detail() {
        return detail;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, detail);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, detail);
    }

    /** 422 for one field: {@code loc} is e.g. ("body", "status") or ("query", "limit"). */
    public static ApiException invalid(String where, String field, String msg, String type) {
        return new ApiException(422, List.of(new FieldError(List.of(where, field), msg, type)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(422, errors);
    }
}
