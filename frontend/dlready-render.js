// Renders LaTeX (KaTeX) and highlights code (highlight.js) inside question text produced by the server.
// Loaded on demand from /frontend-static/dlready-render.js; the libraries are served from /vendor/.
(function () {
  if (window.dlready && window.dlready.render) {
    return;
  }
  const loaded = {};
  function load(tag, url) {
    if (!loaded[url]) {
      loaded[url] = new Promise((resolve, reject) => {
        const el = document.createElement(tag);
        if (tag === 'script') {
          el.src = url;
        } else {
          el.rel = 'stylesheet';
          el.href = url;
        }
        el.onload = resolve;
        el.onerror = reject;
        document.head.appendChild(el);
      });
    }
    return loaded[url];
  }
  function libraries() {
    return Promise.all([
      load('link', 'vendor/katex/katex.min.css'),
      load('link', 'vendor/highlight/github.min.css'),
      load('script', 'vendor/katex/katex.min.js'),
      load('script', 'vendor/highlight/highlight.min.js'),
    ]);
  }
  function render(root) {
    return libraries().then(() => {
      root.querySelectorAll('.math-inline, .math-display').forEach((node) => {
        if (node.dataset.rendered) {
          return;
        }
        const tex = node.textContent;
        try {
          window.katex.render(tex, node, {
            displayMode: node.classList.contains('math-display'),
            throwOnError: false,
            trust: false,
            strict: 'ignore',
          });
          node.dataset.rendered = '1';
          // a label is only allowed on an element with a role; math is the one that fits
          node.setAttribute('role', 'math');
          node.setAttribute('aria-label', tex);
        } catch (e) {
          node.textContent = tex;
        }
      });
      root.querySelectorAll('pre code').forEach((node) => {
        if (!node.dataset.highlighted) {
          window.hljs.highlightElement(node);
        }
      });
    });
  }
  window.dlready = Object.assign(window.dlready || {}, { render });
})();
