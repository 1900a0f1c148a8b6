/**
 * The name (for `Symbol.for`) under which the page gate leaves its "start listening" function in
 * the content scripts' world (src/annotate/gate-main.ts), and under which `sendToTab`
 * (src/messaging/messages.ts) finds it through `scripting.executeScript`. A function run that way
 * cannot close over a module's symbol, so the two share this name instead.
 */
export const GATE_WAKE_KEY = 'pointwise.gate.listen';
