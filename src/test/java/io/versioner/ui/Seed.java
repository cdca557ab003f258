package io.versioner.ui;

import static io.versioner.Api.admin;

/** Test data made through the public API, as CI tools would report it. */
final class Seed {
    private Seed() {
    }

    static void deploy(String product, String version, String environment, String status) {
        admin().body("{\"product_name\":\"" + product + "\",\"version\":\"" + version + "\",\"environment_name\":\""
                + environment + "\",\"status\":\"" + status + "\"}")
                .post("/deployment-events/").then().statusCode(200);
    }

    static String productId(String name) {
        return admin().queryParam("name", name).get("/products").then().statusCode(200).extract().path("items[0].id");
    }
}
