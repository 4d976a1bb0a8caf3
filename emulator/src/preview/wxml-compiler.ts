import { wxmlToJs } from 'miniprogram-compiler';

/**
 * Compiles WXML files (paths relative to `miniprogramRoot`, with `.wxml`) with the DevTools compiler `wcc`,
 * answering the source of a function body that returns `$gwx`: `$gwx(path)` is a template function
 * j-component renders. A template error throws with the file, line and column, as DevTools reports it.
 */
export function compileWxml(miniprogramRoot: string, wxmlFiles: string[]): string {
  return wxmlToJs(miniprogramRoot, { wxmlList: wxmlFiles });
}
