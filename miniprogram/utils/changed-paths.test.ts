import { changedPaths } from './changed-paths';

test('only the changed fields become paths; a list of another length is sent whole', () => {
  const before = {
    total: '¥24.00',
    groups: [{ options: [{ isChosen: true }, { isChosen: false }] }],
    addons: [1],
  };
  const after = {
    total: '¥28.00',
    groups: [{ options: [{ isChosen: false }, { isChosen: true }] }],
    addons: [1, 2],
  };
  expect(changedPaths(before, after, 'view')).toEqual({
    'view.total': '¥28.00',
    'view.groups[0].options[0].isChosen': false,
    'view.groups[0].options[1].isChosen': true,
    'view.addons': [1, 2],
  });
  expect(changedPaths(after, after, 'view')).toEqual({});
  expect(changedPaths(null, after, 'view')).toEqual({ view: after });
});
