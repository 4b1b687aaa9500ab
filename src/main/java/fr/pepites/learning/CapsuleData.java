package fr.pepites.learning;

import java.util.List;

/** A capsule as its form edits it; {@code quiz} in the plain text of {@link Quiz}. */
public record CapsuleData(String title, String summary, String body, String videoLink, Integer minutes,
        Integer passMark, String quiz, List<String> themes, boolean published) {
}
