/** Runs `fn` on a later turn of the event loop (setImmediate in Node, a zero timeout in a browser). */
export const later = (fn: () => void): void => { if (typeof setImmediate === 'function') setImmediate(fn); else setTimeout(fn, 0); };
