package fr.pepites.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The page shell: server push, so that a running solve shows its progress without a reload. What the browser sends
 * goes by HTTP (only the server's news comes by the web socket), so that every user action passes the security
 * filters: the account's current state is checked at each ({@code security.CurrentAccountFilter}).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {
}
