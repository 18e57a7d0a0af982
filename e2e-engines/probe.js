// Test-only, loaded first by `serve.js --probe`: records in window.__problems what a
// reader's console would show as going wrong, in any engine: console errors and
// warnings (a Rust panic arrives as one), uncaught exceptions, failed loads,
// unhandled rejections, CSP violations and script-opened dialogs.
(() => {
  const problems = (window.__problems = []);
  const note = (kind, detail) => problems.push(`${kind}: ${detail}`);
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      note(`console.${level}`, args.map(String).join(' '));
      return original.apply(this, args);
    };
  }
  // Capturing, so failed loads of scripts, styles and images are seen too.
  addEventListener(
    'error',
    (e) => note('error', e.message || `failed to load ${(e.target && (e.target.src || e.target.href)) || 'a resource'}`),
    true,
  );
  addEventListener('unhandledrejection', (e) => note('unhandled rejection', String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => note('CSP violation', `${e.violatedDirective} ${e.blockedURI}`));
  // A dialog would stall WebDriver; an injected one is a finding, not a hang.
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = (message) => note('dialog', `${name}(${message})`);
})();
