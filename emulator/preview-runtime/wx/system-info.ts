/** What the frame is, for `getSystemInfoSync`: a 375-pixel-wide phone under a 44-pixel navigation bar. */
export const FRAME = { width: 375, height: 750, navigationBarHeight: 44 };

/** `getSystemInfoSync` as the preview's phone answers it. */
export function systemInfoApis() {
  return {
    getSystemInfoSync: () => ({
      brand: 'devtools',
      model: 'Diandan preview',
      platform: 'devtools',
      system: 'preview',
      language: 'zh_CN',
      version: '8.0.50',
      SDKVersion: '3.3.0',
      pixelRatio: 2,
      screenWidth: FRAME.width,
      screenHeight: FRAME.height,
      windowWidth: FRAME.width,
      windowHeight: FRAME.height - FRAME.navigationBarHeight,
      statusBarHeight: 0,
    }),
  };
}
