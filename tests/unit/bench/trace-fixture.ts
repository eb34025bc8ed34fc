import type { TraceEvent } from '../../../bench/trace-analysis';

/** Builds invented Chromium trace events for the trace-analysis tests; times are in µs as in a trace. */
export const PAGE = 'http://127.0.0.1:5175/generated/large.html';
export const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/content.js';
export const PAGE_SCRIPT = 'http://127.0.0.1:5175/generated/app.js';
export const FRAME = 'FRAME1';
export const MAIN = { pid: 10, tid: 11 };

export const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://abcdefghijklmnopabcdefghijklmnop/');

export function task(ts: number, dur: number, thread = MAIN): TraceEvent {
  return { name: 'RunTask', ph: 'X', ts, dur, ...thread };
}

export function complete(name: string, ts: number, dur: number, args: TraceEvent['args'] = {}, thread = MAIN): TraceEvent {
  return { name, ph: 'X', ts, dur, args, ...thread };
}

export function instant(name: string, ts: number, args: TraceEvent['args'] = {}, thread = MAIN): TraceEvent {
  return { name, ph: 'I', ts, args, ...thread };
}

export const stack = (url: string, functionName = 'read') => [{ url, functionName, lineNumber: 1, columnNumber: 1 }];

export function parseHtml(ts: number, dur: number, thread = MAIN): TraceEvent {
  return complete('ParseHTML', ts, dur, { beginData: { url: PAGE, frame: FRAME } }, thread);
}

export function functionCall(ts: number, dur: number, url: string, thread = MAIN): TraceEvent {
  return complete('FunctionCall', ts, dur, { data: { url, functionName: 'f', frame: FRAME } }, thread);
}
