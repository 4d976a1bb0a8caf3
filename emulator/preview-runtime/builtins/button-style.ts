/**
 * The platform's button look (WeUI): default grey with green text, primary green, warn red, mini, plain. A
 * disabled button takes no pointer, so it sends no tap.
 */
export const BUTTON_CSS = `
  wx-button { position: relative; display: block; box-sizing: border-box; width: 184px; margin: 0 auto;
    padding: 8px 24px; font-size: 17px; font-weight: 700; line-height: 1.41176471; text-align: center;
    border-radius: 5px; border: 0; background: #f2f2f2; color: #06ae56; cursor: pointer;
    -webkit-tap-highlight-color: transparent; overflow: hidden; }
  wx-button[data-type="primary"] { background: #07c160; color: #fff; }
  wx-button[data-type="warn"] { color: #fa5151; }
  wx-button[data-size="mini"] { display: inline-block; width: auto; padding: 0 12px; line-height: 2.3;
    font-size: 13px; border-radius: 4px; vertical-align: middle; }
  wx-button[data-plain] { background: transparent; border: 1px solid rgba(0,0,0,.2); color: rgba(0,0,0,.9); }
  wx-button[data-plain][data-type="primary"] { border-color: #07c160; color: #07c160; }
  wx-button[data-plain][data-type="warn"] { border-color: #fa5151; color: #fa5151; }
  wx-button[data-disabled] { background: #f2f2f2; color: rgba(0,0,0,.18); cursor: default; pointer-events: none; }
  wx-button[data-disabled][data-plain] { background: transparent; border-color: rgba(0,0,0,.2); }
  wx-button.button-hover { background: #dedede; }
  wx-button.button-hover[data-type="primary"] { background: #06ad56; }
  wx-button.button-hover[data-plain] { background: rgba(0,0,0,.05); }
  wx-button .wx-button__loading { display: inline-block; width: 1em; height: 1em; margin: -.2em .34em 0 0;
    vertical-align: middle; border: 2px solid currentColor; border-right-color: transparent; border-radius: 50%;
    box-sizing: border-box; animation: wx-button-spin 1s linear infinite; }
  @keyframes wx-button-spin { to { transform: rotate(360deg); } }
`;
