// Page tests run under jsdom with miniprogram-simulate, which defines Component() and Behavior() but no Page().
export {};
