import { hostOnlyCss, scopeComponentCss, scopePageCss } from './component-wxss';

test("a component's classes take its prefix and :host selects its host; tags, ids and keyframes stay", () => {
  expect(
    scopeComponentCss(
      ':host { display: block; }\n.card .title, wx-view#main > .a-b { color: red; }\n' +
        '@media (min-width: 1px) { .card { margin: 0.5px; } }\n@keyframes fade { from { opacity: 0; } 50% { opacity: 1; } }',
      'c-card',
    ),
  ).toBe(
    '[wx-host="c-card"] { display: block; }\n.c-card--card .c-card--title, wx-view#main > .c-card--a-b { color: red; }\n' +
      '@media (min-width: 1px) { .c-card--card { margin: 0.5px; } }\n@keyframes fade { from { opacity: 0; } 50% { opacity: 1; } }',
  );
});

test('a shared component keeps its classes as written; only :host is rewritten', () => {
  expect(hostOnlyCss(':host { display: flex; } .note { color: red; }', 'c-note')).toBe(
    '[wx-host="c-note"] { display: flex; } .note { color: red; }',
  );
});

test("a page's CSS applies only inside that page's frame", () => {
  expect(scopePageCss('page { color: red; }\n.a, wx-view .b { margin: 0; }', 'pages/a/index')).toBe(
    '.page-frame[data-route="pages/a/index"] page { color: red; }\n' +
      '.page-frame[data-route="pages/a/index"] .a, .page-frame[data-route="pages/a/index"] wx-view .b { margin: 0; }',
  );
});
