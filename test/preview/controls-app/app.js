// A fixture mini program for the preview's form built-ins.
App({});
