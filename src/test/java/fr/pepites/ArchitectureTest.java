package fr.pepites;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Features talk to each other only through their service; views never touch repositories. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.pepites");

    private static final ArchCondition<JavaClass> USED_ONLY_BY_ITS_OWN_FEATURE =
            new ArchCondition<>("be used only by classes of their own feature") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    type.getDirectDependenciesToSelf().stream()
                            .filter(d -> !feature(d.getOriginClass()).equals(feature(type)))
                            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                }
            };

    @Test
    void aRepositoryIsUsedOnlyInsideItsOwnFeature() {
        classes().that().areAssignableTo(Repository.class)
                .should(USED_ONLY_BY_ITS_OWN_FEATURE)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .because("other features must go through the feature's service")
                .check(CLASSES);
    }

    @Test
    void viewsNeverCallRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void viewsNeverTalkToTheProcessEngineDirectly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..")
                .check(CLASSES);
    }

    @Test
    void aFeaturesProcessGlueIsItsOwn() {
        classes().that().resideInAPackage("fr.pepites.(*).process..")
                .should(USED_ONLY_BY_ITS_OWN_FEATURE)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theShellKnowsNoFeature() {
        // Features add their menu entries, home cards and task forms through the shell's registries; the shell may know
        // who is logged in (security) and the shared helpers (common), nothing of any feature.
        classes().that().resideInAPackage("fr.pepites.ui")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("fr.pepites..")
                        .or(resideInAnyPackage("fr.pepites.ui", "fr.pepites.common", "fr.pepites.security")))
                .check(CLASSES);
    }

    @Test
    void noViewWritesMarkupSoEveryFreeTextIsShownAsText() {
        // Whatever a user typed (names, notes, reasons, a badge's criteria) reaches the page through Vaadin's text
        // setters and text renderers, which escape it: nothing of the application writes HTML or binds a template
        // with data (StoredScriptBrowserTest shows one such field end to end).
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.data.renderer.LitRenderer")
                .orShould().callMethod(com.vaadin.flow.dom.Element.class, "setProperty", String.class, String.class)
                .check(CLASSES);
    }

    @Test
    void onlyTwoClassesRunJavaScriptAndNeitherWritesDataIntoIt() {
        // FieldErrors focuses a field (a constant script); LoginView fills in the e-mail of a refused login, handed
        // to its constant script as a parameter (sent as JSON, never part of the script's text). No other class runs
        // JavaScript. (Both methods take Serializable...: a rule on Object... would match nothing.)
        noClasses().that().doNotHaveFullyQualifiedName("fr.pepites.ui.FieldErrors")
                .and().doNotHaveFullyQualifiedName("fr.pepites.security.ui.LoginView")
                .should().callMethod(com.vaadin.flow.dom.Element.class, "executeJs", String.class,
                        java.io.Serializable[].class)
                .orShould().callMethod(com.vaadin.flow.component.page.Page.class, "executeJs", String.class,
                        java.io.Serializable[].class)
                .check(CLASSES);
    }

    @Test
    void everyDateFieldSpeaksTheUsersLanguage() {
        // Vaadin's calendar speaks English whatever the locale: DateFields gives it the user's words.
        noClasses().that().doNotHaveFullyQualifiedName("fr.pepites.ui.DateFields")
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(com.vaadin.flow.component.datepicker.DatePicker.class)
                                .or(JavaClass.Predicates.assignableTo(
                                        com.vaadin.flow.component.datetimepicker.DateTimePicker.class)))))
                .check(CLASSES);
    }

    /** The feature of a class: the package right below fr.pepites. */
    private static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
