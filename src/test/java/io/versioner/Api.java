package io.versioner;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Test helpers: authenticated requests and unique names, so tests never share data. */
public final class Api {
    public static final String ADMIN_KEY = "sk_test_admin_key_do_not_use_in_production_000";

    private Api() {
    }

    public static RequestSpecification admin() {
        return as(ADMIN_KEY);
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh key of the given role. */
    public static String keyWithRole(String role) {
        return admin().body("{\"name\":\"" + unique("k") + "\",\"role\":\"" + role + "\"}")
                .post("/api-keys").then().statusCode(201).extract().path("key");
    }
}
