/**
 * A known list of XSS payloads (OWASP cheat sheet classics). Each tries to set `window.__xss`; none may survive
 * the Markdown renderer as markup or a live link, and in the browser `window.__xss` must stay undefined.
 */
export const XSS_PAYLOADS = [
  "<script>window.__xss = 1</script>",
  '<img src=x onerror="window.__xss=1">',
  "<svg onload=window.__xss=1>",
  "[click](javascript:window.__xss=1)",
  "[click](JaVaScRiPt:window.__xss=1)",
  "[click](  javascript:window.__xss=1)",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  '<a href="javascript:window.__xss=1">x</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  "![x](javascript:window.__xss=1)",
  '<div style="background:url(javascript:window.__xss=1)">x</div>',
  "<body onload=window.__xss=1>",
  '"><script>window.__xss=1</script>',
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
];
