import { appConfig } from './config';
// The session store reads the saved language when it is made: made here, every page draws in it, even a page
// opened first that never reads the session (the privacy page after a restart).
import './stores';

// App entry: starts the cloud once; pages reach it only through services/cloud.ts.
App({
  onLaunch() {
    if (!wx.cloud) {
      console.error('请使用 2.2.3 或以上的基础库以使用云能力 (cloud needs base library ≥ 2.2.3)');
      return;
    }
    wx.cloud.init({ ...(appConfig.cloudEnv ? { env: appConfig.cloudEnv } : {}), traceUser: true });
  },
});
