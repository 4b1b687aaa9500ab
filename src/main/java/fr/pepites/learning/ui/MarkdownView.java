package fr.pepites.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.pepites.common.WebLink;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A capsule's Markdown, parsed by commonmark-java and shown as Vaadin components built from its tree: every text goes
 * through a text setter (escaped), so no HTML the author typed ever reaches the page; raw HTML is shown as the text it
 * is; links and images only to web addresses (https://…), links opening in a new tab without access to this page.
 */
class MarkdownView extends Div {

    private static final Parser PARSER = Parser.builder().build();
    /** Lists and quotes nested deeper are shown as their text: a page's tree of thousands of levels would not render. */
    private static final int MAX_DEPTH = 12;

    MarkdownView(String markdown) {
        addClassName("capsule-text");
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            add(block(block, 0));
        }
    }

    private Component block(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return new Paragraph(textOf(node));
        }
        if (node instanceof Heading heading) {
            HasComponents title = heading.getLevel() <= 1 ? new H3() : heading.getLevel() == 2 ? new H4() : new H5();
            inlines(node, title);
            return (Component) title;
        }
        if (node instanceof BulletList || node instanceof org.commonmark.node.OrderedList) {
            HasComponents list = node instanceof BulletList ? new UnorderedList() : new OrderedList();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                ListItem li = new ListItem();
                for (Node inner = item.getFirstChild(); inner != null; inner = inner.getNext()) {
                    if (inner instanceof org.commonmark.node.Paragraph) {
                        inlines(inner, li);
                    } else {
                        li.add(block(inner, depth + 1));
                    }
                }
                list.add(li);
            }
            return (Component) list;
        }
        if (node instanceof BlockQuote) {
            Div quote = new Div();
            quote.getStyle().set("border-left", "4px solid var(--lumo-contrast-30pct)").set("padding-left",
                    "var(--lumo-space-m)");
            for (Node inner = node.getFirstChild(); inner != null; inner = inner.getNext()) {
                quote.add(block(inner, depth + 1));
            }
            return quote;
        }
        if (node instanceof FencedCodeBlock code) {
            return new Pre(code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return new Pre(code.getLiteral());
        }
        if (node instanceof HtmlBlock html) {
            return new Pre(html.getLiteral());
        }
        if (node instanceof ThematicBreak) {
            return new Hr();
        }
        Paragraph paragraph = new Paragraph();
        inlines(node, paragraph);
        return paragraph;
    }

    private void inlines(Node parent, HasComponents into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            into.add(inline(node));
        }
    }

    private Component inline(Node node) {
        if (node instanceof Text text) {
            return new Span(text.getLiteral());
        }
        if (node instanceof SoftLineBreak) {
            return new Span(" ");
        }
        if (node instanceof HardLineBreak) {
            return new com.vaadin.flow.component.html.Div();
        }
        if (node instanceof Code code) {
            Span span = new Span(code.getLiteral());
            span.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            return span;
        }
        if (node instanceof HtmlInline html) {
            return new Span(html.getLiteral());
        }
        if (node instanceof org.commonmark.node.Emphasis) {
            Emphasis emphasis = new Emphasis();
            inlines(node, emphasis);
            return emphasis;
        }
        if (node instanceof StrongEmphasis) {
            Span strong = new Span();
            strong.getStyle().set("font-weight", "bold");
            inlines(node, strong);
            return strong;
        }
        if (node instanceof Link link && WebLink.isValid(link.getDestination())) {
            Anchor anchor = new Anchor(link.getDestination());
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            inlines(node, anchor);
            return anchor;
        }
        if (node instanceof org.commonmark.node.Image image && WebLink.isValid(image.getDestination())
                && image.getDestination().startsWith("https://")) {
            Image picture = new Image(image.getDestination(), altText(image));
            picture.setMaxWidth("100%");
            return picture;
        }
        // A link or an image to anything but a web address: its words only.
        Span words = new Span();
        inlines(node, words);
        return words;
    }

    /** Every text under a node, one after the other. */
    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        if (node instanceof Text t) {
            text.append(t.getLiteral()).append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(textOf(child));
        }
        return text.toString();
    }

    private static String altText(Node image) {
        StringBuilder alt = new StringBuilder();
        for (Node node = image.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                alt.append(text.getLiteral());
            }
        }
        return alt.toString();
    }
}
