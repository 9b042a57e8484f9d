package dev.dlready.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import dev.dlready.base.text.Markdown;

/** Shows Markdown with math and code: sanitised HTML from the server, typeset by KaTeX and highlight.js. */
public class RichText extends Div {

    private static final String RENDER = """
            const root = this;
            const go = () => window.dlready.render(root);
            if (window.dlready && window.dlready.render) { go(); return; }
            const s = document.createElement('script');
            s.src = 'frontend-static/dlready-render.js';
            s.onload = go;
            document.head.appendChild(s);
            """;

    private String html = "";

    public RichText() {
        addClassName("rich-text");
    }

    public RichText(String markdown) {
        this();
        setMarkdown(markdown);
    }

    public final void setMarkdown(String markdown) {
        html = Markdown.toHtml(markdown);
        getElement().setProperty("innerHTML", html);
        typeset();
    }

    public String html() {
        return html;
    }

    private void typeset() {
        if (isAttached()) {
            getElement().executeJs(RENDER);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(RENDER);
    }
}
