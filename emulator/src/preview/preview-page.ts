import { LIVE_RELOAD_SCRIPT_PATH } from './live-reload-route-wire';

/** The preview's HTML: a bar outside the frame (user, store, clock, other-user link), the phone frame, the runtime. */
export function previewHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>点单 Diandan · preview</title>
<style>
  body { margin: 0; background: #d9dce1; font: 14px -apple-system, 'PingFang SC', 'Helvetica Neue', sans-serif; }
  .preview-bar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; justify-content: center;
    max-width: 900px; margin: 0 auto; padding: 10px; color: #333; font-size: 13px; }
  .preview-bar .bar-group { display: inline-flex; align-items: center; gap: 6px; }
  .preview-bar .bar-caption { color: #666; }
  .preview-bar select { font: inherit; padding: 3px 6px; border: 1px solid rgba(0,0,0,.15); border-radius: 4px;
    background: #fff; }
  .preview-bar .bar-clock { font-variant-numeric: tabular-nums; padding: 3px 8px; border-radius: 4px;
    background: #fff; border: 1px solid rgba(0,0,0,.1); }
  .preview-bar .bar-step { font: inherit; padding: 3px 8px; border-radius: 4px; border: 1px solid #07c160;
    color: #07c160; background: #fff; cursor: pointer; }
  .preview-bar .bar-step:hover { background: #e8f8ef; }
  .preview-bar .bar-step:disabled { opacity: .5; cursor: default; }
  .preview-bar .bar-link { color: #576b95; text-decoration: none; }
  .preview-bar .bar-link:hover { text-decoration: underline; }
  .phone { position: relative; width: 375px; height: 750px; margin: 0 auto 20px; background: #fff;
    border: 10px solid #111; border-radius: 36px; overflow: hidden; display: flex; flex-direction: column;
    --rpx: calc(375px / 750); }
  .nav-bar { flex: none; height: 44px; display: flex; align-items: center; justify-content: center;
    font-size: 17px; font-weight: 500; border-bottom: 1px solid rgba(0,0,0,.06); }
  .nav-bar { position: relative; }
  .nav-back { position: absolute; left: 6px; top: 6px; width: 32px; height: 32px; border: 0; background: none;
    font-size: 28px; line-height: 28px; cursor: pointer; }
  .nav-back[hidden], .page-frame[hidden] { display: none; }
  .page-frame { position: absolute; inset: 0; overflow-y: auto; }
  /* transform: a page's position: fixed (bottom bars, popups) is fixed to the page area, as on the phone */
  .page-area { flex: 1; overflow: hidden; position: relative; transform: translateZ(0); }
  page { display: block; min-height: 100%; }
  .wx-toast { position: absolute; top: 40%; left: 50%; transform: translateX(-50%); background: rgba(0,0,0,.75);
    color: #fff; padding: 10px 18px; border-radius: 6px; z-index: 10; }
  .preview-stage { position: relative; width: 395px; margin: 0 auto; }
  .preview-printer { position: absolute; left: calc(100% + 12px); top: 0; width: 230px; }
  .preview-printer[hidden] { display: none; }
  .printer-title { color: #666; font-size: 13px; margin-bottom: 6px; }
  .printer-ticket { margin: 0 0 10px; }
  .printer-ticket img { display: block; max-width: 100%; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
  .printer-ticket figcaption { color: #888; font-size: 11px; margin-top: 2px; word-break: break-all; }
  .preview-errors { max-width: 720px; margin: 0 auto; color: #b00020; white-space: pre-wrap; font: 12px monospace; }
</style>
</head>
<body>
<div class="preview-bar" id="preview-bar"></div>
<div class="preview-stage"><div class="phone" id="phone"><div class="nav-bar" id="nav-bar"><button class="nav-back" id="nav-back" hidden aria-label="返回 Back">‹</button><span id="nav-title"></span></div><div class="page-area" id="page-area"></div></div><div class="preview-printer" id="preview-printer" hidden></div></div>
<div class="preview-errors" id="preview-errors"></div>
<script src="${LIVE_RELOAD_SCRIPT_PATH}"></script>
<script src="/preview/app.js"></script>
</body>
</html>
`;
}
