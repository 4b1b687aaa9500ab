package fr.pepites.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.pepites.security.LoginFailures;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The French login page; Spring Security checks the form posted to /login. */
@Route(value = "login", autoLayout = false)
@PageTitle("Connexion · PEPITES")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView() {
        // A page without the application's frame is its own main landmark.
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1("PEPITES");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY);
        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(title, tagline, login, help);
    }

    /**
     * Fills in again the e-mail of the login just refused (kept by LoginFailures, read once) and puts the cursor in
     * the password: the address is set as the field's value, never as markup, once the form has drawn its fields.
     */
    private void keepTypedEmail() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object typed = session.getAttribute(LoginFailures.TYPED_EMAIL);
        session.removeAttribute(LoginFailures.TYPED_EMAIL);
        if (typed instanceof String email) {
            login.getElement().executeJs("""
                    const form = this;
                    let tries = 0;
                    const fill = () => {
                      const username = form.querySelector('#vaadinLoginUsername');
                      const password = form.querySelector('#vaadinLoginPassword');
                      if (!username || !password) {
                        if (++tries < 50) {
                          setTimeout(fill, 100);
                        }
                        return;
                      }
                      if (!username.value) {
                        username.value = $0;
                        password.focus();
                      }
                    };
                    fill();""", email);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // Not a wrong password: the login could not be checked (the database is away), or its page had expired.
        for (String reason : new String[] {"indisponible", "expiree"}) {
            if (parameters.containsKey(reason)) {
                i18n.getErrorMessage().setTitle(getTranslation("login." + reason + ".title"));
                i18n.getErrorMessage().setMessage(getTranslation("login." + reason + ".message"));
                login.setI18n(i18n);
            }
        }
        login.setError(parameters.containsKey("error") || parameters.containsKey("indisponible")
                || parameters.containsKey("expiree"));
        if (parameters.containsKey("error")) {
            keepTypedEmail();
        }
    }
}
