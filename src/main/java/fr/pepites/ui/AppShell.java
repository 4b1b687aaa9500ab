package fr.pepites.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The page shell: server push, so that a running solve shows its progress without a reload. What the browser sends
 * goes by HTTP (only the server's news comes by the web socket), so that every user action passes the security
 * filters: the account's current state is checked at each ({@code security.CurrentAccountFilter}).
 * <p>
 * Every page, public ones included, also gets: the favicon; the page's language, read by screen readers; the
 * shell's style sheet (menu labels that wrap, the phone layout), inlined so that it needs no front-end build and
 * no address of its own; and the connection indicator's texts in the user's language (Vaadin's are English, and
 * the client reads them from {@code window.Vaadin.connectionIndicator}, which it creates when it starts), the
 * indicator being a status that screen readers announce.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {

    static final String FAVICON = "icons/favicon.svg";
    private static final String STYLES = read("pepites.css");

    @Override
    public void configurePage(AppShellSettings settings) {
        Locale locale = settings.getUi().map(UI::getLocale).orElse(PepitesI18NProvider.FRENCH);
        PepitesI18NProvider i18n = new PepitesI18NProvider();
        String language = i18n.getTranslation("app.language", locale);
        settings.addFavIcon("icon", FAVICON, "any");
        settings.addInlineWithContents(Inline.Position.PREPEND,
                "document.documentElement.lang=" + jsString(language) + ";", Inline.Wrapping.JAVASCRIPT);
        settings.addInlineWithContents(STYLES, Inline.Wrapping.STYLESHEET);
        settings.addInlineWithContents(connectionTexts(i18n.getTranslation("connection.online", locale),
                i18n.getTranslation("connection.offline", locale),
                i18n.getTranslation("connection.reconnecting", locale)), Inline.Wrapping.JAVASCRIPT);
    }

    /** Sets the texts once the client has created the indicator (a property set earlier would be overwritten). */
    private static String connectionTexts(String online, String offline, String reconnecting) {
        return "(function(){var texts={onlineText:" + jsString(online) + ",offlineText:" + jsString(offline)
                + ",reconnectingText:" + jsString(reconnecting) + "};"
                + "function apply(tries){var i=window.Vaadin&&window.Vaadin.connectionIndicator;"
                + "if(i){Object.assign(i,texts);i.setAttribute('role','status');}else if(tries>0){setTimeout(function(){apply(tries-1);},50);}}"
                + "apply(600);})();";
    }

    /** A JavaScript string literal of a text from the messages (quotes, backslashes and {@code <} escaped). */
    static String jsString(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c < 0x20) {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    private static String read(String resource) {
        try (InputStream in = AppShell.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
