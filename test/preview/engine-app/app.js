// A fixture mini program for the preview's engine: custom components, the tab bar, subpackages, page scroll.
App({
  added: [],
  lifecycle: [],
  scrollTops: [],
  touches: [],
});
