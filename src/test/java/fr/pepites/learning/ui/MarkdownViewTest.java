package fr.pepites.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

/** A capsule's Markdown as components: never HTML, only web links, and a tree of bounded depth. */
class MarkdownViewTest {

    @Test
    void rawHtmlIsShownAsTextAndLinksOtherThanWebAddressesAsTheirWords() {
        MarkdownView view = new MarkdownView("# Titre\n\n<script>alert(1)</script>\n\n[clic](javascript:alert(1)) et "
                + "[site](https://exemple.fr) ![img](http://pisteur.exemple/x.png)");
        String html = view.getElement().getOuterHTML();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("javascript:").contains("href=\"https://exemple.fr\"").doesNotContain("<img");
    }

    @Test
    void quotesNestedThousandsDeepAreShownAsTextBeyondTwelveLevels() {
        MarkdownView view = new MarkdownView(">".repeat(2000) + " au fond");
        assertThat(depth(view.getElement())).isLessThan(20);
        assertThat(view.getElement().getOuterHTML()).contains("au fond");
    }

    private static int depth(Element element) {
        return 1 + element.getChildren().mapToInt(MarkdownViewTest::depth).max().orElse(0);
    }
}
