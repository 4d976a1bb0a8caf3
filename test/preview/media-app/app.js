// A fixture mini program for the preview's media built-ins: image, scroll-view, swiper, icon, rich-text, text.
App({});
