package fr.pepites.workbench;

import java.util.List;

/** What became of an acceptance: how many proposals went on, and why the others did not. */
public record Acceptance(int sent, List<String> refused) {
}
