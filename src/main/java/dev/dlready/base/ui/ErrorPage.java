package dev.dlready.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** A friendly full-page message with a way back home. */
abstract class ErrorPage extends Main {

    ErrorPage(String id, String title, String message) {
        setId(id);
        addClassName("error-page");
        var card = new Div(new H1(title), new Paragraph(message), new Anchor("", "Go to your home page"));
        card.addClassName("error-card");
        add(card);
    }
}
