/** The platform's image modes: the scaling modes and the crop modes (which draw at natural size). */
export type ImageMode =
  | 'scaleToFill'
  | 'aspectFit'
  | 'aspectFill'
  | 'widthFix'
  | 'heightFix'
  | 'top'
  | 'bottom'
  | 'center'
  | 'left'
  | 'right'
  | 'top left'
  | 'top right'
  | 'bottom left'
  | 'bottom right';

/** The background size and position that draw a picture in `mode`. */
const BACKGROUNDS: Record<ImageMode, { backgroundSize: string; backgroundPosition: string }> = {
  scaleToFill: { backgroundSize: '100% 100%', backgroundPosition: '0% 0%' },
  aspectFit: { backgroundSize: 'contain', backgroundPosition: 'center center' },
  aspectFill: { backgroundSize: 'cover', backgroundPosition: 'center center' },
  widthFix: { backgroundSize: '100% 100%', backgroundPosition: '0% 0%' },
  heightFix: { backgroundSize: '100% 100%', backgroundPosition: '0% 0%' },
  top: { backgroundSize: 'auto auto', backgroundPosition: 'center top' },
  bottom: { backgroundSize: 'auto auto', backgroundPosition: 'center bottom' },
  center: { backgroundSize: 'auto auto', backgroundPosition: 'center center' },
  left: { backgroundSize: 'auto auto', backgroundPosition: 'left center' },
  right: { backgroundSize: 'auto auto', backgroundPosition: 'right center' },
  'top left': { backgroundSize: 'auto auto', backgroundPosition: 'left top' },
  'top right': { backgroundSize: 'auto auto', backgroundPosition: 'right top' },
  'bottom left': { backgroundSize: 'auto auto', backgroundPosition: 'left bottom' },
  'bottom right': { backgroundSize: 'auto auto', backgroundPosition: 'right bottom' },
};

/** The CSS background that draws the picture in `mode`; an unknown mode draws as scaleToFill, as on a phone. */
export function backgroundFor(mode: string): { backgroundSize: string; backgroundPosition: string } {
  return mode in BACKGROUNDS ? BACKGROUNDS[mode as ImageMode] : BACKGROUNDS.scaleToFill;
}

/** Which side of the box stays as styled while the other follows the picture's ratio, if any. */
export function fixedSide(mode: string): 'width' | 'height' | undefined {
  if (mode === 'widthFix') return 'width';
  if (mode === 'heightFix') return 'height';
  return undefined;
}
