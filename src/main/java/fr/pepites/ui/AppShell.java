package fr.pepites.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** The page shell: server push, so that a running solve shows its progress without a reload. */
@Push
public class AppShell implements AppShellConfigurator {
}
