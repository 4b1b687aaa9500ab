package fr.pepites.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.DirectoryService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.HomeView;
import fr.pepites.ui.Notifications;
import jakarta.annotation.security.PermitAll;

/** The user's own account: who they are, and a password change. */
@Route("mon-compte")
@PageTitle("Mon compte · PEPITES")
@PermitAll
public class AccountView extends VerticalLayout {

    AccountView(CurrentUserProvider currentUser, DirectoryService directory) {
        CurrentUser user = currentUser.require();
        PasswordField current = new PasswordField(getTranslation("account.current"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("account.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("account.new.help"));
        PasswordField confirmation = new PasswordField(getTranslation("account.confirmation"));
        confirmation.setId("confirm-password");
        FieldErrors errors = new FieldErrors()
                .bind("currentPassword", current)
                .bind("newPassword", next)
                .bind("confirmation", confirmation);

        boolean required = directory.mustChangeOwnPassword();
        Button save = new Button(getTranslation("account.save"), e -> {
            try {
                directory.changeOwnPassword(current.getValue(), next.getValue(), confirmation.getValue());
                errors.clear();
                current.clear();
                next.clear();
                confirmation.clear();
                Notifications.success(getTranslation("account.saved"));
                if (required) {
                    UI.getCurrent().navigate(HomeView.class);
                }
            } catch (InvalidInputException error) {
                errors.show(error);
            }
        });
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(current, next, confirmation);
        form.setMaxWidth("30rem");
        add(new H2(getTranslation("account.title")),
                new Paragraph(user.fullName() + " · " + user.email() + " · " + user.organisationName()));
        if (required) {
            Paragraph notice = new Paragraph(getTranslation("account.changeRequired"));
            notice.setId("password-change-required");
            notice.addClassNames(LumoUtility.TextColor.ERROR);
            add(notice);
        }
        add(errors.summary(), form, save);
    }
}
