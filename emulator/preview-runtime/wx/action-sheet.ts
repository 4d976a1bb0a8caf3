import { answer, type Callbacks } from './callbacks';
import { element, openLayer, styleOnce, wxFailure } from './sheet-layer';

/** What `wx.showActionSheet` takes. */
export interface ShowActionSheetOptions extends Callbacks {
  itemList: string[];
  itemColor?: string;
  alertText?: string;
}

/** The platform shows at most six items. */
const MAX_ITEMS = 6;

styleOnce(
  'action-sheet',
  `.wx-action-sheet { margin-top: auto; background: #f7f7f7; border-radius: 12px 12px 0 0; overflow: hidden;
    text-align: center; }
  .wx-action-sheet-alert { padding: 16px 24px; font-size: 12px; color: rgba(0, 0, 0, .5); background: #fff;
    border-bottom: 0.5px solid rgba(0, 0, 0, .1); }
  .wx-action-sheet button { display: block; width: 100%; height: 56px; border: 0; background: #fff;
    font-size: 17px; cursor: pointer; font-family: inherit; }
  .wx-action-sheet button:active { background: #ececec; }
  .wx-action-sheet-item + .wx-action-sheet-item { border-top: 0.5px solid rgba(0, 0, 0, .1); }
  .wx-action-sheet-cancel { margin-top: 8px; color: rgba(0, 0, 0, .9); }`,
);

/** Draws the sheet; resolves with the tapped item's index, rejects `showActionSheet:fail cancel`. */
function drawActionSheet(
  frame: HTMLElement,
  options: ShowActionSheetOptions,
): Promise<{ tapIndex: number; errMsg: string }> {
  const layer = openLayer(frame, 'action-sheet');
  const sheet = element('div', 'wx-action-sheet');
  if (options.alertText) sheet.append(element('div', 'wx-action-sheet-alert', options.alertText));
  layer.root.append(sheet);
  return new Promise((resolve, reject) => {
    options.itemList.forEach((text, tapIndex) => {
      const item = element('button', 'wx-action-sheet-item', text);
      item.type = 'button';
      item.style.color = options.itemColor ?? '#000000';
      item.addEventListener('click', () => {
        layer.close();
        resolve({ tapIndex, errMsg: 'showActionSheet:ok' });
      });
      sheet.append(item);
    });
    const cancel = element('button', 'wx-action-sheet-cancel', '取消');
    cancel.type = 'button';
    const dismiss = () => {
      layer.close();
      reject(wxFailure('showActionSheet', 'cancel'));
    };
    cancel.addEventListener('click', dismiss);
    // A tap on the dimmed area above the sheet dismisses it, as on the phone.
    layer.root.addEventListener('click', (event) => event.target === layer.root && dismiss());
    sheet.append(cancel);
  });
}

/** `wx.showActionSheet`: up to six items over a dimmed page, and a cancel button. */
export function actionSheetApis(frame: HTMLElement) {
  return {
    showActionSheet: (options: ShowActionSheetOptions) => {
      const items = options?.itemList;
      const outcome =
        !Array.isArray(items) || items.length === 0
          ? Promise.reject(
              wxFailure('showActionSheet', 'parameter error: parameter.itemList should not be empty'),
            )
          : items.length > MAX_ITEMS
            ? Promise.reject(
                wxFailure('showActionSheet', 'parameter error: itemList should not be large than 6'),
              )
            : drawActionSheet(frame, options);
      return answer(options, outcome);
    },
  };
}
