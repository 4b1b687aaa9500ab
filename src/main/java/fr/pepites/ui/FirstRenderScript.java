package fr.pepites.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The first response of a page carries its first render (vaadin.eagerServerLoad) as JSON inside an inline script,
 * users' texts included, written as they are: a text holding {@code </script>} would close the script and the rest
 * would be read as HTML, and run. Every {@code <} of that script is written {@code \u003c} instead, which JSON reads
 * back as the same character: in that script a {@code <} can only stand inside a JSON string, so nothing else
 * changes, and no text can close the script or open a comment.
 */
@Component
class FirstRenderScript implements VaadinServiceInitListener {

    static final String VAADIN_INITIAL_SCRIPT = "script[initial]";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(FirstRenderScript::escape);
    }

    static void escape(IndexHtmlResponse response) {
        for (Element script : response.getDocument().select(VAADIN_INITIAL_SCRIPT)) {
            for (DataNode data : script.dataNodes()) {
                String text = data.getWholeData();
                if (text.indexOf('<') >= 0) {
                    data.setWholeData(text.replace("<", "\\u003c"));
                }
            }
        }
    }
}
