// The renderer's Content-Security-Policy, in one place: the Electron session header, the browser
// host's header and the <meta> tag Vite writes into index.html (which holds however the page is opened) all
// come from here, so they cannot drift apart.
//  - 'unsafe-inline' styles: Monaco injects <style> elements.
//  - blob: workers: Monaco's and Vite's worker loading.
const DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** For an HTTP header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** For a <meta> tag: browsers ignore frame-ancestors there (and log an error), so it is left out. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter(([k]) => k !== 'frame-ancestors')
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');
