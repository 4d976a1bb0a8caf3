import { preloadRuleProblems } from './miniprogram-package-preload';

const app = {
  pages: ['pages/menu/index', 'pages/me/index'],
  subpackages: [{ root: 'account/', name: 'account', pages: ['pages/stores/index'] }],
};

test('a rule from a page of the app naming a subpackage by name or root, or the main package, is fine', () => {
  const preloadRule = {
    'pages/me/index': { network: 'all', packages: ['account'] },
    'account/pages/stores/index': { network: 'wifi', packages: ['__APP__', 'account'] },
  };
  expect(preloadRuleProblems({ ...app, preloadRule })).toEqual([]);
});

test('an unknown page, network or package is named', () => {
  const preloadRule = {
    'pages/gone/index': { packages: ['account'] },
    'pages/me/index': { network: '4g', packages: ['acount'] },
  };
  expect(preloadRuleProblems({ ...app, preloadRule })).toEqual([
    'app.json preloadRule: "pages/gone/index" is not a page of the app',
    'app.json preloadRule "pages/me/index": network must be "all" or "wifi"',
    'app.json preloadRule "pages/me/index": no subpackage "acount"',
  ]);
});
