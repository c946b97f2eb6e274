package org.trawl.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text is text everywhere in the workspace's script: it never hands a string to an API that parses HTML
 * ({@code innerHTML} and its kin, and Leaflet's {@code bindTooltip}, {@code bindPopup} and
 * {@code setContent}, which render strings as markup), so an entity renamed to {@code <img onerror=...>}
 * or a name with {@code <} in it shows as written. Runs without a browser; {@code BrowserTest} checks
 * the pages themselves where Chromium is installed.
 */
class PageScriptSafetyTest {

    static String script() throws IOException {
        try (InputStream in = PageScriptSafetyTest.class.getResourceAsStream("/org/trawl/web/static/app.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void noMarkupParsingSinks() throws IOException {
        String js = script();
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "createContextualFragment")) {
            assertTrue(!js.contains(sink), "app.js uses " + sink);
        }
    }

    /**
     * A facet with no values (no Years when no article has a date) is null, and DOM append writes null as the
     * text "null": facets are added only through the helper that leaves them out.
     */
    @Test
    void anEmptyFacetIsLeftOutNotWrittenAsNull() throws IOException {
        String js = script();
        assertTrue(!js.contains(".append(facet("), "a facet, possibly null, appended directly");
        assertTrue(js.contains("add(facet('Years'"), "the Years facet goes through the null-skipping helper");
    }

    @Test
    void leafletContentIsAlwaysAnElement() throws IOException {
        String js = script();
        // names bound to elements built with h(...)
        Set<String> elements = new HashSet<>();
        Matcher decl = Pattern.compile("(?:const|let|var)\\s+(\\w+)\\s*=\\s*h\\(").matcher(js);
        while (decl.find()) {
            elements.add(decl.group(1));
        }
        List<String> bad = new ArrayList<>();
        Matcher call = Pattern.compile("\\.(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)\\(\\s*([^,)]*)")
                .matcher(js);
        int calls = 0;
        while (call.find()) {
            calls++;
            String arg = call.group(2).strip();
            if (!arg.startsWith("h(") && !elements.contains(arg)) {
                bad.add(call.group(0));
            }
        }
        assertTrue(calls > 0, "the map binds tooltips and popups");
        assertTrue(bad.isEmpty(), "strings given to Leaflet, which renders them as HTML: " + bad);
    }
}
