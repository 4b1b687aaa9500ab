package fr.pepites.badges.credential;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;

/** A credential's content as the application writes one, and hostile JSON-LD, for the tests of the badges. */
public final class CredentialFixtures {

    static final String LIST_URL = "https://pepites.example.fr/badges/statuts/1";

    private CredentialFixtures() {
    }

    public static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static OpenBadgeCredential.Content content(String did, int index, Instant validUntil) {
        return new OpenBadgeCredential.Content("urn:uuid:5b1f0c2e-0000-4000-8000-00000000000" + index,
                "Tri et valorisation des textiles",
                new OpenBadgeCredential.Issuer(did, "Essaimons", "https://pepites.example.fr/badges/emetteurs/3",
                        "contact@essaimons.example.fr"),
                Instant.parse("2026-11-02T09:00:00Z"), validUntil,
                new OpenBadgeCredential.Achievement("https://pepites.example.fr/badges/realisations/7",
                        "Tri et valorisation des textiles", "Trier les textiles collectés selon leur réemploi.",
                        "Avoir trié en autonomie pendant quatre semaines, évalué par l'encadrant technique.",
                        "Competency", "https://pepites.example.fr/badges/realisations/7/image",
                        List.of(new OpenBadgeCredential.Alignment("Tri et valorisation des déchets",
                                "https://candidat.francetravail.fr/metierscope/fiche-metier/K2304", "K2304",
                                "ROME"))),
                new OpenBadgeCredential.Recipient("Inès Moreau", "ines.moreau@example.fr", "d2f1a0c9"),
                new OpenBadgeCredential.Evidence("Évaluation de fin de parcours", "https://pepites.example.fr/p/1"),
                new OpenBadgeCredential.Status(LIST_URL, index));
    }

    /**
     * A JSON-LD graph of {@code n} blank nodes, each linked to every other: the work of their canonical hashing
     * grows as n factorial (8 nodes, 37 s of a core before it was bounded).
     */
    public static JsonObject allLinked(int n) {
        JsonArrayBuilder graph = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            JsonArrayBuilder links = Json.createArrayBuilder();
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    links.add(Json.createObjectBuilder().add("@id", "_:b" + j));
                }
            }
            graph.add(Json.createObjectBuilder().add("@id", "_:b" + i).add("https://schema.org/knows", links));
        }
        return Json.createObjectBuilder().add("@context", BundledContexts.VC_V2).add("@graph", graph).build();
    }
}
