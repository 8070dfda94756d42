/**
 * /api/docs: a small self-contained page (no CDN; CSP default-src 'self' allows it) that fetches
 * /api/openapi.json and lists the operations with their access policy.
 */
export const DOCS_SCRIPT = `
fetch('/api/openapi.json').then(function (r) { return r.json(); }).then(function (doc) {
  var root = document.getElementById('ops');
  Object.keys(doc.paths).sort().forEach(function (p) {
    Object.keys(doc.paths[p]).forEach(function (m) {
      var op = doc.paths[p][m];
      var d = document.createElement('details');
      var s = document.createElement('summary');
      s.textContent = m.toUpperCase() + ' ' + p + ' — ' + op.summary + ' [' + op['x-access'] + ']';
      d.appendChild(s);
      var pre = document.createElement('pre');
      pre.textContent = JSON.stringify({ parameters: op.parameters, requestBody: op.requestBody, responses: op.responses }, null, 2);
      d.appendChild(pre);
      root.appendChild(d);
    });
  });
});
`;

export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>leanback API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}summary{cursor:pointer;font-family:monospace;padding:.2rem 0}pre{background:#f4f4f4;padding:.5rem;overflow:auto}</style>
</head><body><h1>leanback API</h1>
<p>Generated from the route table; machine-readable at <a href="/api/openapi.json">/api/openapi.json</a>.
Sign in with <code>POST /api/auth/login</code>; the session is an HttpOnly cookie.</p>
<div id="ops"></div><script src="/api/docs.js"></script></body></html>`;
