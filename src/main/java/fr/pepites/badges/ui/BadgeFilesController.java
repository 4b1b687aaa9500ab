package fr.pepites.badges.ui;

import fr.pepites.badges.BadgeService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public files of the badges, open without login at stable URLs that credentials name: a credential's JSON and
 * its baked PNG and SVG images, each key's signed revocation list, an achievement's description and image. Unknown
 * ids are 404s. Images are served with a content security policy that runs nothing.
 */
@RestController
@RequestMapping("/public/badges")
class BadgeFilesController {

    private static final String NOTHING_RUNS = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final BadgeService badges;

    BadgeFilesController(BadgeService badges) {
        this.badges = badges;
    }

    @GetMapping("/{publicId}.json")
    ResponseEntity<String> credential(@PathVariable String publicId) {
        return badges.credentialJson(publicId).map(json -> ResponseEntity.ok().contentType(JSON_LD)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"badge-" + publicId + ".json\"")
                .body(json)).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/{publicId}.png")
    ResponseEntity<byte[]> bakedPng(@PathVariable String publicId) {
        return badges.bakedImage(publicId, false).map(png -> image(png, MediaType.IMAGE_PNG, publicId + ".png"))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/{publicId}.svg")
    ResponseEntity<byte[]> bakedSvg(@PathVariable String publicId) {
        return badges.bakedImage(publicId, true)
                .map(svg -> image(svg, MediaType.parseMediaType("image/svg+xml"), publicId + ".svg"))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/statuts/{keyId}")
    ResponseEntity<String> statusList(@PathVariable long keyId) {
        return badges.statusList(keyId).map(list -> ResponseEntity.ok().contentType(JSON_LD)
                .cacheControl(CacheControl.noCache()).body(list)).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/realisations/{id}")
    ResponseEntity<String> achievement(@PathVariable long id) {
        return badges.achievementJson(id).map(json -> ResponseEntity.ok().contentType(JSON_LD).body(json))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/realisations/{id}/image")
    ResponseEntity<byte[]> achievementImage(@PathVariable long id) {
        return badges.achievementImage(id).map(i -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(i.contentType()))
                .header("Content-Security-Policy", NOTHING_RUNS).header("X-Content-Type-Options", "nosniff")
                .body(i.bytes())).orElse(ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> image(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"badge-" + fileName + "\"")
                .header("Content-Security-Policy", NOTHING_RUNS).header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
