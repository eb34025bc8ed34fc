/**
 * Text a hostile or careless portal page may show where the extension reads a patient name, a note
 * title or a note body. Every string must come out as the same characters, as text: never as markup,
 * never evaluated as a template, never as a loaded URL, never as an object key that changes a
 * prototype. The unit tests (hostile.unit.test.ts) and the browser test (injection.spec.ts) share it.
 *
 * Strings that contain a marker call `alert`, set `window.__pwned` or load `x`/`javascript:` so that
 * execution anywhere shows up as a dialog, a property or an element the tests look for.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  // Markup that executes when parsed as HTML.
  '<script>alert("s1");window.__pwned=1</script>',
  '<SCRIPT SRC=//127.0.0.1/x.js></SCRIPT>',
  '<img src=x onerror=alert("s3")>',
  '<img src="x" onerror="window.__pwned=1">',
  '<svg onload=alert("s5")>',
  '<svg><script>alert("s6")</script></svg>',
  '<iframe src="javascript:alert(\'s7\')"></iframe>',
  '<body onload=alert("s8")>',
  '<details open ontoggle=alert("s9")>',
  '<a href="javascript:alert(\'s10\')">klik</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("s11")>',
  '<object data="data:text/html,<script>alert(12)</script>"></object>',
  '<embed src="javascript:alert(13)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(14)">',
  '<base href="javascript:alert(15)//">',
  '<form action="javascript:alert(16)"><button>x</button></form>',
  '<input autofocus onfocus=alert("s17")>',
  '<template><img src=x onerror=alert("s18")></template>',
  // Breaking out of attributes, elements and contexts the string might be placed in.
  '"><img src=x onerror=alert("s19")>',
  "'><svg onload=alert('s20')>",
  '</textarea><script>alert("s21")</script>',
  '</title><script>alert("s22")</script>',
  '</style><img src=x onerror=alert("s23")>',
  '<!-- unterminated comment',
  '--><script>alert("s25")</script><!--',
  '<![CDATA[<script>alert("s26")</script>]]>',
  '&lt;script&gt;alert("s27")&lt;/script&gt; &amp; &#60;b&#62;',
  // URLs that would run or load when used as a link or a source.
  'javascript:alert(document.domain)',
  'JaVaScRiPt:window.__pwned=1',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(31)>',
  'vbscript:msgbox(32)',
  // Template syntax of the common front-end frameworks and of JavaScript itself.
  "{{constructor.constructor('alert(33)')()}}",
  '${alert(34)}',
  '`${window.__pwned=1}`',
  '<%= 7*7 %> {{7*7}} #{7*7} [[7*7]]',
  '{{__proto__.polluted}} ${this}',
  // CSS that once ran script or can exfiltrate.
  'width: expression(alert(38))',
  '<style>@import url(//127.0.0.1/x.css)</style>',
  '<div style="background:url(javascript:alert(40))">x</div>',
  // Keys and payloads that break naive JSON handling or pollute prototypes.
  '__proto__',
  'constructor',
  'prototype',
  '{"__proto__":{"polluted":true}}',
  '"}],"resourceType":"Evil","x":[{"',
  '\\u0000\\"\\\\ \u0000 null-byte',
  '\u2028line separator\u2029paragraph separator',
  // Text that reads differently than it is.
  'Sanne \u202eexe.fdp\u202c de Wit',
  'In\u200bvis\u200cible\u200d jo\u2060in\ufeffers',
  '\u2066isolated\u2069 \u200f rtl mark',
  'Jоhаnnа Bаkkеr (Cyrillic homoglyphs)',
  'ｆｕｌｌｗｉｄｔｈ ＜script＞',
  '🧑‍⚕️ emoji ZWJ 👩🏽‍🔬',
  'Ünïcödé, Łódź, Øre, Ærø, Ğül, 日本語, العربية',
  // Sizes and separators.
  'A'.repeat(5000),
  `${'<b>'.repeat(300)}nested${'</b>'.repeat(300)}`,
  'line one\r\nline two\rline three\n\n\nline six',
  '\t  leading and trailing whitespace  \t',
  '[[Vul in: nep-placeholder]] [[Fill in: <img src=x onerror=alert(59)>]]',
];

/** Strings short enough for every field that has a length limit (a name holds at most 200 characters). */
export const SHORT_HOSTILE_STRINGS = HOSTILE_STRINGS.filter((s) => s.length <= 200);

/** Zero-width and bidirectional controls, which the readers drop from one-line fields. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** How a string looks after a one-line reading: invisible controls gone, whitespace collapsed. */
export function asOneLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * A form for comparing what went in with what came out, blind to the normalisations the product may
 * apply to page text on purpose: whitespace collapsed (JavaScript's \s includes U+FEFF), invisible
 * controls dropped, and runs of square brackets shortened so page text never poses as a [[placeholder]].
 */
export function comparable(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, '').replace(/\[+/g, '[').replace(/\]+/g, ']');
}
