// A note that takes the page's classes too (styleIsolation apply-shared in its json); its host stays inline.
Component({});
