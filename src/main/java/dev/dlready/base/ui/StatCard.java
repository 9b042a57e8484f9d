package dev.dlready.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure with its label, shown large in a row of cards (the {@code stat-row} class lays the row out). */
public final class StatCard {

    private StatCard() {}

    public static Div of(String value, String label) {
        var v = new Span(value);
        v.addClassName("stat-value");
        var l = new Span(label);
        l.addClassName("stat-label");
        var card = new Div(v, l);
        card.addClassName("stat-card");
        return card;
    }
}
