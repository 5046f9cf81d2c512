/** Colours dark enough for white text on them to pass WCAG AA contrast (≥ 4.5:1). */
export const GREEN = '#237032';
export const RED = '#b02525';
export const GREY = '#495057';
export const BLUE = '#1864ab';
export const ORANGE = '#a13c00';
export const PURPLE = '#862e9c';
