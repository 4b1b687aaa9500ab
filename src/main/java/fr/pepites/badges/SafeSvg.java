package fr.pepites.badges;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An uploaded SVG badge image made safe to serve (issue 26, finding 8): read by an XML parser that takes no DTD and
 * no external entity, then held to an allow-list of drawing elements and attributes, links only to the image's own
 * elements ({@code #id}); anything else is refused with what it is. A blocklist of texts let through a prefixed
 * {@code <s:script>}, an entity-encoded {@code javascript:}, an {@code <animate>} that sets a link: here the parser
 * has resolved prefixes and entities before anything is looked at. What is stored is the checked document written
 * again, so that no browser reads anything other than what was checked.
 */
final class SafeSvg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    /**
     * Shapes, texts, paints, clips, masks, reusable symbols and the usual filters; nothing that acts or loads. No
     * marker: it is drawn again at every point of a line, so that three nested markers on lines of a few thousand
     * points hold a browser.
     */
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "textPath", "defs", "linearGradient", "radialGradient", "stop",
            "clipPath", "mask", "pattern", "use", "symbol", "title", "desc", "style", "filter",
            "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feFlood", "feComposite", "feMerge",
            "feMergeNode", "feDropShadow");

    /** Geometry, presentation, transforms, identity and the paint servers' settings; no event, no loading. */
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform", "viewBox",
            "preserveAspectRatio", "version", "baseProfile", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx",
            "ry", "fx", "fy", "fr", "width", "height", "d", "points", "pathLength", "dx", "dy", "rotate", "textLength",
            "lengthAdjust", "startOffset", "method", "spacing", "side", "offset", "gradientUnits",
            "gradientTransform", "spreadMethod", "clipPathUnits", "maskUnits", "maskContentUnits", "patternUnits",
            "patternContentUnits", "patternTransform", "refX", "refY", "filterUnits", "primitiveUnits", "in", "in2",
            "result", "stdDeviation", "mode", "type",
            "values", "operator", "k1", "k2", "k3", "k4", "media", "href", "lang", "fill", "fill-opacity",
            "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color", "clip-path",
            "clip-rule", "mask", "filter", "flood-color", "flood-opacity", "lighting-color", "stop-color",
            "stop-opacity", "font-family", "font-size", "font-size-adjust", "font-weight", "font-style",
            "font-variant", "font-stretch", "text-anchor", "dominant-baseline", "alignment-baseline",
            "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "writing-mode", "direction",
            "unicode-bidi", "visibility", "display", "overflow", "paint-order", "vector-effect", "shape-rendering",
            "text-rendering", "image-rendering",
            "color-interpolation", "color-interpolation-filters", "color-rendering", "isolation", "mix-blend-mode");

    /** Deeper than any drawing nests its groups; bounds the checks' recursion. */
    private static final int MAX_DEPTH = 100;
    /**
     * The most elements a browser may have to draw once each {@code <use>}, pattern, mask, filter or marker is
     * replaced by what it names: a badge draws a few hundred; eight levels of ten {@code <use>} each naming the level
     * below draw a hundred million and hold the visitor's browser.
     */
    private static final long MAX_DRAWN = 20_000;
    /** The longest chain of references (a use naming a group that uses another...) followed. */
    private static final int MAX_REFERENCE_DEPTH = 16;
    private static final Pattern LOCAL_LINK = Pattern.compile("#[A-Za-z_][\\w.:-]*");
    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^)'\"\\s]*)");
    /** The same in a style sheet, whatever the case of "url", the ids kept as written. */
    private static final Pattern STYLE_URL = Pattern.compile(URL.pattern(), Pattern.CASE_INSENSITIVE);

    private SafeSvg() {
    }

    /** The SVG as it is stored, written again from what was checked; a French refusal otherwise. */
    static byte[] checked(byte[] svg) throws Refused {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())
                || root.getPrefix() != null) {
            throw new Refused("Ce fichier n'est pas une image SVG : il commence par l'élément « "
                    + root.getTagName() + " » et non par <svg xmlns=\"" + NAMESPACE + "\">.");
        }
        check(root, 1);
        new Expansion(root).check();
        return written(document);
    }

    private static Document parse(byte[] svg) throws Refused {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(svg));
        } catch (SAXException e) {
            // The parser has refused it; the text only chooses which French reason to give.
            String text = new String(svg, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
            throw new Refused(text.contains("<!DOCTYPE")
                    ? "Cette image SVG déclare un DOCTYPE (qui peut charger des fichiers ou des entités) : "
                            + "enregistrez-la sans DOCTYPE."
                    : "Cette image SVG n'est pas un fichier XML lisible : enregistrez-la à nouveau en SVG simple.");
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("XML parser", e);
        }
    }

    private static void check(Element element, int depth) throws Refused {
        if (depth > MAX_DEPTH) {
            throw new Refused("Cette image SVG imbrique plus de " + MAX_DEPTH + " éléments les uns dans les autres : "
                    + "enregistrez-la à nouveau en SVG simple.");
        }
        if (!NAMESPACE.equals(element.getNamespaceURI()) || !ELEMENTS.contains(element.getLocalName())) {
            throw new Refused("Cette image SVG contient l'élément « " + element.getTagName() + " », refusé : "
                    + "seuls les dessins (formes, textes, dégradés, masques) sont acceptés, sans script, animation, "
                    + "lien ni contenu externe.");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            check(element, (Attr) attributes.item(i));
        }
        if ("style".equals(element.getLocalName())) {
            checkCss(element, "style", element.getTextContent());
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> check((Element) child, depth + 1);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.COMMENT_NODE -> {
                    // Text is drawn, not run; a comment is not stored (see written).
                }
                default -> throw new Refused("Cette image SVG contient une instruction de traitement ou une entité "
                        + "dans « " + element.getTagName() + " », refusée : enregistrez-la à nouveau en SVG simple.");
            }
        }
    }

    private static void check(Element element, Attr attribute) throws Refused {
        String namespace = attribute.getNamespaceURI();
        String name = attribute.getLocalName();
        boolean allowed = namespace == null ? ATTRIBUTES.contains(name)
                : XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)
                        || XMLConstants.XML_NS_URI.equals(namespace) && Set.of("space", "lang").contains(name)
                        || XLINK.equals(namespace) && "href".equals(name);
        if (!allowed) {
            throw new Refused("Cette image SVG contient l'attribut « " + attribute.getName() + " » sur l'élément « "
                    + element.getTagName() + " », refusé : seuls les attributs de dessin sont acceptés, sans "
                    + "événement (on…) ni lien externe.");
        }
        if ("href".equals(name) && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)
                && !LOCAL_LINK.matcher(attribute.getValue().strip()).matches()) {
            throw new Refused("Cette image SVG contient un lien vers « " + shortened(attribute.getValue())
                    + " » sur l'élément « " + element.getTagName() + " », refusé : seuls les liens vers ses propres "
                    + "éléments (#…) sont acceptés.");
        }
        if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
            checkCss(element, attribute.getName(), attribute.getValue());
        }
    }

    /** A style (attribute or element) or a paint: no import, no escape that could hide a word, url() only to #id. */
    private static void checkCss(Element element, String where, String css) throws Refused {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import") || css.contains("\\") || lower.contains("expression(")) {
            throw new Refused("Cette image SVG contient dans « " + where + " » de l'élément « " + element.getTagName()
                    + " » un style qui importe ou masque son contenu (@import, \\…), refusé.");
        }
        Matcher url = URL.matcher(lower);
        while (url.find()) {
            if (!LOCAL_LINK.matcher(url.group(1)).matches()) {
                throw new Refused("Cette image SVG contient dans « " + where + " » de l'élément « "
                        + element.getTagName() + " » un lien vers « " + shortened(url.group(1)) + " », refusé : "
                        + "seuls les liens vers ses propres éléments (url(#…)) sont acceptés.");
            }
        }
    }

    /** How many elements the drawing makes a browser draw, each reference replaced by what it names. */
    private static final class Expansion {

        private final Map<String, Element> byId = new HashMap<>();
        private final Map<Element, Long> drawn = new HashMap<>();
        private final Set<Element> following = new HashSet<>();
        private final Element root;

        Expansion(Element root) {
            this.root = root;
            index(root);
        }

        private void index(Element element) {
            if (element.hasAttribute("id")) {
                byId.putIfAbsent(element.getAttribute("id"), element);
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e) {
                    index(e);
                }
            }
        }

        void check() throws Refused {
            checkStyleSheets(root);
            if (drawn(root, 0) > MAX_DRAWN) {
                throw tooMuch();
            }
        }

        /**
         * A {@code <style>} element's rules apply to every element they select, which the count of references cannot
         * follow: its url(#…) may name gradients only (a paint, drawn once), never a mask, a clip, a filter or a
         * pattern, whose content a rule could have drawn for thousands of elements.
         */
        private void checkStyleSheets(Element element) throws Refused {
            if ("style".equals(element.getLocalName())) {
                Matcher url = STYLE_URL.matcher(element.getTextContent());
                while (url.find()) {
                    Element target = url.group(1).startsWith("#") ? byId.get(url.group(1).substring(1)) : null;
                    String kind = target == null ? "" : target.getLocalName();
                    if (target != null && !"lineargradient".equalsIgnoreCase(kind)
                            && !"radialgradient".equalsIgnoreCase(kind)) {
                        throw new Refused("Cette image SVG applique par une feuille de style (<style>) un élément « "
                                + target.getTagName() + " » : seuls les dégradés peuvent y être nommés ; mettez "
                                + "les masques, découpes et filtres en attributs des éléments.");
                    }
                }
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e) {
                    checkStyleSheets(e);
                }
            }
        }

        private long drawn(Element element, int references) throws Refused {
            Long known = drawn.get(element);
            if (known != null) {
                return known;
            }
            if (!following.add(element)) {
                throw new Refused("Cette image SVG contient un élément qui se réutilise lui-même (« "
                        + element.getTagName() + " ») : enregistrez-la à nouveau en SVG simple.");
            }
            long total = 1;
            for (Element named : referenced(element)) {
                if (references >= MAX_REFERENCE_DEPTH) {
                    throw tooMuch();
                }
                total += drawn(named, references + 1);
                if (total > MAX_DRAWN) {
                    throw tooMuch();
                }
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e) {
                    total += drawn(e, references);
                    if (total > MAX_DRAWN) {
                        throw tooMuch();
                    }
                }
            }
            following.remove(element);
            drawn.put(element, total);
            return total;
        }

        /** The elements this one names, by a link ({@code href="#id"}) or a paint ({@code url(#id)}). */
        private List<Element> referenced(Element element) {
            List<Element> named = new ArrayList<>();
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                    continue;
                }
                String value = attribute.getValue().strip();
                if ("href".equals(attribute.getLocalName()) && value.startsWith("#")) {
                    add(named, value.substring(1));
                }
                Matcher url = URL.matcher(value);
                while (url.find()) {
                    if (url.group(1).startsWith("#")) {
                        add(named, url.group(1).substring(1));
                    }
                }
            }
            return named;
        }

        private void add(List<Element> named, String id) {
            Element target = byId.get(id);
            if (target != null) {
                named.add(target);
            }
        }

        private static Refused tooMuch() {
            return new Refused("Cette image SVG réutilise ses éléments tant de fois (<use>, motifs, masques) qu'elle "
                    + "ferait dessiner plus de " + MAX_DRAWN + " éléments au navigateur : enregistrez-la à nouveau "
                    + "en SVG simple.");
        }
    }

    private static String shortened(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }

    /** The checked document in UTF-8, without its comments. */
    private static byte[] written(Document document) {
        removeComments(document.getDocumentElement());
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document.getDocumentElement()), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("XML writer", e);
        }
    }

    private static void removeComments(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.COMMENT_NODE) {
                node.removeChild(child);
            } else {
                removeComments(child);
            }
            child = next;
        }
    }

    /** Why an SVG is refused, in French. */
    static final class Refused extends Exception {

        Refused(String message) {
            super(message);
        }
    }
}
