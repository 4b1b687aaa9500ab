package fr.pepites.directory.ui;

import fr.pepites.ui.Grids;
import fr.pepites.ui.Card;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.UserAccount;
import fr.pepites.directory.UserData;
import fr.pepites.directory.UserFilter;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.DataForm;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.SearchField;
import fr.pepites.ui.StatusBadge;
import jakarta.annotation.security.RolesAllowed;

/** The user accounts: coordinators browse them, administrators create, edit and deactivate them. */
@Route("comptes")
@PageTitle("Comptes · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class UsersView extends HorizontalLayout {

    private final DirectoryService directory;
    private final boolean admin;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final SearchField search = new SearchField("", this::refresh);
    private final Select<Role> role = new Select<>();
    private final Checkbox includeInactive = new Checkbox();
    private final DataForm<UserData> form = new DataForm<>(UserData.class);
    private final EmptyState empty;
    private PasswordField initialPassword;
    private Button toggleButton;
    private UserAccount editing;

    UsersView(DirectoryService directory, CurrentUserProvider currentUser) {
        this.directory = directory;
        this.admin = currentUser.require().is(Role.ADMIN);
        setSizeFull();

        search.setId("user-search");
        search.setPlaceholder(getTranslation("users.search"));
        role.setEmptySelectionAllowed(true);
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("users.role.all") : getTranslation("role." + r.name()));
        role.addValueChangeListener(e -> refresh());
        includeInactive.setLabel(getTranslation("users.includeInactive"));
        includeInactive.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, role, includeInactive);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (admin) {
            Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            create.setId("new-user");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.setId("user-grid");
        grid.addColumn(UserAccount::getFullName).setHeader(getTranslation("users.fullName"))
                .setSortProperty("fullName");
        grid.addColumn(UserAccount::getEmail).setHeader(getTranslation("users.email")).setSortProperty("email");
        grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setHeader(getTranslation("users.role"))
                .setSortProperty("role");
        grid.addColumn(u -> u.getOrganisation().getName()).setHeader(getTranslation("users.organisation"))
                .setSortProperty("organisation.name");
        grid.addComponentColumn(row -> new StatusBadge(row.isActive(), true)).setHeader(getTranslation("common.status"));
        Grids.cardsOnPhone(grid, getTranslation("users.title"), u -> new Card(u.getFullName())
                .line(u.getEmail())
                .line(getTranslation("role." + u.getRole().name()) + " · " + u.getOrganisation().getName())
                .with(new StatusBadge(u.isActive(), true)));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        buildForm();
        empty = new EmptyState(VaadinIcon.USER_CARD, getTranslation("users.empty.title"),
                getTranslation("users.empty.text"));
        VerticalLayout content = new VerticalLayout(new H2(getTranslation("users.title")), toolbar, grid, empty);
        content.setSizeFull();
        add(content, form);
        refresh();
    }

    private void buildForm() {
        form.bind("email", new TextField(getTranslation("users.email")), UserData::getEmail, UserData::setEmail)
                .setId("user-email");
        form.bind("fullName", new TextField(getTranslation("users.fullName")), UserData::getFullName,
                UserData::setFullName).setId("user-full-name");
        Select<Role> roleField = new Select<>();
        roleField.setLabel(getTranslation("users.role"));
        roleField.setItems(Role.values());
        roleField.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        form.bind("role", roleField, UserData::getRole, UserData::setRole);
        OrganisationPicker organisation = new OrganisationPicker(getTranslation("users.organisation"), directory);
        form.bind("organisationId", organisation,
                d -> d.getOrganisationId() == null ? null
                        : directory.findOrganisation(d.getOrganisationId()).orElse(null),
                (d, o) -> d.setOrganisationId(o == null ? null : o.getId()));
        initialPassword = form.bind("initialPassword", new PasswordField(getTranslation("users.initialPassword")),
                UserData::getInitialPassword, UserData::setInitialPassword);
        initialPassword.setId("user-password");
        form.onSave(data -> {
            if (editing == null) {
                directory.createUser(data);
            } else {
                directory.updateUser(editing.getId(), data);
            }
        }, data -> getTranslation(editing == null ? "users.created"
                : data.getInitialPassword() == null || data.getInitialPassword().isBlank() ? "users.saved"
                : "users.saved.password", data.getFullName()),
                this::refresh);
        form.onClose(grid::deselectAll);
        if (admin) {
            toggleButton = new Button(getTranslation("users.deactivate"), e -> confirmToggleActive());
            toggleButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            form.add(toggleButton);
        }
        form.setReadOnly(!admin);
    }

    private void edit(UserAccount account) {
        editing = account;
        form.edit(account == null ? getTranslation("users.new") : account.getFullName(),
                account == null ? new UserData() : account.toData());
        // Creating: the account's first password. Editing (administrators): a new one, for an owner who lost theirs.
        initialPassword.setVisible(account == null || admin);
        initialPassword.setLabel(getTranslation(account == null ? "users.initialPassword" : "users.newPassword"));
        initialPassword.setHelperText(getTranslation(account == null ? "users.initialPassword.help"
                : "users.newPassword.help"));
        if (toggleButton != null) {
            toggleButton.setVisible(account != null);
            toggleButton.setText(getTranslation(account != null && !account.isActive()
                    ? "users.reactivate" : "users.deactivate"));
        }
    }

    private void confirmToggleActive() {
        boolean activate = !editing.isActive();
        String action = getTranslation(activate ? "users.reactivate" : "users.deactivate");
        Confirm.ask(action, getTranslation(activate ? "users.reactivate.confirm" : "users.deactivate.confirm",
                editing.getFullName()), action, !activate,
                () -> directory.setUserActive(editing.getId(), activate),
                getTranslation(activate ? "users.reactivated" : "users.deactivated", editing.getFullName()), () -> {
                    form.close();
                    refresh();
                });
    }

    private void refresh() {
        UserFilter filter = new UserFilter(search.getValue(), role.getValue(), null, includeInactive.getValue());
        grid.setItems(query -> directory.searchUsers(filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) directory.countUsers(filter));
        boolean none = directory.countUsers(filter) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

}
