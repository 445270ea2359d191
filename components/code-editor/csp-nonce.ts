/**
 * The page's CSP nonce, read in the browser from a script Next.js rendered with it. CodeMirror writes its styles
 * into <style> elements where constructable stylesheets are missing, and style-src admits only nonced ones; the
 * `nonce` property (not the attribute, which browsers blank out) still holds the value.
 */
export function pageNonce(): string | undefined {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || undefined;
}
