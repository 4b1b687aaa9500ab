package fr.pepites.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.pepites.learning.Capsules;
import fr.pepites.learning.Quiz;
import fr.pepites.ui.FieldErrors;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;

/**
 * A capsule taken ("formation/capsule/12"): its text, its video, then its quiz; once answered, the score, whether it
 * passed, and for each question whether it was right and which answers were; one may try again.
 */
@Route("formation/capsule")
@PageTitle("Capsule e-learning · PEPITES")
@PermitAll
public class CapsuleView extends VerticalLayout implements HasUrlParameter<Long> {

    private final Capsules capsules;

    CapsuleView(Capsules capsules) {
        this.capsules = capsules;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        Capsules.ToTake capsule;
        try {
            capsule = capsules.toTake(id);
        } catch (AccessDeniedException e) {
            // A capsule that does not exist, or is not published: the page not found, as for any other address.
            throw new com.vaadin.flow.router.NotFoundException();
        }
        add(new RouterLink(getTranslation("learning.capsule.back"), CapsulesView.class), new H2(capsule.title()),
                new Paragraph(getTranslation("learning.capsule.facts", capsule.minutes(), capsule.passMark())),
                new MarkdownView(capsule.body()));
        if (capsule.videoLink() != null) {
            Anchor video = new Anchor(capsule.videoLink(), getTranslation("learning.capsule.video"));
            video.setTarget(AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer");
            add(video);
        }
        add(quiz(capsule));
    }

    private Component quiz(Capsules.ToTake capsule) {
        VerticalLayout quiz = new VerticalLayout();
        quiz.setPadding(false);
        quiz.setId("capsule-quiz");
        quiz.add(new H3(getTranslation("learning.capsule.quiz")));
        List<HasValue<?, ?>> fields = new ArrayList<>();
        for (int i = 0; i < capsule.questions().size(); i++) {
            Quiz.Asked q = capsule.questions().get(i);
            List<Integer> indexes = IntStream.range(0, q.answers().size()).boxed().toList();
            String label = (i + 1) + ". " + q.text() + (q.multiple() ? " " + getTranslation("learning.capsule.several")
                    : "");
            if (q.multiple()) {
                CheckboxGroup<Integer> box = new CheckboxGroup<>(label, indexes);
                box.setItemLabelGenerator(q.answers()::get);
                box.setId("question-" + i);
                fields.add(box);
                quiz.add(box);
            } else {
                RadioButtonGroup<Integer> radio = new RadioButtonGroup<>(label, indexes);
                radio.setItemLabelGenerator(q.answers()::get);
                radio.setId("question-" + i);
                fields.add(radio);
                quiz.add(radio);
            }
        }
        Div outcome = new Div();
        outcome.setId("capsule-outcome");
        FieldErrors errors = new FieldErrors();
        Button submit = new Button(getTranslation("learning.capsule.submit"));
        submit.setId("capsule-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> errors.run(() -> {
            Capsules.Outcome result = capsules.submit(capsule.id(), fields.stream().map(CapsuleView::picked).toList());
            show(result, capsule, outcome);
        }));
        quiz.add(errors.summary(), submit, outcome);
        return quiz;
    }

    @SuppressWarnings("unchecked")
    private static Set<Integer> picked(HasValue<?, ?> field) {
        Object value = field.getValue();
        if (value == null) {
            return Set.of();
        }
        return value instanceof Set<?> set ? (Set<Integer>) set : Set.of((Integer) value);
    }

    private void show(Capsules.Outcome result, Capsules.ToTake capsule, Div outcome) {
        outcome.removeAll();
        outcome.add(new H3(getTranslation(result.passed() ? "learning.capsule.outcome.passed"
                : "learning.capsule.outcome.failed", result.score(), result.passMark())));
        if (!result.passed()) {
            // The expected answers are shown once passed only: before, they would pass anyone who tried again.
            outcome.add(new Paragraph(getTranslation("learning.capsule.rightCount", result.rightCount(),
                    capsule.questions().size())));
            outcome.add(new Paragraph(getTranslation("learning.capsule.again", result.triesLeftToday())));
            return;
        }
        for (int i = 0; i < capsule.questions().size(); i++) {
            Quiz.Asked q = capsule.questions().get(i);
            String right = result.rightAnswers().get(i).stream().sorted().map(q.answers()::get)
                    .collect(Collectors.joining(" ; "));
            outcome.add(new Paragraph((i + 1) + ". " + getTranslation(result.answeredRight().get(i)
                    ? "learning.capsule.right" : "learning.capsule.wrong", right)));
        }
    }
}
