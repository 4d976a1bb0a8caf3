// The part of miniprogram-compiler (the DevTools WXML compiler `wcc`, shipped as binaries) the preview uses.
declare module 'miniprogram-compiler' {
  /** Compiles the listed WXML files under rootPath into the source of a function body returning `$gwx`. */
  export function wxmlToJs(rootPath: string, options: { wxmlList: string[] }): string;
}
