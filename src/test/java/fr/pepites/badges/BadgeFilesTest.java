package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.credential.BakedImages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The badges' public files over HTTP, without login: a credential's JSON and baked images, its key's status list, the
 * achievement and its image (served so that nothing in it runs); an unknown id is a 404, and no other page is opened.
 */
@PepitesSpringTest
class BadgeFilesTest {

    @LocalServerPort
    int port;
    @Autowired
    BadgeService badges;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TransactionTemplate inTransaction;

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCredentialsFilesAreOpenToAnyoneAndUnknownOnesAreNotFound() throws Exception {
        users.login(TestUsers.COORDINATOR);
        String id = inTransaction.execute(status -> {
            long achievement = fixtures.achievement("Fichiers publics", BadgeKind.EVENT, false, null);
            return badges.award(new AwardRequest(achievement,
                    List.of(fixtures.person("Files", "files@example.fr").getId()), List.of(), null, null)).get(0);
        });
        users.logout();

        HttpResponse<byte[]> json = get("/public/badges/" + id + ".json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/ld+json"));
        String credential = new String(json.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(credential).contains("\"OpenBadgeCredential\"");
        HttpResponse<byte[]> png = get("/public/badges/" + id + ".png");
        assertThat(BakedImages.extract(png.body())).contains(credential);
        assertThat(png.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:");
        String listUrl = credential.replaceAll(".*\"statusListCredential\":\"([^\"]+)\".*", "$1");
        HttpResponse<byte[]> list = get(URI.create(listUrl).getPath());
        assertThat(new String(list.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"BitstringStatusListCredential\"", "\"proof\"");
        String achievementUrl = credential.replaceAll(".*\"achievement\":\\{\"id\":\"([^\"]+)\".*", "$1");
        assertThat(get(URI.create(achievementUrl).getPath()).statusCode()).isEqualTo(200);
        assertThat(get(URI.create(achievementUrl).getPath() + "/image").statusCode()).isEqualTo(200);

        assertThat(get("/public/badges/00000000-0000-0000-0000-000000000000.json").statusCode()).isEqualTo(404);
        assertThat(get("/public/badges/statuts/999999").statusCode()).isEqualTo(404);
        assertThat(get("/badges/delivres").statusCode()).as("not public").isNotEqualTo(200);
        HttpResponse<byte[]> unknownPage = get("/badge/00000000-0000-0000-0000-000000000000");
        assertThat(unknownPage.statusCode()).isEqualTo(404);
        assertThat(new String(unknownPage.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Page introuvable");
        assertThat(get("/badge/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void theVerifiersUploadTakesUpToTwoMegabytesAndTheServerRefusesMoreWhateverTheBrowserChecked() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/badges/verifier"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String upload = "http://localhost:" + port + "/"
                + page.replaceAll("(?s).*\"uri\":\"(VAADIN/dynamic/resource/[^\"]+/upload)\".*", "$1");

        assertThat(postFile(browser, upload, 1536 * 1024, true)).as("1.5 MB, multipart").isEqualTo(200);
        assertThat(postFile(browser, upload, 2560 * 1024, true)).as("2.5 MB, multipart").isEqualTo(413);
        assertThat(postFile(browser, upload, 2560 * 1024, false)).as("2.5 MB, raw").isEqualTo(413);
        assertThat(postFile(browser, upload, 8 * 1024 * 1024, false)).as("8 MB, raw").isEqualTo(413);
    }

    /** Posts a file of this size to an upload's address as a browser would, bypassing its size check. */
    private static int postFile(HttpClient browser, String upload, int size, boolean multipart) throws Exception {
        byte[] file = new byte[size];
        java.util.Arrays.fill(file, (byte) ' ');
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upload));
        if (multipart) {
            String boundary = "----badge";
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.json\""
                    + "\r\nContent-Type: application/json\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(head);
            body.write(file);
            body.write(tail);
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        } else {
            request.header("Content-Type", "application/json").header("X-Filename", "b.json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
