package fr.pepites.learning;

import fr.pepites.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A capsule's quiz, as its author writes it in plain text: each question on a line starting with "?", each answer on
 * the lines below it, "+" for a right one and "-" for a wrong one; a question with several right answers is a
 * multiple choice. A learner's answer is right when it picks exactly the right answers; the score is the share of
 * right answers, in whole percents.
 *
 * <pre>
 * ? Combien de temps dure un PASS IAE ?
 * - 12 mois
 * + 24 mois
 * </pre>
 */
public record Quiz(List<Question> questions) {

    static final int MAX_QUESTIONS = 30;
    static final int MAX_ANSWERS = 8;
    static final int MAX_LINE = 300;

    /** One question, its answers in order, and which of them are right. */
    public record Question(String text, List<String> answers, Set<Integer> right) {

        public boolean multiple() {
            return right.size() > 1;
        }
    }

    /** The quiz of this text, or a French error naming the line or question at fault (field "quiz"). */
    static Quiz parse(String text) {
        List<Question> questions = new ArrayList<>();
        String question = null;
        List<String> answers = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = LearningLedger.oneLine(lines[i]);
            if (line == null) {
                continue;
            }
            if (line.length() > MAX_LINE) {
                throw refused("Ligne " + (i + 1) + " : " + MAX_LINE + " caractères au plus.");
            }
            char mark = line.charAt(0);
            String rest = line.substring(1).strip();
            if (mark == '?') {
                if (question != null) {
                    questions.add(question(questions.size() + 1, question, answers, right));
                }
                question = rest;
                answers = new ArrayList<>();
                right = new ArrayList<>();
            } else if ((mark == '+' || mark == '-') && question != null) {
                if (mark == '+') {
                    right.add(answers.size());
                }
                answers.add(rest);
            } else {
                throw refused("Ligne " + (i + 1) + " : commencez une question par « ? », une bonne réponse par « + » "
                        + "et une mauvaise par « - », sous sa question.");
            }
        }
        if (question != null) {
            questions.add(question(questions.size() + 1, question, answers, right));
        }
        if (questions.isEmpty()) {
            throw refused("Écrivez au moins une question (« ? … ») et ses réponses (« + … » et « - … »).");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw refused("Un quiz a au plus " + MAX_QUESTIONS + " questions.");
        }
        return new Quiz(List.copyOf(questions));
    }

    private static Question question(int number, String text, List<String> answers, List<Integer> right) {
        if (text.isEmpty() || answers.stream().anyMatch(String::isEmpty)) {
            throw refused("Question " + number + " : une question ou une réponse est vide.");
        }
        if (answers.size() < 2 || answers.size() > MAX_ANSWERS) {
            throw refused("Question " + number + " : de 2 à " + MAX_ANSWERS + " réponses.");
        }
        if (right.isEmpty()) {
            throw refused("Question " + number + " : indiquez au moins une bonne réponse (« + … »).");
        }
        return new Question(text, List.copyOf(answers), Set.copyOf(right));
    }

    private static InvalidInputException refused(String message) {
        return InvalidInputException.of("quiz", message);
    }

    /** The score of these answers (for each question, the indexes picked), in whole percents. */
    int score(List<Set<Integer>> picked) {
        long right = IntStream.range(0, questions.size())
                .filter(i -> i < picked.size() && questions.get(i).right().equals(picked.get(i))).count();
        return (int) (right * 100 / questions.size());
    }

    /** A question as a learner is shown it: its answers, whether several may be right, not which. */
    public record Asked(String text, List<String> answers, boolean multiple) {
    }

    public List<Asked> asked() {
        return questions.stream().map(q -> new Asked(q.text(), q.answers(), q.multiple())).toList();
    }
}
