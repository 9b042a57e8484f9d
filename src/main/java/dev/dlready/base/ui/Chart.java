package dev.dlready.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A Chart.js chart from a configuration in JSON (built on the server). Chart.js is a static file under /vendor, so no
 * frontend build is needed. A text summary for screen readers is set with {@link #setDescription}.
 */
public class Chart extends Div {

    private static final String RENDER = """
            const host = this; const config = JSON.parse($0);
            const draw = () => {
              let canvas = host.querySelector('canvas');
              if (!canvas) { canvas = document.createElement('canvas'); host.appendChild(canvas); }
              if (host._chart) { host._chart.destroy(); }
              // "light dark" follows the system; only then does the media query decide
              const scheme = getComputedStyle(document.documentElement).colorScheme;
              const dark = document.documentElement.getAttribute('theme') === 'dark'
                  || (scheme.includes('dark') && (!scheme.includes('light')
                      || window.matchMedia('(prefers-color-scheme: dark)').matches));
              window.Chart.defaults.color = dark ? '#d1d5db' : '#374151';
              window.Chart.defaults.borderColor = dark ? 'rgba(255,255,255,0.12)' : 'rgba(0,0,0,0.08)';
              host._chart = new window.Chart(canvas, config);
            };
            if (window.Chart) { draw(); return; }
            let s = document.querySelector('script[data-chartjs]');
            if (!s) { s = document.createElement('script'); s.src = 'vendor/chartjs/chart.umd.min.js';
                      s.dataset.chartjs = '1'; document.head.appendChild(s); }
            s.addEventListener('load', draw);
            """;

    private String config = "{}";

    public Chart() {
        addClassName("chart");
        getElement().setAttribute("role", "img");
    }

    public void setConfig(String json) {
        this.config = json;
        if (isAttached()) {
            getElement().executeJs(RENDER, config);
        }
    }

    public void setDescription(String text) {
        getElement().setAttribute("aria-label", text);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(RENDER, config);
    }
}
